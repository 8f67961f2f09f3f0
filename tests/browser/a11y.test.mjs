// Accessibility of the built app, checked by axe-core (WCAG 2.1 A and AA rules) in headless
// Chromium: the first view, bad input marked, several scenarios compared, realised results, English,
// ranges with the bands and the tornado.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enter, finish, open, setUp, violations } from './harness.mjs';

const env = setUp();

test('the first view has no WCAG A/AA violations', async () => {
  const opened = await open(env.browser, env.server.url);
  assert.deepEqual(await violations(opened.page), []);
  await finish(opened);
});

test('marked fields and a comparison have no WCAG A/AA violations', async () => {
  const query = '?base=1&edit=2&s=Plan,569,18,n139,52.5,15000,60,0,0,0,2.25&s=Variant,abc,18,p15,50,15000,12,8,20,400000,2.25';
  const opened = await open(env.browser, env.server.url, query);
  await opened.page.waitForSelector('.page-main .comparison-table');
  assert.equal(await opened.page.locator('[aria-invalid="true"]').count(), 2);
  assert.deepEqual(await violations(opened.page), []);
  await finish(opened);
});

test('realised results with a bad field and a flagged check have no WCAG A/AA violations', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await page.getByRole('button', { name: 'Nacalculatie', exact: true }).click();
  await page.getByRole('button', { name: 'Haarlem SAMEN 1997–2002', exact: true }).click();
  await enter(page, 'input[name="realised_period"]', '0');
  await page.waitForSelector('.check');
  await page.waitForSelector('input[name="realised_period"][aria-invalid="true"]');
  assert.deepEqual(await violations(page), []);
  await finish(opened);
});

test('ranges with a marked end, the bands and the tornado have no WCAG A/AA violations, in both languages', async () => {
  for (const lang of ['nl', 'en']) {
    const query = `?caseload=569&period=18&exits=139&exits_low=110&exits_high=160&cost_low=veel&baseline_high=8&project_cost=300000&lang=${lang}`;
    const opened = await open(env.browser, env.server.url, query);
    const { page } = opened;
    await page.waitForFunction(() => document.querySelector('[data-metric="net_result_p90"]')?.dataset.value);
    await page.waitForSelector('[data-sensitivity="exits"]');
    assert.equal(await page.getAttribute('#input-cost_low', 'aria-invalid'), 'true');
    assert.deepEqual(await violations(page), [], lang);
    await finish(opened);
  }
});

test('the English page has no WCAG A/AA violations', async () => {
  const opened = await open(env.browser, env.server.url, '?lang=en');
  await opened.page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(await violations(opened.page), []);
  await finish(opened);
});

test('the embedded page (embed=1), in English and with a marked field, has no WCAG A/AA violations', async () => {
  const opened = await open(env.browser, env.server.url, '?caseload=569&period=18&exits=abc&embed=1&lang=en');
  const { page } = opened;
  await page.waitForSelector('.page-main--embed [aria-invalid="true"]');
  assert.deepEqual(await violations(page), []);
  // The frame of a host page is narrow: nothing sticks out of the embedded page at 390 px.
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  await finish(opened);
});

test('the check finds a planted violation (it can fail)', async () => {
  const opened = await open(env.browser, env.server.url);
  await opened.page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:,';
    document.querySelector('.page-main').append(img);
  });
  const found = await violations(opened.page);
  assert.ok(found.some((v) => v.startsWith('image-alt:')), found.join('\n'));
  await opened.context.close();
});

// WCAG 2.2's 2.4.11 (focus not obscured): on a phone the headline stays in a bar fixed at the
// bottom of the screen, and the browser scrolls a field reached with Tab just into view, under
// that bar (the "Splits in groepen" button was hidden behind it).
test('on a phone no element reached with Tab is hidden behind the headline bar', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.results-sticky')).position === 'fixed');
  const hidden = [];
  for (let i = 0; i < 45; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const focused = document.activeElement;
      const bar = document.querySelector('.results-sticky').getBoundingClientRect();
      const box = focused.getBoundingClientRect();
      // Partly hidden counts too: all of it above the bar, or, for a region taller than the
      // screen above the bar, its top.
      const obscured = box.height < bar.top ? box.bottom > bar.top + 0.5 : box.top >= bar.top;
      return obscured && { name: focused.id || focused.textContent.trim().slice(0, 40), bottom: box.bottom, barTop: bar.top };
    });
    if (seen) hidden.push(seen);
  }
  assert.deepEqual(hidden, []);
  await finish(opened);
});

// A pressed button (the mode, the example) stays filled while hovered or focused: the design
// system's hover and focus colours took over its pressed look, and both modes looked unpressed.
test('a pressed button keeps its pressed look when hovered or focused', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  const pressed = page.locator('.mode-switch button[aria-pressed="true"]');
  const other = page.locator('.mode-switch button[aria-pressed="false"]');
  const look = (button) => button.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
  await page.mouse.move(0, 0);
  const filled = await look(pressed);
  assert.notDeepEqual(filled, await look(other), 'pressed and not pressed look alike at rest');
  await pressed.hover();
  assert.notDeepEqual(await look(pressed), await look(other), 'hovered');
  assert.equal((await look(pressed))[1], filled[1], 'hovered: its text colour');
  await page.mouse.move(0, 0);
  await pressed.focus();
  assert.deepEqual(await look(pressed), filled, 'focused');
  await finish(opened);
});

// Past the form to the results: the page's first Tab stop is a link, shown while it has the
// focus, that takes the focus to the results (some thirty fields before them otherwise).
test('the first Tab reaches a visible link past the form to the results', async () => {
  for (const [query, words] of [['', 'Direct naar de resultaten'], ['?lang=en', 'Skip to the results']]) {
    const opened = await open(env.browser, env.server.url, query);
    const { page } = opened;
    const hidden = await page.locator('.utrecht-skip-link').evaluate((a) => a.getBoundingClientRect().bottom <= 0);
    assert.ok(hidden, 'out of sight until focused');
    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => {
      const a = document.activeElement;
      const box = a.getBoundingClientRect();
      return { text: a.textContent, visible: box.top >= 0 && box.bottom <= innerHeight && box.width > 0 };
    });
    assert.deepEqual(link, { text: words, visible: true }, query);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'results');
    await finish(opened);
  }
});

// The focus ring is seen on any background: the theme's amber (1.7:1 on white, too pale alone)
// around a dark inner ring (over 15:1 on white), on a field, a button and our own elements.
test('the focus ring has a dark inner ring beside the amber one', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  const ring = async (selector) => {
    await page.locator(selector).first().focus();
    return page.locator(selector).first().evaluate((el) => {
      const style = getComputedStyle(el);
      return { focusVisible: el.matches(':focus-visible'), outline: `${style.outlineStyle} ${style.outlineWidth}`, shadow: style.boxShadow };
    });
  };
  // A button matches :focus-visible once the keyboard was used.
  await page.keyboard.press('Tab');
  for (const selector of ['#input-caseload', '.mode-switch button', '#results']) {
    const seen = await ring(selector);
    assert.ok(seen.focusVisible, `${selector} shows its focus`);
    assert.equal(seen.outline, 'solid 3px', selector);
    assert.match(seen.shadow, /rgb\(27, 31, 36\) 0px 0px 0px [23]px/, `${selector}: ${seen.shadow}`);
  }
  await finish(opened);
});
