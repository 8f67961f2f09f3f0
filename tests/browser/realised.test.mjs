// Browser tests of realised results (nacalculatie): the form, the checks with their
// arithmetic, what the browser keeps, and the step to a scenario for a next project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enter, finish, metric, open, setUp, shown, waitForMetric } from './harness.mjs';

const env = setUp();

const button = (page, name) => page.getByRole('button', { name, exact: true });

test("Haarlem's realised results are flagged, kept, and become a scenario", async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await button(page, 'Nacalculatie').click();
  await button(page, 'Haarlem SAMEN 1997–2002').click();
  const check = page.locator('.check');
  await check.first().waitFor();
  assert.equal(await check.count(), 1);
  assert.match(await check.first().innerText(), /85 \+ 43 \+ 10 = 138, maar afgesloten trajecten = 238\. Over 100 zegt de bron niets\./);
  await waitForMetric(page, 'realised_exits', 128);
  assert.equal(await metric(page, 'realised_savings_per_year'), null, 'no cost in the article');

  await enter(page, 'input[name="realised_cost"]', '14.400');
  await waitForMetric(page, 'realised_savings_per_year', 128 * 14_400);
  assert.equal(await shown(page, 'realised_savings_per_year'), '€ 1.843.200');
  await enter(page, 'input[name="realised_work"]', 'veel');
  await page.waitForSelector('input[name="realised_work"][aria-invalid="true"]');
  assert.ok(await button(page, 'Maak hiervan een scenario voor een volgend project').isDisabled());
  await enter(page, 'input[name="realised_work"]', '85');

  // What was typed travels in the address (with the mode) ...
  await page.reload();
  await page.waitForSelector('input[name="realised_cost"]');
  assert.equal(await page.inputValue('input[name="realised_cost"]'), '14.400');
  // ... and the browser keeps it: the bare address opens it too.
  await page.goto(`${env.server.url}/`);
  await page.waitForSelector('[data-metric="savings_per_year"]');
  await button(page, 'Nacalculatie').click();
  assert.equal(await page.inputValue('input[name="realised_cost"]'), '14.400');
  assert.equal(await page.inputValue('input[name="realised_closed"]'), '238');

  await button(page, 'Maak hiervan een scenario voor een volgend project').click();
  await page.waitForSelector('input[name="caseload"]');
  assert.equal(await page.inputValue('input[name="caseload"]'), '280');
  await waitForMetric(page, 'exits', 128);
  await waitForMetric(page, 'savings_per_year', 128 * 14_400);
  assert.match(await page.innerText('.scenario-tab[aria-current="true"]'), /Volgend project \(uit nacalculatie\)/);
  assert.equal(await page.locator('.scenario-tab').count(), 2, 'added beside the Schiedam example');
  await finish(opened);
});

test('the Schiedam example flags the two rounded shares the article states', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await button(page, 'Nacalculatie').click();
  await button(page, 'Schiedam 2008–2010').click();
  await waitForMetric(page, 'realised_savings_per_year', 2_085_000);
  const checks = await page.locator('.check').allInnerTexts();
  assert.deepEqual(checks.map((c) => c.replace(/[\u00a0\u202f]/g, ' ')), [
    'Percentage klopt niet: Naar werk is 73 van 139 = 52,52%, afgerond 53%; de bron noemt 54%.',
    'Percentage klopt niet: Stap op de ladder is 236 van 569 = 41,48%, afgerond 41%; de bron noemt 42%.',
  ]);
  await finish(opened);
});

const HAARLEM = 'realised_caseload=280&realised_work=85&realised_other=43&realised_in_trajectory=10&realised_closed=238';
const SCHIEDAM = 'realised_caseload=569&realised_work=73&realised_other=66&realised_ladder=236&realised_period=18'
  + '&realised_cost=15000&stated_exit_share=24&stated_work_share=54&stated_ladder_share=42';

