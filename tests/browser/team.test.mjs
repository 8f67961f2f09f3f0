// Browser tests of the team as the cost and the exits it takes to pay back (issue 27): a link
// with a team in both languages, the address that reopens it, bad team inputs marked, and the
// report on one page. Every test waits for a condition; none sleeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enter, finish, metric, open, setUp } from './harness.mjs';

const env = setUp();
const dir = mkdtempSync(join(tmpdir(), 'team-'));

// Schiedam at 40 clients a coach instead of 150, € 85.000 a coach.
const SCHIEDAM = '?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&start=2008-09';
const TEAM = `${SCHIEDAM}&per_coach=40&per_coach_regular=150&fte_cost=85000`;
const FTE = 569 / 40 - 569 / 150;
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ').trim();

for (const [lang, sum, label, sentence] of [
  [
    'nl',
    '10,43 extra coaches × € 85.000 + € 0 overige kosten = € 886.692 per jaar',
    'Overige projectkosten',
    'Om zich binnen de rekenperiode terug te verdienen moeten ten minste 22 van de 569 cliënten (3,8%) tijdens de looptijd uitstromen; verwacht: 139.',
  ],
  [
    'en',
    '10.43 extra coaches × €85,000 + €0 other costs = €886,692 per year',
    'Other project costs',
    'To pay back within the horizon, at least 22 of the 569 clients (3.8%) must leave during the period; expected: 139.',
  ],
]) {
  test(`a link with a team shows the coaches, their cost and the exits it takes (${lang}), and its address reopens them`, async () => {
    const opened = await open(env.browser, env.server.url, `${TEAM}&lang=${lang}`);
    const { page } = opened;
    assert.ok(Math.abs((await metric(page, 'team_fte')) - FTE) < 1e-9);
    assert.ok(Math.abs((await metric(page, 'team_cost_per_year')) - FTE * 85_000) < 1e-6);
    // 18 months of the team's cost, discounted at 2,25%: a little under 1,5 years of it.
    const cost = await metric(page, 'project_cost_total');
    assert.ok(cost < FTE * 85_000 * 1.5 && cost > FTE * 85_000 * 1.45, `${cost}`);
    const exits = await metric(page, 'break_even_exits');
    assert.ok(exits > 21 && exits <= 22, `${exits}`);
    assert.ok(Math.abs((await metric(page, 'break_even_exit_share')) - exits / 569) < 1e-12);
    assert.equal(plain(await page.textContent('#input-project_cost-note')), sum);
    assert.match(await page.textContent('label[for="input-project_cost"]'), new RegExp(label));
    assert.equal(plain(await page.textContent('.headline-break-even')), sentence);
    assert.ok(plain(await page.inputValue('#summary-text')).includes(sentence), 'the paragraph says it too');
    // The address: the inhabitants' slot empty, the team after it.
    await page.waitForFunction(() => /,2008-09,,40,150,85000(&|$)/.test(location.search));
    const address = await page.evaluate(() => location.search);
    await finish(opened);

    const again = await open(env.browser, env.server.url, address);
    assert.equal(await metric(again.page, 'break_even_exits'), exits);
    assert.equal(await metric(again.page, 'team_cost_per_year'), FTE * 85_000);
    assert.equal(await again.page.inputValue('#input-per_coach_regular'), '150');
    assert.equal(await again.page.inputValue('#input-inhabitants'), '');
    await finish(again);
  });
}

