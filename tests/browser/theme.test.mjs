// A municipality's house style: the page built with a second theme from npm, the NL Design
// System's example theme (`@nl-design-system-unstable/voorbeeld-design-tokens`, class
// `voorbeeld-theme`), by `THEME_CSS=… THEME_CLASS=voorbeeld-theme trunk build --release --dist
// target/themed-dist` (scripts/test.sh builds it before these tests). Its colours reach a button
// and the headline, axe finds no WCAG A/AA violation, the answer is on the first screen, the
// policy is not broken, the embedded page wears it and it works offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { finish, launch, open, serve, violations, waitForMetric } from './harness.mjs';

const THEMED = 'target/themed-dist';
const env = { themed: null, plain: null, browser: null };
before(async () => {
  env.themed = await serve(THEMED);
  env.plain = await serve('dist');
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  env.themed?.close();
  env.plain?.close();
});

/** What a theme's token resolves to in the page, as a computed colour. */
function tokenColour(page, token) {
  return page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, token);
}

/** The colours a theme decides: the chosen example's button, the headline figure, and what the
 * theme's primary action token resolves to in that page. */
async function colours(page) {
  return {
    ...await page.evaluate(() => ({
      theme: document.documentElement.className,
      button: getComputedStyle(document.querySelector('.preset-button[aria-pressed="true"]')).backgroundColor,
      headline: getComputedStyle(document.querySelector('.headline-value')).color,
    })),
    token: await tokenColour(page, '--utrecht-button-primary-action-background-color'),
  };
}

test('the second theme colours a button and the headline, and nothing else changes', async () => {
  const themed = await open(env.browser, env.themed.url);
  const plain = await open(env.browser, env.plain.url);
  const [t, p] = [await colours(themed.page), await colours(plain.page)];
  assert.equal(t.theme, 'voorbeeld-theme');
  assert.equal(p.theme, 'uitstroomrekenaar-theme');
  assert.equal(p.button, 'rgb(11, 83, 148)', 'our own theme: #0b5394');
  assert.equal(t.button, t.token, 'the button wears the theme\'s primary action colour');
  assert.notEqual(t.button, p.button);
  assert.notEqual(t.headline, p.headline);
  // The same page otherwise: the same figures and form.
  assert.equal(await themed.page.getAttribute('[data-metric="savings_per_year"]', 'data-value'),
    await plain.page.getAttribute('[data-metric="savings_per_year"]', 'data-value'));
  await themed.page.fill('#input-caseload', '600');
  await waitForMetric(themed.page, 'exits', 600 * 139 / 569);
  await finish(themed);
  await finish(plain);
});

test('the themed page has no WCAG A/AA violations, in both languages', async () => {
  for (const query of ['', '?lang=en']) {
    const opened = await open(env.browser, env.themed.url, query);
    assert.deepEqual(await violations(opened.page), [], query);
    await finish(opened);
  }
});

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`the themed page holds the answer on the first screen at ${width}×${height}`, async () => {
    const opened = await open(env.browser, env.themed.url);
    const { page } = opened;
    await page.setViewportSize({ width, height });
    const phone = width < 600;
    const selector = phone ? '.results-sticky' : '.headline-value';
    const box = await page.$eval(selector, (e) => e.getBoundingClientRect().toJSON());
    assert.ok(box.height > 0 && box.bottom <= height, `${selector} ends at ${box.bottom} px`);
    assert.match(await page.innerText(selector), /2\.085\.000/);
    await finish(opened);
  });
}

test('the theme keeps the policy: no violation, no data: image, its class in the embedded page too', async () => {
  const html = readFileSync(`${THEMED}/index.html`, 'utf8');
  assert.match(html, /\.voorbeeld-theme\{?|\.voorbeeld-theme \{/);
  assert.doesNotMatch(html, /data:image/, 'the theme\'s data: images are left out');
  assert.doesNotMatch(html, /\sstyle=/, 'no style attributes');
  const opened = await open(env.browser, env.themed.url, '?embed=1', () => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const { page } = opened;
  assert.equal(await page.evaluate(() => document.documentElement.className), 'voorbeeld-theme');
  const headline = await page.$eval('.headline-value', (e) => getComputedStyle(e).color);
  assert.equal(headline, await tokenColour(page, '--utrecht-button-primary-action-hover-background-color'), 'the embedded headline wears the theme');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await finish(opened);
});

test('the themed page works offline after one visit, in its theme', async () => {
  const opened = await open(env.browser, env.themed.url);
  const { page, context } = opened;
  await page.waitForFunction(() => navigator.serviceWorker?.controller);
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.getElementById('app')?.dataset.ready !== undefined);
  assert.equal(await page.evaluate(() => document.documentElement.className), 'voorbeeld-theme');
  const { button, token } = await colours(page);
  assert.equal(button, token);
  await context.setOffline(false);
  await finish(opened);
});
