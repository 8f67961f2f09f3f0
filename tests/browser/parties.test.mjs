// Browser tests of who pays and who gains (issue 39): a link with the execution cost and the
// clients' income gain shows the table by pocket in both languages, with figures computed here
// by hand; its address reopens it; without the inputs the table still splits the BUIG from the
// project; bad inputs are marked; the report stays one A4 page. Every test waits for a
// condition; none sleeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enter, finish, metric, open, setUp, violations } from './harness.mjs';

const env = setUp();
const dir = mkdtempSync(join(tmpdir(), 'parties-'));

// Schiedam with a project of € 400.000 a year, undiscounted (so that the figures have a closed
// form), Berenschot's execution cost and a single parent's gain working 4 days.
const SCHIEDAM = '?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&start=2008-09&project_cost=400000&discount=0';
const POCKETS = `${SCHIEDAM}&execution_cost=2883&income_gain=2100`;
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

// Client-months off benefit over the 60 months: N × (1 − (1 − E)^(t / P)) while the project
// runs (no deadweight, no returns), E × N = 139 after it.
const E = 139 / 569;
let clientMonths = 42 * 139;
for (let t = 1; t <= 18; t += 1) clientMonths += 569 * (1 - (1 - E) ** (t / 18));
const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

const cell = (page, party, name) =>
  page.getAttribute(`[data-party="${party}"] [data-party-metric="${name}"]`, 'data-value').then(Number);

