// A small smoke test in Debian's Firefox ESR, for what browsers do differently: the bands'
// Web Worker and the service worker. puppeteer-core drives stock Firefox over WebDriver BiDi,
// with no browser download (../shared/TOOLCHAIN.md). The figures must equal Chromium's to the
// last bit: the same wasm, the same seed.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { launch, metric, open, serve } from './harness.mjs';

const RANGES = '?caseload=569&period=18&exit=24.43&exit_low=18&exit_high=30&baseline_high=8&project_cost=300000';
const NAMES = ['savings_per_year', 'net_result_p10', 'net_result_p50', 'net_result_p90', 'savings_total_p90', 'net_positive_share'];

let server;
let firefox;
before(async () => {
  server = await serve('dist');
  firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
  });
});
after(async () => {
  await firefox?.close();
  server?.close();
});

/** The figures of `NAMES` once the bands are on the page, read in the page. */
const figures = (names) => {
  const out = {};
  for (const n of names) out[n] = Number(document.querySelector(`[data-metric="${n}"]`).dataset.value);
  return out;
};

test('Firefox ESR: the worker computes the same bands as Chromium, and the service worker controls the page', async () => {
  const page = await firefox.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/${RANGES}`);
  await page.waitForFunction(() => document.querySelector('[data-metric="net_result_p90"]')?.dataset.value, { timeout: 20_000 });
  const inFirefox = await page.evaluate(figures, NAMES);

  const chromium = await launch();
  try {
    const opened = await open(chromium, server.url, RANGES);
    await opened.page.waitForFunction(() => document.querySelector('[data-metric="net_result_p90"]')?.dataset.value);
    assert.deepEqual(inFirefox, await opened.page.evaluate(figures, NAMES), 'bit for bit the same figures');
    assert.ok(inFirefox.net_positive_share > 0 && inFirefox.net_positive_share <= 1);
    assert.ok(Math.abs(inFirefox.savings_per_year - (await metric(opened.page, 'savings_per_year'))) === 0);
  } finally {
    await chromium.close();
  }

  // The service worker registers after the first result and then controls the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller, { timeout: 20_000 });
  // A keystroke: the point result and then the bands follow in Firefox too.
  const before = inFirefox.net_result_p50;
  await page.click('#input-caseload', { count: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.type('1000');
  await page.waitForFunction((old) => {
    const v = document.querySelector('[data-metric="net_result_p50"]')?.dataset.value;
    return v && Number(v) !== old;
  }, { timeout: 20_000 }, before);
  assert.ok((await page.evaluate(figures, ['net_result_p50'])).net_result_p50 > before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox ESR: the prerendered first screen for the default visitor only, and the app takes it over', async () => {
  // A profile of its own: the first test's page stored its set, so this origin would not be a
  // first visit any more.
  const context = await firefox.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => 'ready' in (document.getElementById('app')?.dataset ?? {}), { timeout: 20_000 });
  assert.equal(await page.evaluate(() => 'prerendered' in document.getElementById('app').dataset), true);
  assert.equal(await page.evaluate(() => document.querySelector('[data-metric="savings_per_year"]').dataset.value), '2085000.000000001');
  assert.equal(await page.evaluate(() => document.querySelectorAll('#app .page-main').length), 1, 'the app rendered over it, once');
  // Another visitor's page never had it.
  await page.goto(`${server.url}/?lang=en`);
  await page.waitForFunction(() => 'ready' in (document.getElementById('app')?.dataset ?? {}), { timeout: 20_000 });
  assert.equal(await page.evaluate(() => 'prerendered' in document.getElementById('app').dataset), false);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});
