// Browser tests of realised results (nacalculatie): the form, the checks with their
// arithmetic, what the browser keeps, and the step to a scenario for a next project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finish, metric, open, setUp, shown, waitForMetric } from './harness.mjs';

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

  await page.fill('input[name="realised_cost"]', '14.400');
  await waitForMetric(page, 'realised_savings_per_year', 128 * 14_400);
  assert.equal(await shown(page, 'realised_savings_per_year'), '€ 1.843.200');
  await page.fill('input[name="realised_work"]', 'veel');
  await page.waitForSelector('input[name="realised_work"][aria-invalid="true"]');
  assert.ok(await button(page, 'Maak hiervan een scenario voor een volgend project').isDisabled());
  await page.fill('input[name="realised_work"]', '85');

  // What was typed survives a reload.
  await page.reload();
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
    'Percentage klopt niet: Naar werk is 73 van 139 = 52,5%, de bron noemt 54%.',
    'Percentage klopt niet: Stap op de ladder is 236 van 569 = 41,5%, de bron noemt 42%.',
  ]);
  await finish(opened);
});
