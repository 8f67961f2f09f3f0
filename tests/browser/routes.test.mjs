// Browser tests of the routes out of benefit (issue 38): a link with a wage-cost subsidy and
// part-timers in both languages, the address that reopens it, bad route inputs marked, and the
// report on one page. Every test waits for a condition; none sleeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enter, finish, metric, open, setUp, violations } from './harness.mjs';

const env = setUp();
const dir = mkdtempSync(join(tmpdir(), 'routes-'));

// The example: of Schiedam's 73 to work a third with a wage-cost subsidy of € 16.700 a
// year, and 40 clients who now work part-time beside their benefit, each € 367 a month less.
const SCHIEDAM = '?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&start=2008-09';
const ROUTES = `${SCHIEDAM}&subsidised=33.3333333333&subsidy_cost=16700&parttime=40&parttime_saving=367`;
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ').trim();

for (const [lang, sum, headline] of [
  ['nl', '€ 2.085.000 minder uitkering voor 139 cliënten − € 406.227 loonkostensubsidie + € 176.160 minder uitkering aan 40 deeltijdwerkers.', '€ 1.854.933'],
  ['en', '€2,085,000 less benefit for 139 clients − €406,227 in wage-cost subsidies + €176,160 less benefit for 40 part-timers.', '€1,854,933'],
]) {
  test(`a link with routes shows what each saves (${lang}), and its address reopens them`, async () => {
    const opened = await open(env.browser, env.server.url, `${ROUTES}&lang=${lang}`);
    const { page } = opened;
    for (const [name, want] of [
      ['benefit_savings_per_year', 2_085_000],
      ['subsidised_placements', 24.325],
      ['subsidy_cost_per_year', 406_227.5],
      ['parttime_savings_per_year', 176_160],
      ['savings_per_year', 1_854_932.5],
    ]) {
      const value = await metric(page, name);
      assert.ok(Math.abs(value - want) < 1e-3, `${name}: ${value}`);
    }
    assert.equal(plain(await page.textContent('.headline-value')), headline);
    assert.ok(plain(await page.textContent('.headline-explain')).startsWith(sum), 'the headline says what it is made of');
    assert.ok(plain(await page.inputValue('#summary-text')).includes(sum.slice(0, -1)), 'the paragraph says it too');
    // The routes' figures and year columns are in view.
    assert.ok(await page.isVisible('[data-metric="subsidy_cost_per_year"]'));
    // (The year table is held back until the page is idle after its first render.)
    await page.waitForSelector('[data-year="2010"] [data-year-metric="parttime_saving"]', { state: 'visible' });
    assert.deepEqual(await violations(page), []);
    // The address: the inhabitants' and the team's slots empty, then the routes' four.
    await page.waitForFunction(() => /,2008-09,,,,,33\.3333333333,16700,40,367(&|$)/.test(location.search));
    const address = await page.evaluate(() => location.search);
    const subsidies = await metric(page, 'subsidy_cost_per_year');
    await finish(opened);

    const again = await open(env.browser, env.server.url, address);
    assert.equal(await metric(again.page, 'subsidy_cost_per_year'), subsidies);
    assert.equal(await again.page.inputValue('#input-parttime'), '40');
    assert.equal(await again.page.inputValue('#input-subsidy_cost'), '16700');
    await finish(again);
  });
}

test('without routes their figures are 0 and out of view', async () => {
  const opened = await open(env.browser, env.server.url, SCHIEDAM);
  const { page } = opened;
  assert.equal(await metric(page, 'subsidy_cost_per_year'), 0);
  assert.equal(await metric(page, 'parttime_savings_per_year'), 0);
  assert.equal(await page.isVisible('[data-metric="subsidy_cost_per_year"]'), false);
  // (Once the year table is there: it is held back until the page is idle.)
  await page.waitForSelector('[data-year="2010"] [data-year-metric="subsidy_cost"]', { state: 'attached' });
  assert.equal(await page.isVisible('[data-year="2010"] [data-year-metric="subsidy_cost"]'), false);
  await finish(opened);
});

test('bad route inputs are marked with what is allowed; the results keep working and nothing typed is lost', async () => {
  const opened = await open(env.browser, env.server.url, ROUTES);
  const { page } = opened;
  const problem = (name) => page.textContent(`#input-${name}-problem`);
  await enter(page, '#input-subsidised', '120');
  await page.waitForSelector('#input-subsidised[aria-invalid="true"]');
  assert.match(await problem('subsidised'), /van 0% tot en met 100%/);
  // The last valid routes stay in the figures.
  assert.ok(Math.abs((await metric(page, 'subsidy_cost_per_year')) - 406_227.5) < 1e-3);
  await enter(page, '#input-subsidised', '33,3333333333');
  await enter(page, '#input-parttime', '431');
  await page.waitForSelector('#input-parttime[aria-invalid="true"]');
  assert.match(plain(await problem('parttime')), /van 0 tot en met 430 cliënten/);
  assert.equal(await page.inputValue('#input-parttime'), '431', 'what was typed stays');
  await enter(page, '#input-parttime', '40');
  await enter(page, '#input-parttime_saving', '1300');
  await page.waitForSelector('#input-parttime_saving[aria-invalid="true"]');
  assert.match(plain(await problem('parttime_saving')), /€ 1\.250/);
  await enter(page, '#input-parttime_saving', '');
  await page.waitForFunction(() => document.querySelector('#input-parttime_saving-problem')?.textContent.includes('Vul dit ook in'));
  assert.match(await problem('parttime_saving'), /deze route/);
  assert.equal(await metric(page, 'parttime_savings_per_year'), 176_160, 'the last valid part-timers');
  await finish(opened);
});

test('the report with routes is one A4 page, in both languages', async () => {
  for (const [lang, words] of [['nl', /− € 406\.227 loonkostensubsidie/], ['en', /− €406,227 in wage-cost subsidies/]]) {
    const opened = await open(env.browser, env.server.url, `${ROUTES}&lang=${lang}`);
    const { page } = opened;
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForSelector('.report .report-inputs', { state: 'attached' });
    const path = join(dir, `routes-${lang}.pdf`);
    await page.pdf({ path, format: 'A4' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
    const text = plain(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
    assert.equal(pages, 1, `${lang}: one A4 page`);
    assert.match(text, words);
    await finish(opened);
  }
});