for (const [lang, title, sentence] of [
  ['nl', 'Wie betaalt, wie profiteert', /het project kost de gemeente € 600\.000 uit het participatiebudget; de BUIG bespaart € 9\.020\.804; lagere uitvoeringskosten schelen de gemeente € 1\.733\.799; de cliënten gaan er over de rekenperiode samen € 663\.029 op vooruit\./],
  ['en', 'Who pays and who gains', /the project costs the municipality €600,000 from its participation budget; the BUIG saves €9,020,804; lower execution costs save the municipality €1,733,799; together the clients gain €663,029 over the horizon\./],
]) {
  test(`a link with both inputs shows who pays and who gains (${lang}), and its address reopens it`, async () => {
    const opened = await open(env.browser, env.server.url, `${POCKETS}&lang=${lang}`);
    const { page } = opened;
    const execution = (clientMonths * 2883) / 12;
    const income = (clientMonths * 0.525 * 2100) / 12;
    const saving = (clientMonths * 15000) / 12;
    for (const [name, want] of [
      ['execution_savings_total', execution],
      ['client_income_total', income],
      ['savings_total', saving],
      ['project_cost_total', 600_000],
      ['municipality_net', saving + execution - 600_000],
    ]) {
      const value = await metric(page, name);
      assert.ok(close(value, want), `${name}: ${value} against ${want}`);
    }
    assert.equal(plain(await page.textContent('#parties-title')), title);
    // A row per party, with gain, cost and net; the nets add up to the total.
    assert.deepEqual(await page.locator('[data-party]').evaluateAll((rows) => rows.map((r) => r.dataset.party)), ['buig', 'municipality', 'clients']);
    assert.ok(close(await cell(page, 'buig', 'net'), saving));
    assert.equal(await cell(page, 'buig', 'cost'), 0);
    assert.equal(await cell(page, 'municipality', 'cost'), 600_000);
    assert.ok(close(await cell(page, 'municipality', 'gain'), execution));
    assert.ok(close(await cell(page, 'clients', 'gain'), income));
    const total = Number(await page.getAttribute('[data-party-total] [data-party-metric="net"]', 'data-value'));
    const nets = (await cell(page, 'buig', 'net')) + (await cell(page, 'municipality', 'net')) + (await cell(page, 'clients', 'net'));
    assert.ok(close(total, nets), `${total} against ${nets}`);
    // The figures shown are the euros of the data, the Dutch or English way.
    const shown = plain(await page.textContent('[data-party="municipality"] [data-party-metric="cost"]'));
    assert.equal(shown, lang === 'nl' ? '€ 600.000' : '€600,000');
    // What the table does not count, in words beside it, and the method one click away.
    const beside = plain(await page.textContent('.parties-outside'));
    assert.match(beside, lang === 'nl' ? /CPB, SEO en Berenschot.*CPB\/SCP 2020/ : /CPB, SEO and Berenschot.*CPB\/SCP 2020/);
    await page.click('.parties a[href="#method-parties"]');
    await page.waitForFunction(() => location.hash === '#method-parties' && document.getElementById('method-parties'));
    assert.match(plain(await page.textContent('#method-parties + p + p')), /Berenschot 2019/);
    // The paragraph says it in one sentence.
    assert.match(plain(await page.inputValue('#summary-text')), sentence);
    assert.deepEqual(await violations(page), []);
    // The address: the routes' slots empty, then the two.
    await page.waitForFunction(() => /,2883,2100(&|$)/.test(location.search));
    const address = await page.evaluate(() => location.search.replace(/#.*/, ''));
    await finish(opened);

    const again = await open(env.browser, env.server.url, address);
    assert.ok(close(await metric(again.page, 'client_income_total'), income));
    assert.equal(await again.page.inputValue('#input-execution_cost'), '2883');
    assert.equal(await again.page.inputValue('#input-income_gain'), '2100');
    await finish(again);
  });
}

test('without the inputs the table splits the BUIG from the project, and the poverty trap is a loss', async () => {
  const opened = await open(env.browser, env.server.url, SCHIEDAM);
  const { page } = opened;
  assert.deepEqual(await page.locator('[data-party]').evaluateAll((rows) => rows.map((r) => r.dataset.party)), ['buig', 'municipality']);
  assert.equal(await metric(page, 'municipality_net'), await metric(page, 'net_result'));
  assert.equal(await page.getAttribute('[data-metric="execution_savings_total"]', 'data-value'), '');
  assert.equal(await page.isVisible('[data-metric="municipality_net"]'), false);
  // As read: without the soft hyphens that let the note break on a phone.
  assert.match((await page.textContent('[data-party="municipality"]')).replaceAll('\u00ad', ''), /Uitvoeringskosten niet meegeteld/);
  assert.equal(await cell(page, 'municipality', 'gain'), 0);
  // A loss for the clients: the row shows it as a negative gain, the paragraph as "achteruit".
  await enter(page, '#input-income_gain', '-1000');
  await page.waitForSelector('[data-party="clients"]');
  assert.ok((await cell(page, 'clients', 'gain')) < 0);
  await page.waitForFunction(() => /samen €\s[\d.]+ op achteruit/.test(document.querySelector('#summary-text')?.value ?? ''));
  await finish(opened);
});

test('bad inputs are marked with what is allowed; the rest keeps working and nothing typed is lost', async () => {
  const opened = await open(env.browser, env.server.url, POCKETS);
  const { page } = opened;
  const before = await metric(page, 'execution_savings_total');
  await enter(page, '#input-execution_cost', '30000');
  await page.waitForSelector('#input-execution_cost[aria-invalid="true"]');
  assert.match(plain(await page.textContent('#input-execution_cost-problem')), /€ 0 tot en met € 20\.000/);
  assert.equal(await page.inputValue('#input-execution_cost'), '30000', 'what was typed stays');
  assert.equal(await metric(page, 'execution_savings_total'), before, 'the last valid value');
  await enter(page, '#input-income_gain', 'veel');
  await page.waitForSelector('#input-income_gain[aria-invalid="true"]');
  await enter(page, '#input-income_gain', '-20001');
  await page.waitForFunction(() => /−€ 20\.000 tot en met € 50\.000|-€ 20\.000 tot en met € 50\.000|€ -20\.000 tot en met € 50\.000|€ −20\.000 tot en met € 50\.000/.test(document.querySelector('#input-income_gain-problem')?.textContent.replace(/[\u00a0\u202f]/g, ' ') ?? ''));
  // The rest keeps working: a new caseload moves the figures.
  await enter(page, '#input-caseload', '1138');
  await page.waitForFunction(() => Math.abs(Number(document.querySelector('[data-metric="exits"]')?.dataset.value) - 278) < 1e-9);
  await finish(opened);
});

test('the report with who pays and who gains is one A4 page, in both languages', async () => {
  // With the inhabitants, the table says what the budget rule takes back (the page's budget
  // table: € 2.218.322 of the saving two years later, € 6.802.483 kept).
  // The PDF's text runs column by column: each part is matched on its own.
  for (const [lang, words] of [
    ['nl', [/Wie betaalt, wie profiteert/, /BUIG-budget € 9\.020\.804 € ?0 € 9\.020\.804/, /Totaal € 10\.817\.632/,
      /De budgetregel neemt van de besparing op uitkeringen € 2\.218\.322 terug als lager BUIG-?budget twee jaar later; de gemeente houdt € 6\.802\.483/]],
    ['en', [/Who pays and who gains/, /BUIG budget €9,020,804 €0 €9,020,804/, /Total €10,817,632/,
      /Of the saving on benefits the budget rule takes back €2,218,322 as a lower BUIG budget two years later; the municipality keeps €6,802,483/]],
  ]) {
    const opened = await open(env.browser, env.server.url, `${POCKETS}&inhabitants=30000&lang=${lang}`);
    const { page } = opened;
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForSelector('.report .party-table', { state: 'attached' });
    const path = join(dir, `parties-${lang}.pdf`);
    await page.pdf({ path, format: 'A4' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
    const text = plain(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }));
    assert.equal(pages, 1, `${lang}: one A4 page`);
    for (const part of words) assert.match(text, part);
    await finish(opened);
  }
});

test('on a phone the table fits: the net beside each party without scrolling sideways', async () => {
  // The widest figures: a long horizon and large pockets, in Dutch and in English; and the
  // example, whose municipality's row says in long words what to fill in for its execution cost.
  for (const [lang, query] of [['nl', POCKETS.replace('horizon=60', 'horizon=120')], ['en', POCKETS.replace('horizon=60', 'horizon=120')], ['nl', '?'], ['en', '?']]) {
    const opened = await open(env.browser, env.server.url, `${query}&lang=${lang}`);
    const { page } = opened;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector('[data-party-total]');
    const [scroll, client] = await page.locator('.parties .table-scroll').evaluate((el) => [el.scrollWidth, el.clientWidth]);
    assert.ok(scroll <= client, `${lang}: the table is ${scroll} px wide in ${client} px`);
    await finish(opened);
  }
});
