// A small smoke test in Debian's Firefox ESR, for what browsers do differently: the bands'
// and the workbook's Web Workers and the service worker. puppeteer-core drives stock Firefox over WebDriver BiDi,
// with no browser download (../shared/TOOLCHAIN.md). The figures must equal Chromium's to the
// last bit: the same wasm, the same seed.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, linePlacement, metric, open, serve } from './harness.mjs';

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
  // The chart's lines, drawn in the plot's own units, land on the axis and keep the drawing's
  // stroke widths (non-scaling strokes sized in container units: 3 of the drawing's 720).
  const line = await page.evaluate(linePlacement, ['.page-main .chart-line--editing', 569]);
  assert.ok(Math.abs(line.y - line.expected) < 0.5, JSON.stringify(line));
  assert.equal(line.vectorEffect, 'non-scaling-stroke');
  assert.ok(Math.abs(line.stroke - 3 * line.scale) < 0.01, JSON.stringify(line));
  // Another visitor's page never had it.
  await page.goto(`${server.url}/?lang=en`);
  await page.waitForFunction(() => 'ready' in (document.getElementById('app')?.dataset ?? {}), { timeout: 20_000 });
  assert.equal(await page.evaluate(() => 'prerendered' in document.getElementById('app').dataset), false);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Firefox ESR: the workbook\'s worker makes the Excel file of the set', async () => {
  const context = await firefox.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/?base=1&edit=2&s=Eerste,569,18,p24.43,52.5,15000,60,8,20,400000,2.25&s=Tweede,280,60,p45,66,14400,120,8,0,150000,0`);
  await page.waitForFunction(() => 'ready' in (document.getElementById('app')?.dataset ?? {}), { timeout: 20_000 });
  // The file the page offers: its name and its bytes, taken from the anchor it clicks (the
  // browser's own download is not needed to see what the worker made).
  await page.evaluate(() => {
    window.offered = [];
    const blobs = new Map();
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => { const url = create(blob); blobs.set(url, blob); return url; };
    HTMLAnchorElement.prototype.click = function click() {
      const blob = blobs.get(this.href);
      blob.arrayBuffer().then((buffer) => window.offered.push({ name: this.download, bytes: Array.from(new Uint8Array(buffer)) }));
    };
  });
  await page.click('#excel-set-download');
  await page.waitForFunction(() => window.offered.length === 1, { timeout: 30_000 });
  const [{ name, bytes }] = await page.evaluate(() => window.offered);
  assert.equal(name, 'uitstroomrekenaar-scenarioset.xlsx');
  // A zip (an .xlsx) with a comparison and the two scenarios' sheets.
  const file = Buffer.from(bytes);
  assert.equal(file.subarray(0, 2).toString(), 'PK');
  assert.ok(file.length > 20_000, `${file.length} bytes`);
  const path = join(mkdtempSync(join(tmpdir(), 'firefox-excel-')), name);
  writeFileSync(path, file);
  const read = "import re, sys, zipfile; print('|'.join(re.findall(r'<sheet [^>]*name=\"([^\"]+)\"', zipfile.ZipFile(sys.argv[1]).read('xl/workbook.xml').decode())))";
  assert.equal(execFileSync('python3', ['-c', read, path], { encoding: 'utf8' }).trim(), 'Vergelijking|1. Eerste|2. Tweede');
  assert.match(await page.evaluate(() => document.getElementById('excel-status').textContent), /elke uitkomst is een formule/);
  assert.deepEqual(errors, []);
  await context.close();
});
