// Browser tests of ranges per group (issue 29): a link with two groups' ranges shows the bands
// and the tornado in both languages, a group's range typed in the form, a scenario-level range
// beside groups named and ignored, an exit range in the other unit named, and the report with
// groups and ranges on one page. Every test waits for a condition; none sleeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enter, finish, metric, open, setUp } from './harness.mjs';

const env = setUp();
const dir = mkdtempSync(join(tmpdir(), 'group-ranges-'));

// "The short-term group leaves at 30–50%, the long-term group at 5–16%."
const TWO = '?group=Kort,300,p40:30:50,60,22:15:30&group=Lang,269,p10:5:16,40,8&cost=15000&project_cost=400000';
const BANDS = '[data-metric="net_result_p90"][data-value]:not([data-value=""])';

/** The tornado's bars by name: { low, high }. */
async function bars(page) {
  return page.locator('[data-sensitivity]').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.dataset.sensitivity, { low: Number(r.dataset.low), high: Number(r.dataset.high) }])));
}

for (const [lang, sentence] of [['nl', /meest beweegt is verwachte uitstroom binnen de looptijd/], ['en', /moves the net result most is expected exits within the period/i]]) {
  test(`a link with two groups' ranges shows the bands and the tornado (${lang})`, async () => {
    const opened = await open(env.browser, env.server.url, `${TWO}&lang=${lang}`);
    const { page } = opened;
    await page.waitForSelector(BANDS);
    const [p10, p50, p90] = [await metric(page, 'net_result_p10'), await metric(page, 'net_result_p50'), await metric(page, 'net_result_p90')];
    assert.ok(p10 < p50 && p50 < p90, `${p10} < ${p50} < ${p90}`);
    const net = await metric(page, 'net_result');
    assert.ok(p10 < net && net < p90, 'the expected net result lies inside its band');
    const tornado = await bars(page);
    assert.deepEqual(Object.keys(tornado).sort(), ['baseline', 'exit'], 'one bar for the exit, one for the deadweight');
    // All groups at their lowest exits give less than the expected net result, at their highest more.
    assert.ok(tornado.exit.low < net && net < tornado.exit.high);
    // More leaving anyway is less due to the project.
    assert.ok(tornado.baseline.low > net && net > tornado.baseline.high);
    assert.match(await page.textContent('.tornado-sentence'), sentence);
    // The groups' ranges are in the form, and the address keeps them.
    await page.waitForSelector('#input-group-2-exit_low');
    assert.equal(await page.inputValue('#input-group-2-exit_low'), '5');
    assert.equal(await page.inputValue('#input-group-1-baseline_high'), '30');
    await page.waitForFunction(() => decodeURIComponent(location.search).includes('g=Lang,269,p10:5:16,40,8'));
    await finish(opened);
  });
}

test("a group's range typed in the form gives the bands; a bad one is marked and left out", async () => {
  const opened = await open(env.browser, env.server.url, '?group=Kort,300,p40,60,22&group=Lang,269,p10,40,8&project_cost=400000');
  const { page } = opened;
  await page.click('#ranges-toggle');
  await enter(page, '#input-group-1-exit_low', '30');
  await enter(page, '#input-group-1-exit_high', '50');
  await page.waitForSelector(BANDS);
  assert.deepEqual(Object.keys(await bars(page)), ['exit']);
  // A low above the expected 10% is marked on its field; the bands keep the other group's range.
  await enter(page, '#input-group-2-exit_low', '12');
  await page.waitForSelector('#input-group-2-exit_low[aria-invalid="true"]');
  assert.match(await page.textContent('#input-group-2-exit_low-problem'), /boven de verwachte waarde/);
  assert.equal(await page.getAttribute('#input-group-2-exit_low', 'aria-describedby'), 'input-group-2-exit_low-problem');
  await page.waitForSelector(BANDS);
  assert.equal(await page.inputValue('#input-group-2-exit_low'), '12', 'what was typed stays');
  await finish(opened);
});

test('a scenario-level exit range beside groups is named and ignored; an exit range in the other unit too', async () => {
  const opened = await open(env.browser, env.server.url, '?group=Kort,300,p40,60,22&group=Lang,269,p10,40,8&exit_low=10&exit_high=50');
  const { page } = opened;
  assert.match(await page.textContent('[role="alert"]'), /bandbreedte op de uitstroom of de uitstroom zonder project van het scenario zelf/);
  assert.equal(await page.locator('[data-sensitivity]').count(), 0, 'no range counts');
  assert.equal(await page.locator('[data-metric="net_result_p90"]').count(), 0);
  await finish(opened);

  const other = await open(env.browser, env.server.url, '?exits=139&exit_low=20&exit_high=30&lang=en');
  assert.match(await other.page.textContent('[role="alert"]'), /range on the exit as a percentage \(exit_low, exit_high\), but the exit itself as a count/);
  assert.equal(await other.page.locator('[data-metric="net_result_p90"]').count(), 0);
  await finish(other);
});

test('the report with groups and ranges is one A4 page', async () => {
  for (const lang of ['nl', 'en']) {
    const opened = await open(env.browser, env.server.url, `${TWO}&lang=${lang}`);
    const { page } = opened;
    await page.waitForSelector(BANDS);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForSelector('.report .group-table', { state: 'attached' });
    const path = join(dir, `group-ranges-${lang}.pdf`);
    await page.pdf({ path, format: 'A4' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.equal(pages, 1, `${lang}: one A4 page`);
    assert.match(text, /40,0% \[30%–50%\]|40\.0% \[30%–50%\]/, `${lang}: the group's range in its table`);
    await finish(opened);
  }
});
