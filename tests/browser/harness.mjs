// What the browser tests share: a static server for dist/ on loopback, headless Chromium from
// Debian's package, and a page opener that records console errors, page errors, dialogs and
// every request to a host other than the test server.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close }. */
export function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, normalize(path === '/' ? '/index.html' : path));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
    });
  });
}

/** Headless Chromium with the flags these machines need (../shared/TOOLCHAIN.md). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-quic', '--no-first-run',
    ],
  });
}

/**
 * Opens the app at `query` in a fresh context (its own profile) and waits until it has
 * rendered (or until `ready` is on the page); `init`, if given, runs in the page before its
 * own scripts. Returns the page and what it recorded.
 */
export async function open(browser, base, query = '', init = undefined, ready = '.page-main') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The app says when it has rendered and run its first effects (its listeners, printing's
  // among them): yew may yield to the browser between the first render and those effects.
  await context.addInitScript(() => addEventListener('uitstroomrekenaar:ready', () => { window.appReady = true; }, { once: true }));
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const record = { errors: [], foreign: [], dialogs: [] };
  page.on('console', (m) => m.type() === 'error' && record.errors.push(m.text()));
  page.on('pageerror', (e) => record.errors.push(String(e)));
  page.on('dialog', (d) => { record.dialogs.push(d.message()); d.dismiss(); });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== base) record.foreign.push(r.url());
  });
  await page.goto(`${base}/${query}`);
  // The page's main part, in either mode (projections or realised results).
  await page.waitForSelector(ready);
  // The app has taken over the prerendered first screen (if the page had one): its root says so.
  if (ready === '.page-main') await page.waitForFunction(() => window.appReady && document.getElementById('app')?.dataset.ready !== undefined);
  return { page, context, record };
}

/**
 * Types `text` into the field and leaves it, as a user does before reading a message: a
 * problem in what is being typed is shown once the field is left (field_input.rs).
 */
export async function enter(page, selector, text) {
  await page.fill(selector, text);
  await page.$eval(selector, (e) => e.blur());
}

/**
 * Where the chart line `selector` puts its first point on screen, and where the page's axis
 * puts `clients` (by its ticks' lines at 0 and at the top, read by their labels), in the page;
 * with the line's path, its stroke's width on screen, whether the stroke is drawn in the page's
 * pixels (`vector-effect`), and the scale the drawing is drawn at (pixels per unit of the
 * drawing, as the browser maps it: its width over 720, or less where its height is limited).
 * Run in the page: `page.evaluate(linePlacement, [selector, n])`.
 */
export function linePlacement([selector, clients]) {
  const line = document.querySelector(selector);
  const svg = line.ownerSVGElement.ownerSVGElement ?? line.ownerSVGElement;
  const at = line.getPointAtLength(0).matrixTransform(line.getScreenCTM());
  // A tick's line by its geometry (a box would hold its stroke in one browser, not in another).
  const screenY = (tick) => new DOMPoint(tick.x1.baseVal.value, tick.y1.baseVal.value).matrixTransform(tick.getScreenCTM()).y;
  const ticks = [...svg.querySelectorAll('.chart-tick')].map((g) => ({
    value: Number(g.querySelector('text').textContent.replace(/\./g, '')),
    y: screenY(g.querySelector('line')),
  }));
  const [zero, top] = [ticks[0], ticks[ticks.length - 1]];
  return {
    y: at.y,
    expected: zero.y + (clients / top.value) * (top.y - zero.y),
    top: top.value,
    d: line.getAttribute('d'),
    stroke: parseFloat(getComputedStyle(line).strokeWidth),
    vectorEffect: getComputedStyle(line).vectorEffect,
    scale: svg.getScreenCTM().a,
  };
}

const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0/2.1 A and AA violations axe-core finds on the page, as "rule: element" lines. */
export async function violations(page) {
  // Evaluated by the test driver, not as a script element: the page's policy refuses inline scripts.
  await page.evaluate(axe);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** The unrounded value of a result, or null when it has none. */
export async function metric(page, name) {
  const v = await page.getAttribute(`[data-metric="${name}"]`, 'data-value');
  return v === '' || v === null ? null : Number(v);
}

/** The visible text of a result, with the non-breaking spaces of Intl as plain spaces. */
export async function shown(page, name) {
  const t = await page.textContent(`[data-metric="${name}"]`);
  return t.replace(/[\u00a0\u202f]/g, ' ');
}

/** Waits until result `name` is within 1e-6 (relative) of `want`. */
export async function waitForMetric(page, name, want) {
  await page.waitForFunction(
    ([n, w]) => {
      const v = document.querySelector(`[data-metric="${n}"]`)?.dataset.value;
      return v !== undefined && v !== '' && Math.abs(Number(v) - w) <= 1e-6 * Math.max(1, Math.abs(w));
    },
    [name, want],
  );
}

/**
 * Serves dist/ and launches Chromium for the tests of one file; returns an object whose
 * `server` and `browser` are set once the tests start.
 */
export function setUp() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve('dist');
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

/** Checks what must hold on every page at the end of a test, then closes its context. */
export async function finish({ page, context, record }) {
  assert.doesNotMatch(await page.innerText('body'), /NaN|Infinity|undefined/);
  assert.deepEqual(record.errors, [], 'no console errors');
  assert.deepEqual(record.foreign, [], 'no request to another host');
  assert.deepEqual(record.dialogs, [], 'no dialogs');
  await context.close();
}

/** Opens the name and actions of the edited scenario (one step away on the page). */
export async function manage(page) {
  if (!(await page.locator('.scenario-manage').evaluate((d) => d.open))) await page.click('.scenario-manage > summary');
}