test("Haarlem's realised results travel by link into a fresh browser, check flagged", async () => {
  const opened = await open(env.browser, env.server.url, `?mode=realised&${HAARLEM}`);
  const { page } = opened;
  await waitForMetric(page, 'realised_exits', 128);
  assert.equal(await button(page, 'Nacalculatie').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.inputValue('input[name="realised_closed"]'), '238');
  assert.equal(await page.getAttribute('.checks-list', 'data-checks'), '1');
  const paragraph = await page.inputValue('#realised-summary-text');
  assert.match(paragraph, /^Van de 280 cliënten stroomden er 128 uit de bijstand \(45,7%\), van wie 85 naar werk \(66,4%\)\./);
  assert.match(paragraph, /Over 100 zegt de bron niets\./);
  assert.match(paragraph, /Dit is bruto/);
  await finish(opened);
});

test('Schiedam against its own scenario as the plan: plan and actual agree, the stated 54% is flagged', async () => {
  const opened = await open(env.browser, env.server.url, `?base=1&edit=1&s=Schiedam,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09&plan=1&mode=realised&${SCHIEDAM}`);
  const { page } = opened;
  await page.waitForSelector('[data-plan-actual="savings_per_year"]');
  const row = async (name) => page.$eval(`[data-plan-actual="${name}"]`, (r) => [Number(r.dataset.plan), Number(r.dataset.actual)]);
  const [exitsPlan, exitsActual] = await row('exits');
  assert.ok(Math.abs(exitsPlan - 139) < 1e-9 && exitsActual === 139);
  const [workPlan, workActual] = await row('exits_work');
  assert.ok(Math.abs(workPlan - 0.525 * 139) < 1e-9 && workActual === 73, 'the plan rounds to the 73 who went to work');
  const [savingPlan, savingActual] = await row('savings_per_year');
  assert.ok(Math.abs(savingPlan - 2_085_000) < 1e-6 && savingActual === 2_085_000);
  const [sharePlan, shareActual] = await row('work_share');
  assert.ok(Math.abs(sharePlan - 0.525) < 1e-12 && Math.abs(shareActual - 73 / 139) < 1e-12, 'shares as fractions');
  assert.match(await page.innerText('[data-plan-actual="savings_per_year"]'), /€\s2\.085\.000\s+€\s2\.085\.000\s+±€\s0/);
  assert.equal(await page.locator('.plan-note').count(), 0, 'the same period');
  assert.match((await page.locator('.check').allInnerTexts()).join(' '), /de bron noemt 54%/);

  // Another period is said, not rescaled; choosing no plan hides the table.
  await page.fill('input[name="realised_period"]', '24');
  await page.waitForSelector('.plan-note');
  assert.match(await page.textContent('.plan-note'), /18 maanden.*24 maanden/);
  await page.selectOption('#plan-select', '');
  await page.waitForSelector('[data-plan-actual]', { state: 'detached' });
  await page.waitForFunction(() => !location.search.includes('plan='));
  await finish(opened);
});

test("a link's realised results do not replace the browser's own until the user chooses", async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await button(page, 'Nacalculatie').click();
  await button(page, 'Schiedam 2008–2010').click();
  await page.waitForFunction(() => localStorage.getItem('uitstroomrekenaar.nacalculatie')?.includes('"realised_ladder": "236"'));
  const mine = await page.evaluate(() => localStorage.getItem('uitstroomrekenaar.nacalculatie'));
  await page.goto(`${env.server.url}/?mode=realised&${HAARLEM}`);
  await page.waitForSelector('.notice--pending');
  await page.fill('input[name="realised_cost"]', '14400');
  await waitForMetric(page, 'realised_savings_per_year', 128 * 14_400);
  assert.equal(await page.evaluate(() => localStorage.getItem('uitstroomrekenaar.nacalculatie')), mine, 'kept');
  await button(page, 'Nacalculatie uit de link bewaren (vervangt de bewaarde)').click();
  await page.waitForFunction(() => localStorage.getItem('uitstroomrekenaar.nacalculatie')?.includes('"realised_cost": "14400"'));
  await finish(opened);
});