test('bad team inputs are marked with what is allowed; the results keep working and nothing typed is lost', async () => {
  const opened = await open(env.browser, env.server.url, TEAM);
  const { page } = opened;
  const problem = (name) => page.textContent(`#input-${name}-problem`);
  const teamCost = FTE * 85_000;
  await enter(page, '#input-per_coach', '0');
  await page.waitForSelector('#input-per_coach[aria-invalid="true"]');
  assert.match(await problem('per_coach'), /Toegestaan: van 1 tot en met 1\.000 cliënten per fte, hele getallen\./);
  // The last valid team stays in the figures; the rest keeps working.
  assert.equal(await metric(page, 'team_cost_per_year'), teamCost);
  assert.ok(Math.abs((await metric(page, 'savings_per_year')) - 2_085_000) < 1e-6);
  await enter(page, '#input-per_coach', '40,5');
  await page.waitForFunction(() => document.querySelector('#input-per_coach-problem')?.textContent.includes('heel getal'));
  await enter(page, '#input-per_coach', '40');
  await enter(page, '#input-per_coach_regular', '30');
  await page.waitForSelector('#input-per_coach_regular[aria-invalid="true"]');
  assert.match(await problem('per_coach_regular'), /Moet groter zijn dan het aantal cliënten per coach in het project \(40 cliënten per fte\)/);
  assert.equal(await page.inputValue('#input-per_coach_regular'), '30', 'what was typed stays');
  await enter(page, '#input-per_coach_regular', '');
  await enter(page, '#input-fte_cost', '-1');
  await page.waitForFunction(() => document.querySelector('#input-fte_cost-problem')?.textContent.includes('buiten het bereik'));
  await enter(page, '#input-fte_cost', '');
  await page.waitForFunction(() => document.querySelector('#input-fte_cost-problem')?.textContent.includes('Vul dit ook in'));
  assert.match(await problem('fte_cost'), /‘Cliënten per coach in het project’/);
  assert.equal(await page.getAttribute('#input-fte_cost', 'aria-describedby'), 'input-fte_cost-problem input-fte_cost-hint');
  // Per coach without the cost of a coach: the cost of a coach marked; and the other way.
  await enter(page, '#input-per_coach', '');
  await enter(page, '#input-fte_cost', '85000');
  await page.waitForSelector('#input-per_coach[aria-invalid="true"]');
  assert.match(await problem('per_coach'), /‘Kosten van een coach’/);
  // All three empty: no team, no problem, no team's figures.
  await enter(page, '#input-fte_cost', '');
  await page.waitForFunction(() => !document.querySelector('[aria-invalid="true"]'));
  assert.equal(await metric(page, 'team_fte'), null);
  assert.equal(await metric(page, 'break_even_exits'), null, 'no project cost, nothing to pay back');
  assert.match(await page.textContent('[data-metric="team_fte"]'), /geen team ingevuld/);
  await finish(opened);
});

test('a project that cannot pay back says so', async () => {
  const opened = await open(env.browser, env.server.url, `${SCHIEDAM}&project_cost=50000000`);
  const { page } = opened;
  assert.equal(await metric(page, 'break_even_exits'), null);
  assert.equal(plain(await page.textContent('[data-metric="break_even_exits"]')), 'niet binnen de rekenperiode');
  assert.equal(plain(await page.textContent('.headline-break-even')), 'Ook als alle 569 cliënten uitstromen, verdient het project zich niet terug binnen de rekenperiode.');
  await finish(opened);
});

// The scenario, with other costs beside the team. (With the inhabitants too, the budget
// table takes the report to a second page, as it does with four groups: see docs/features.md.)
test('the report with a team is one A4 page, in both languages', async () => {
  for (const [lang, words] of [['nl', /extra coaches × € 85\.000/], ['en', /extra coaches × €85,000/]]) {
    const opened = await open(env.browser, env.server.url, `${TEAM}&project_cost=50000&lang=${lang}`);
    const { page } = opened;
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForSelector('.report .report-inputs', { state: 'attached' });
    const path = join(dir, `team-${lang}.pdf`);
    await page.pdf({ path, format: 'A4' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
    const text = plain(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
    assert.equal(pages, 1, `${lang}: one A4 page`);
    assert.match(text, words);
    assert.match(text, lang === 'nl' ? /ten minste 2\d van de 569/ : /at least 2\d of the 569/);
    await finish(opened);
  }
});
