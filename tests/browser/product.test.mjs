// Browser tests of the page as a product: offline after one visit, a new version offered and
// not forced, the Content-Security-Policy, the manifest and its icons. Every test waits for a
// condition; none sleeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finish, metric, open, serve, setUp, waitForMetric } from './harness.mjs';

const env = setUp();

const HAARLEM_LINK =
  '?caseload=280&period=60&exits=128&work=66.40625&cost=14400&horizon=120&baseline=8&return=0&project_cost=150000&discount=2.25';

/** Waits until the service worker has cached the build and controls the page. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker.controller !== undefined);
}

test('after one visit the page and a link with parameters work offline, nothing fetched from the network', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page, context } = opened;
  await controlled(page);
  await context.setOffline(true);
  const network = [];
  page.on('response', (r) => { if (!r.url().startsWith('data:') && !r.fromServiceWorker()) network.push(r.url()); });
  page.on('requestfailed', (r) => network.push(`failed ${r.url()}`));
  await page.goto(`${env.server.url}/${HAARLEM_LINK}`);
  await page.waitForSelector('.page-main');
  await waitForMetric(page, 'exits_work', 85);
  assert.ok(Math.abs((await metric(page, 'exits')) - 128) < 1e-9);
  assert.equal(await page.inputValue('#input-caseload'), '280');
  assert.deepEqual(network, [], 'every file from the service worker');
  await context.setOffline(false);
  await finish(opened);
});

test('a new version is offered ("Nieuwe versie beschikbaar — herladen"), not swapped in, and takes over when chosen', async () => {
  // A copy of the build, so that a new version can be published under the test's hands.
  const dir = await mkdtemp(join(tmpdir(), 'uitstroom-'));
  await cp('dist', dir, { recursive: true });
  const server = await serve(dir);
  try {
    const opened = await open(env.browser, server.url, HAARLEM_LINK);
    const { page } = opened;
    await controlled(page);
    assert.equal(await page.locator('.notice--update').count(), 0);
    const worker = await readFile(join(dir, 'sw.js'), 'utf8');
    const next = worker.replace(/const VERSION = '[^']*'/, "const VERSION = 'next'");
    assert.notEqual(next, worker);
    await writeFile(join(dir, 'sw.js'), next);
    // A visit checks for a new version; it installs and waits.
    await page.reload();
    const notice = page.locator('.notice--update');
    await notice.waitFor();
    assert.match((await notice.innerText()).replace(/\s+/g, ' '), /^Nieuwe versie beschikbaar — herladen$/);
    // The page the user works in stays as it was until they choose.
    await page.fill('#input-caseload', '300');
    await waitForMetric(page, 'exits', 128 * 300 / 280);
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button').click()]);
    await page.waitForSelector('.page-main');
    await page.waitForFunction(async () => (await caches.keys()).join() === 'uitstroomrekenaar-next');
    assert.equal(await page.locator('.notice--update').count(), 0);
    assert.equal(await page.inputValue('#input-caseload'), '300', 'the link kept what was typed');
    await finish(opened);
  } finally {
    server.close();
    await rm(dir, { recursive: true });
  }
});

test('the page runs under its Content-Security-Policy without violations, and the policy holds', async () => {
  const opened = await open(env.browser, env.server.url, '', () => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const { page } = opened;
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(policy, /'unsafe-eval'|'unsafe-inline'|https?:|data:|\*/);
  // Use the page: type, switch language and mode, open the method, print the report.
  await page.fill('#input-caseload', '600');
  await waitForMetric(page, 'exits', 600 * 139 / 569);
  await page.click('.language-switch button:not([aria-pressed="true"])');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('.mode-switch button:not([aria-pressed="true"])');
  await page.waitForSelector('section.realised');
  await controlled(page);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  // The policy is enforced: a script the page did not ship does not run.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    return window.injected === true;
  });
  assert.equal(ran, false);
  await page.waitForFunction(() => window.violations.some((v) => v.startsWith('script-src')));
  opened.record.errors = opened.record.errors.filter((e) => !/Content Security Policy/.test(e));
  await finish(opened);
});

test('the manifest is installable: relative start and scope, and its icons are the sizes it says', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  const href = await page.getAttribute('link[rel="manifest"]', 'href');
  const manifest = await (await page.request.get(`${env.server.url}/${href}`)).json();
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.name, 'Uitstroomrekenaar');
  assert.ok(manifest.icons.some((i) => i.type === 'image/svg+xml'));
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, icon.src);
    assert.equal(size, icon.sizes);
  }
  await finish(opened);
});


