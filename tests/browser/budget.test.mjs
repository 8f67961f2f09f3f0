// Browser tests of what the BUIG budget keeps (issue 19): the table and the sentence from a
// link, the examples in both languages, a bad number marked, and the report on one page. Every
// test waits for a condition; none sleeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enter, finish, metric, open, setUp, waitForMetric } from './harness.mjs';

const env = setUp();
const dir = mkdtempSync(join(tmpdir(), 'budget-'));

// Schiedam's figures from January 2026, five years.
const SCHIEDAM_2026 = '?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&start=2026-01';
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The budget table's rows: year → { saving, budget_reduction, kept }, unrounded. */
async function budgetRows(page) {
  return page.locator('[data-budget-year]').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [
    r.dataset.budgetYear,
    Object.fromEntries([...r.querySelectorAll('[data-budget-metric]')].map((c) => [c.dataset.budgetMetric, Number(c.dataset.value)])),
  ])));
}

test('a link with 12,000 inhabitants shows the budget table and the sentence, and the figures add up', async () => {
  const opened = await open(env.browser, env.server.url, `${SCHIEDAM_2026}&inhabitants=12000`);
  const { page } = opened;
  await page.waitForSelector('[data-budget-year="total"]');
  assert.equal(await metric(page, 'historic_share'), 1);
  const rows = await budgetRows(page);
  assert.deepEqual(Object.keys(rows), ['2026', '2027', '2028', '2029', '2030', 'total']);
  // Each year's budget is lower by the whole saving of two years earlier.
  assert.equal(rows['2026'].budget_reduction, 0);
  assert.equal(rows['2027'].budget_reduction, 0);
  assert.ok(Math.abs(rows['2028'].budget_reduction - rows['2026'].saving) < 1e-6);
  assert.ok(Math.abs(rows['2030'].budget_reduction - rows['2028'].saving) < 1e-6);
  // The saving is the year table's.
  const yearSaving = Number(await page.getAttribute('[data-year="2029"] [data-year-metric="saving"]', 'data-value'));
  assert.ok(Math.abs(rows['2029'].saving - yearSaving) < 1e-6);
  const kept = await metric(page, 'budget_kept');
  assert.ok(Math.abs(kept - rows.total.kept) < 1e-6);
  assert.ok(Math.abs(kept - (rows['2029'].saving + rows['2030'].saving)) < 1e-3, 'what is kept: the last two years, not yet settled');
  const money = (v) => `€ ${Math.round(v).toLocaleString('nl-NL')}`;
  const sentence = plain(await page.textContent('.headline-budget'));
  assert.equal(sentence.trim(), `Bij 12.000 inwoners volgt het BUIG-budget de eigen uitgaven van twee jaar eerder: van de besparing van ${money(rows.total.saving)} wordt vanaf 2028 ${money(rows.total.budget_reduction)} met het budget verrekend; de gemeente houdt ${money(kept)} over de rekenperiode.`);
  assert.ok(plain(await page.inputValue('#summary-text')).includes(sentence.trim()), 'the paragraph says it too');
  // The rule and its sources are one click away.
  await page.click('.budget a[href="#method-budget"]');
  await page.waitForFunction(() => location.hash === '#method-budget');
  assert.match(await page.textContent('#method-budget + p'), /15\.000 inwoners/);
  // The link keeps the inhabitants, as the set's last slot.
  await page.waitForFunction(() => /,2026-01,12000(&|$)/.test(location.search));
  await finish(opened);
});

