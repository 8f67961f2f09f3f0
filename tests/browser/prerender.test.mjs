// Browser tests of the prerendered first screen (issue 28): the built page holds the default's
// answer before any script runs; every other visitor never has the default's figures in the
// page; every prerendered figure reads as the app writes it; what is typed or clicked before
// the app takes over is kept. Every test waits for a condition; none sleeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { finish, metric, open, setUp } from './harness.mjs';

const env = setUp();
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ').trim();

test('the built page holds the default answer before any script runs', () => {
  const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const template = /<script type=text\/x-prerender id=app-prerender>([\s\S]*?)<\/script>/.exec(html);
  assert.ok(template, 'a prerendered first screen');
  assert.match(template[1], /data-metric="savings_per_year" data-value="2085000[^"]*"[^>]*>€\s2\.085\.000</);
  assert.match(template[1], /id="input-caseload"[^>]*value="569"|value="569"[^>]*id="input-caseload"/);
});

/** Records, from the first byte, every figure of `data-metric` that enters the page, with its
 * text then, and the figures as the prerender put them, when it did. */
function watch() {
  window.seenFigures = [];
  window.prerendered = null;
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        for (const el of [node, ...node.querySelectorAll('[data-metric]')]) {
          if (el.dataset?.metric) window.seenFigures.push([el.dataset.metric, el.textContent]);
        }
      }
    }
    const app = document.getElementById('app');
    if (app && 'prerendered' in app.dataset && !window.prerendered && !('ready' in app.dataset)) {
      window.prerendered = Object.fromEntries([...app.querySelectorAll('[data-metric]')].map((e) => [e.dataset.metric, e.textContent]));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

test('every prerendered figure reads as the app writes it, and the page lives on', async () => {
  const opened = await open(env.browser, env.server.url, '', `(${watch})();`);
  const { page } = opened;
  const before = await page.evaluate(() => window.prerendered);
  assert.ok(before && Object.keys(before).length >= 20, 'the default visitor sees the prerendered figures');
  const after = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#app [data-metric]')].map((e) => [e.dataset.metric, e.textContent])));
  for (const [name, text] of Object.entries(before)) assert.equal(after[name], text, name);
  // The app works after it takes over.
  await page.fill('#input-caseload', '600');
  await page.waitForFunction(() => document.querySelector('[data-metric="exits"]')?.dataset.value > 146);
  await finish(opened);
});

for (const [who, query, init] of [
  ['a link for another scenario', '?caseload=280&exits=128', undefined],
  ['English asked for', '?lang=en', undefined],
  ['English remembered', '', () => localStorage.setItem('uitstroomrekenaar.taal', 'en')],
  // The page then has them beside its plan: not the prerendered page, which it must not hydrate.
  ['stored realised results', '', () => localStorage.setItem('uitstroomrekenaar.nacalculatie', JSON.stringify({ caseload: '569', exits_work: '73', exits_other: '66' }))],
  ['a stored set', '', () => localStorage.setItem('uitstroomrekenaar.scenarios', JSON.stringify({
    format: 'uitstroomrekenaar-scenarios', version: 1, base: 1, editing: 1,
    scenarios: [{ name: 'Eigen', inputs: { caseload: '100', exits: '10', period: '12' } }],
  }))],
]) {
  test(`${who}: the default's figures are never in the page`, async () => {
    // Both run in the page from the first byte: an init script is the functions' source.
    const opened = await open(env.browser, env.server.url, query, `${init ? `(${init})();` : ''}(${watch})();`);
    const { page } = opened;
    const seen = await page.evaluate(() => window.seenFigures);
    assert.ok(seen.length > 0, 'the app rendered its own figures');
    assert.ok(!seen.some(([name, text]) => name === 'savings_per_year' && text === '€ 2.085.000'), JSON.stringify(seen.slice(0, 3)));
    assert.equal(await page.evaluate(() => 'prerendered' in document.getElementById('app').dataset), false);
    await finish(opened);
  });
}

/** Opens the default page with the app's WebAssembly held back until `release()`. */
async function openHeld() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(/uitstroomrekenaar-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(`${env.server.url}/`, { waitUntil: 'commit' });
  await page.waitForSelector('#app[data-prerendered] #input-caseload');
  return { context, page, release };
}

test('what is typed before the app takes over is kept, with its result, the focus and the caret', async () => {
  const { context, page, release } = await openHeld();
  await page.click('#input-caseload');
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  assert.equal(await page.inputValue('#input-caseload'), '5690');
  assert.equal(await page.evaluate(() => 'ready' in document.getElementById('app').dataset), false, 'typed before the takeover');
  release();
  await page.waitForSelector('#app[data-ready]', { state: 'attached' });
  assert.equal(await page.inputValue('#input-caseload'), '5690');
  // The share is held, so the exits follow the caseload tenfold: its result is shown.
  await page.waitForFunction(() => Math.abs(document.querySelector('[data-metric="exits"]')?.dataset.value - 1390) < 1e-6);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'input-caseload');
  assert.deepEqual(await page.evaluate(() => [document.activeElement.selectionStart, document.activeElement.selectionEnd]), [4, 4]);
  // And right after: typing goes on as in any page.
  await page.keyboard.type('1');
  await page.waitForFunction(() => document.querySelector('#input-caseload').value === '56901');
  await page.waitForFunction(() => Math.abs(document.querySelector('[data-metric="exits"]')?.dataset.value - (139 * 56_901) / 569) < 1e-6);
  await context.close();
});

test('a button clicked before the app takes over is not lost', async () => {
  const { context, page, release } = await openHeld();
  await page.click('.language-switch button');
  release();
  await page.waitForSelector('#app[data-ready]', { state: 'attached' });
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(plain(await page.textContent('[data-metric="savings_per_year"]')), /^€2,085,000$/);
  assert.equal(await metric(page, 'exits') > 138, true);
  await context.close();
});

test('an address that would not change is not written again', async () => {
  const first = await open(env.browser, env.server.url, '?caseload=280&exits=128');
  await first.page.waitForFunction(() => location.search.startsWith('?base='));
  const own = await first.page.evaluate(() => location.search);
  await finish(first);
  const opened = await open(env.browser, env.server.url, own, () => {
    window.writes = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args) => { window.writes += 1; return replace(...args); };
  });
  const { page } = opened;
  // The writer runs after a frame and then in a task: let both pass.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done)))));
  assert.equal(await page.evaluate(() => window.writes), 0, 'its own address is not written again');
  await page.fill('#input-caseload', '281');
  await page.waitForFunction((before) => location.search !== before, own);
  assert.equal(await page.evaluate(() => window.writes), 1);
  await finish(opened);
});