test('embedded (embed=1): one scenario, its link to the full calculator, and nothing saved over the user\'s own set', async () => {
  // The user's own set, saved by the full page.
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await page.fill('#input-caseload', '700');
  await page.waitForFunction(() => (localStorage.getItem('uitstroomrekenaar.scenarios') ?? '').includes('"700"'));
  const saved = await page.evaluate(() => localStorage.getItem('uitstroomrekenaar.scenarios'));

  await page.goto(`${env.server.url}/${HAARLEM_LINK}&embed=1`);
  await waitForMetric(page, 'exits_work', 85);
  assert.equal(await page.locator('.scenario-manage, .preset-bar, .mode-switch, .notice, .comparison, .file-panel').count(), 0);
  await page.fill('#input-caseload', '560');
  await waitForMetric(page, 'exits', 256);
  await page.waitForFunction(() => location.search.includes('embed=1') && location.search.includes('560'));
  const full = page.getByRole('link', { name: 'Open in de volledige rekenaar' });
  const href = await full.getAttribute('href');
  assert.match(href, /[?&]caseload=560|s=,560,/);
  assert.doesNotMatch(href, /embed/);
  assert.equal(await page.evaluate(() => localStorage.getItem('uitstroomrekenaar.scenarios')), saved);

  // The full calculator from that link shows the scenario (and still keeps the saved set).
  await page.goto(href);
  await waitForMetric(page, 'exits', 256);
  assert.ok(await page.locator('.scenario-manage').count() > 0);
  await finish(opened);
});

test('an example host page embeds the calculator and reads the results it posts', async () => {
  const host = await serve('examples');
  try {
    const opened = await open(env.browser, host.url, `embed-host.html?app=${encodeURIComponent(`${env.server.url}/`)}`, undefined, 'h1');
    const { page } = opened;
    const hostValue = (name) => page.getAttribute(`[data-host-metric="${name}"]`, 'data-value');
    await page.waitForSelector('[data-host-metric="savings_per_year"]');
    assert.ok(Math.abs(Number(await hostValue('savings_per_year')) - 2_085_000) < 1e-6);
    assert.ok(Math.abs(Number(await hostValue('exits')) - 139) < 1e-9);
    assert.equal(await hostValue('return_ratio'), '');
    // Every name the page publishes as data-metric, with the same unrounded value.
    const frame = page.frameLocator('#calculator');
    const inFrame = await frame.locator('[data-metric]').evaluateAll((els) => els.map((e) => [e.dataset.metric, e.dataset.value]));
    assert.equal(inFrame.length, 28);
    // The message names every figure the page can publish: the 28 results (the routes' four
    // among them, 0 without routes) and the 10 band figures, which are null without ranges.
    assert.equal(await page.locator('[data-host-metric]').count(), 38);
    assert.equal(await hostValue('savings_per_year_p10'), '');
    for (const [name, value] of inFrame) {
      const posted = await hostValue(name);
      assert.equal(posted === '' ? null : Number(posted), value === '' ? null : Number(value), name);
    }
    // Who pays and who gains, by party: the BUIG's net is the saving over the horizon, the
    // municipality pays the project (none here), no clients' row without their gain.
    const hostParty = async (name) => Number(await page.getAttribute(`[data-host-party="${name}"]`, 'data-value'));
    assert.equal(await hostParty('buig.net'), Number(Object.fromEntries(inFrame).savings_total));
    assert.equal(await hostParty('municipality.cost'), 0);
    assert.equal(await hostParty('total'), await hostParty('buig.net') + await hostParty('municipality.net'));
    assert.equal(await page.locator('[data-host-party^="clients."]').count(), 0);
    // A change in the frame reaches the host, with a link that opens the scenario.
    await frame.locator('#input-caseload').fill('1138');
    await page.waitForFunction(() => Math.abs(Number(document.querySelector('[data-host-metric="exits"]')?.dataset.value) - 278) < 1e-9);
    assert.ok(Math.abs(Number(await hostValue('savings_per_year')) - 4_170_000) < 1e-6);
    assert.match(await page.getAttribute('#link', 'href'), /^http:\/\/127\.0\.0\.1:\d+\/\?.*1138/);
    // The host page itself fetched nothing but its own page and the calculator's origin.
    opened.record.foreign = opened.record.foreign.filter((u) => !u.startsWith(env.server.url));
    await finish(opened);
  } finally {
    host.close();
  }
});

test('the service worker is registered only after the first result is on the page (caching must not delay it)', async () => {
  const opened = await open(env.browser, env.server.url, '', () => {
    window.order = [];
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => { window.order.push('register'); return register(...args); };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-metric="savings_per_year"]')?.dataset.value) {
        window.order.push('result');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  const { page } = opened;
  await controlled(page);
  assert.deepEqual(await page.evaluate(() => window.order), ['result', 'register']);
  await finish(opened);
});