test('an example with inhabitants typed, in both languages: asked for first, then a mix or everything kept', async () => {
  for (const [lang, ask, mixed, objective] of [
    ['nl', /Vul het aantal inwoners/, /Bij 27\.500 inwoners volgt het BUIG-budget voor 50% de eigen uitgaven/, /Bij 120\.000 inwoners volgt het BUIG-budget het objectieve verdeelmodel/],
    ['en', /Enter the municipality's number of inhabitants/, /With 27,500 inhabitants 50% of the BUIG budget follows/, /With 120,000 inhabitants the BUIG budget follows the objective distribution model/],
  ]) {
    const opened = await open(env.browser, env.server.url, `?lang=${lang}`);
    const { page } = opened;
    // The Schiedam example: its article gives no inhabitants, so the budget view asks.
    assert.match(await page.textContent('.budget'), ask);
    assert.equal(await page.locator('[data-budget-year]').count(), 0, 'no figures while unknown');
    assert.equal(await page.getAttribute('[data-metric="budget_kept"]', 'data-value'), '');
    await page.fill('#input-inhabitants', lang === 'nl' ? '27.500' : '27,500');
    await waitForMetric(page, 'historic_share', 0.5);
    assert.match(plain(await page.textContent('.headline-budget')), mixed);
    // The table is below the results: it follows at the idle moment after the change.
    await page.waitForSelector('[data-budget-year="2011"]');
    const rows = await budgetRows(page);
    assert.ok(Math.abs(rows['2011'].budget_reduction - rows['2009'].saving / 2) < 1e-6, `${lang}: half the saving of 2009`);
    await page.fill('#input-inhabitants', lang === 'nl' ? '120.000' : '120,000');
    await waitForMetric(page, 'historic_share', 0);
    // The budget's section follows at the idle moment after the change.
    await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('.budget-sentence')?.textContent.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ') ?? ''), objective.source);
    assert.match(plain(await page.textContent('.budget-sentence')), objective);
    await page.waitForSelector('[data-budget-year="2011"] [data-budget-metric="budget_reduction"][data-value="0"]', { state: 'attached' });
    // The table repeats the saving: hidden on screen, its rows still there for scripts.
    assert.equal(await page.isVisible('.budget-table'), false);
    const all = await budgetRows(page);
    assert.ok(Math.abs(all.total.kept - all.total.saving) < 1e-6);
    assert.ok(Math.abs((await metric(page, 'budget_kept')) - all.total.saving) < 1e-6);
    await finish(opened);
  }
});

test('a bad number of inhabitants is marked with what is allowed, and the rest keeps working', async () => {
  const opened = await open(env.browser, env.server.url, `${SCHIEDAM_2026}&inhabitants=12000`);
  const { page } = opened;
  await page.waitForSelector('[data-budget-year="total"]');
  await enter(page, '#input-inhabitants', '12,5');
  await page.waitForSelector('#input-inhabitants[aria-invalid="true"]');
  assert.match(await page.textContent('.field--invalid .field-problem'), /Vul een heel getal in\. Toegestaan: van 1 tot en met 1\.500\.000 inwoners, hele getallen\./);
  // No budget figures from a bad number: the table, below the results, goes at the idle moment
  // after the change.
  await page.waitForFunction(() => document.querySelectorAll('[data-budget-year]').length === 0);
  assert.ok(Math.abs((await metric(page, 'savings_per_year')) - 2_085_000) < 1e-6, 'the rest keeps working');
  await enter(page, '#input-inhabitants', '0');
  await page.waitForFunction(() => document.querySelector('.field--invalid .field-problem')?.textContent.includes('buiten het bereik'));
  await enter(page, '#input-inhabitants', '');
  await page.waitForSelector('#input-inhabitants[aria-invalid="false"]');
  await page.waitForFunction(() => /Vul het aantal inwoners/.test(document.querySelector('.budget')?.textContent ?? ''));
  await finish(opened);
});

test('the report with the budget stays on one A4 page', async () => {
  for (const [lang, title] of [['nl', 'Wat houdt het BUIG-budget?'], ['en', 'What does the BUIG budget keep?']]) {
    const opened = await open(env.browser, env.server.url, `${SCHIEDAM_2026}&inhabitants=27500&lang=${lang}`);
    const { page } = opened;
    await page.waitForSelector('[data-budget-year="total"]');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForSelector('.report .budget-table', { state: 'attached' });
    const path = join(dir, `budget-${lang}.pdf`);
    await page.pdf({ path, format: 'A4' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    assert.equal(pages, 1, `${lang}: one A4 page`);
    assert.ok(text.includes(title), `${lang}: the budget table is in the report`);
    await finish(opened);
  }
});
