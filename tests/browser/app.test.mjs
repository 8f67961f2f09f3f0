// Browser tests of the built app (dist/) in headless Chromium: what only a browser can show.
// Every test waits for a condition; none sleeps. Run by scripts/test.sh after `trunk build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enter, finish, linePlacement, metric, open, setUp, shown, waitForMetric } from './harness.mjs';

const env = setUp();

// The address carries the whole set: one s= per scenario (name, then the inputs in order).
const SCHIEDAM_QUERY = '?base=1&edit=1&s=,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09';

test('opens on the Schiedam example with its figures in Dutch form', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  assert.equal(await shown(page, 'savings_per_year'), '€ 2.085.000');
  assert.ok(Math.abs((await metric(page, 'savings_per_year')) - 2_085_000) < 1e-6);
  assert.ok(Math.abs((await metric(page, 'exits')) - 139) < 1e-9);
  assert.equal(await shown(page, 'exit_share'), '24,4%');
  assert.equal(await shown(page, 'exits_work'), '73 cliënten');
  assert.equal(await shown(page, 'exits_other'), '66 cliënten');
  assert.equal(await metric(page, 'return_ratio'), null);
  assert.equal(await page.inputValue('#input-exit'), '24,43');
  assert.match(await page.textContent('.preset-note'), /Met Kompas Koersen Naar Eigen Kracht/);
  await page.waitForFunction((q) => location.search === q, SCHIEDAM_QUERY);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await finish(opened);
});

test('typing updates the results and the address at every keystroke', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  // The caseload changes: the share (139 / 569, exactly) is held and the count follows.
  await page.fill('#input-caseload', '1000');
  const exits = 1000 * 139 / 569;
  await waitForMetric(page, 'savings_per_year', exits * 15_000);
  assert.equal(await page.inputValue('#input-exits'), '244,3');
  await page.waitForFunction(() => location.search.includes('s=,1000,18,p24.42882249560633,'));

  await page.fill('#input-work', '60');
  await waitForMetric(page, 'exits_work', 0.6 * exits);

  // Key by key, with Dutch thousands grouping: every intermediate state is valid or marked.
  await page.fill('#input-cost', '');
  await page.locator('#input-cost').pressSequentially('20.000');
  await waitForMetric(page, 'savings_per_year', exits * 20_000);
  assert.equal(await shown(page, 'savings_per_year'), '€ 4.885.764');
  await page.waitForFunction(() => location.search.includes(',60,20000,60,'));
  assert.equal(await page.getAttribute('#input-cost', 'aria-invalid'), 'false');
  await finish(opened);
});

test('a link reproduces its scenario, also in a fresh browser profile', async () => {
  const query =
    '?caseload=280&period=60&exits=128&work=66.40625&cost=14400&horizon=120&baseline=8&return=0&project_cost=150000&discount=2.25';
  const opened = await open(env.browser, env.server.url, query);
  const { page } = opened;
  assert.equal(await page.inputValue('#input-caseload'), '280');
  assert.equal(await page.inputValue('#input-work'), '66,40625');
  assert.ok(Math.abs((await metric(page, 'exits')) - 128) < 1e-9);
  assert.ok(Math.abs((await metric(page, 'exits_work')) - 85) < 1e-9);
  // Without the project 8% a year leave: after 60 months 280 × 0,92^5 remain.
  const baselineLeft = 280 * 0.92 ** 5;
  assert.ok(Math.abs((await metric(page, 'exits_baseline')) - (280 - baselineLeft)) < 1e-6);
  assert.ok(Math.abs((await metric(page, 'savings_per_year')) - (baselineLeft - 152) * 14_400) < 1e-6);
  assert.ok((await metric(page, 'return_ratio')) > 0);
  // A link in the calculator's single-scenario format still opens; the address then carries
  // it in the set format.
  await page.waitForFunction(() => location.search === '?base=1&edit=1&s=,280,60,n128,66.40625,14400,120,8,0,150000,2.25,2008-09');

  // Change it, then open the address in a new context, as a colleague would.
  await page.fill('#input-return', '20');
  await page.waitForFunction(() => location.search.includes(',120,8,20,150000,'));
  const address = page.url();
  const savings = await metric(page, 'savings_total');
  const other = await open(env.browser, env.server.url, address.slice(env.server.url.length + 1));
  assert.equal(await metric(other.page, 'savings_total'), savings);
  assert.equal(await other.page.inputValue('#input-return'), '20');
  await finish(other);
  await finish(opened);
});

test('bad input is marked with what is allowed, and the results stay on valid values', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await enter(page, '#input-period', 'abc');
  await page.waitForSelector('#input-period[aria-invalid="true"]');
  assert.match(await page.textContent('#input-period-problem'), /geen getal.*Toegestaan: van 1 tot en met 120 maanden, hele getallen\./);
  assert.match(await page.getAttribute('#input-period', 'aria-describedby'), /input-period-problem/);
  assert.match(await page.textContent('.results-notice'), /laatste geldige waarde: looptijd van het project: 18 maanden/);
  assert.ok(Math.abs((await metric(page, 'savings_per_year')) - 2_085_000) < 1e-6);
  assert.equal(await page.inputValue('#input-period'), 'abc', 'the raw text stays');
  await page.waitForFunction(() => location.search.includes('s=,569,abc,n139,'));

  await enter(page, '#input-period', '24');
  await enter(page, '#input-horizon', '12');
  await page.waitForSelector('#input-horizon[aria-invalid="true"]');
  assert.match(await page.textContent('#input-horizon-problem'), /minstens zo lang zijn als de looptijd \(24 maanden\)/);
  await enter(page, '#input-horizon', '36');
  await page.waitForSelector('#input-horizon[aria-invalid="false"]');
  await page.waitForSelector('.results-notice', { state: 'detached' });
  assert.match(await page.textContent('.page-main .chart-period-label'), /24 mnd/);

  await enter(page, '#input-exits', '600');
  await page.waitForSelector('#input-exits[aria-invalid="true"]');
  assert.match(await page.textContent('#input-exits-problem'), /niet meer uitstromers zijn dan cliënten\. Toegestaan: van 0 tot en met 569 cliënten/);
  await finish(opened);
});

test('a problem in what is being typed waits until the field is left; the results follow every keystroke', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await page.click('#input-caseload');
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  await waitForMetric(page, 'exits', 5690 * 139 / 569);
  await page.keyboard.type('x');
  // 5690x is no number: the results keep the last valid value, the field says nothing yet.
  await page.waitForFunction(() => location.search.includes('s=,5690x,'));
  assert.equal(await page.getAttribute('#input-caseload', 'aria-invalid'), 'false');
  assert.equal(await page.locator('#input-caseload-problem').count(), 0);
  assert.match(await page.textContent('.results-notice'), /laatste geldige waarde/);
  await page.keyboard.press('Tab');
  await page.waitForSelector('#input-caseload[aria-invalid="true"]');
  assert.match(await page.getAttribute('#input-caseload', 'aria-describedby'), /input-caseload-problem/);
  assert.match(await page.textContent('#input-caseload-problem'), /Toegestaan/);
  // Back in the field, typing again: the message waits again until it is left.
  await page.click('#input-caseload');
  await page.keyboard.press('Backspace');
  await page.waitForSelector('#input-caseload[aria-invalid="false"]');
  await finish(opened);
});

test('a link with bad values opens with them marked, shown as text, and defaults used', async () => {
  const query = '?caseload=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&period=abc&cost=1e999&work=52.5';
  const opened = await open(env.browser, env.server.url, query);
  const { page } = opened;
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 3);
  assert.equal(await page.inputValue('#input-caseload'), '<img src=x onerror=alert(1)>');
  assert.equal(await page.locator('img').count(), 0, 'markup from the link is not rendered');
  assert.match(await page.textContent('.results-notice'), /standaardwaarde van het voorbeeld Schiedam/);
  assert.ok(Math.abs((await metric(page, 'savings_per_year')) - 2_085_000) < 1e-6);
  // The page keeps working: fixing a field takes effect at once.
  await page.fill('#input-caseload', '100');
  await page.fill('#input-exits', '50');
  await waitForMetric(page, 'exits', 50);
  await finish(opened);
});

test('works with the keyboard: the presets are buttons in tab order', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent?.startsWith('Haarlem'))) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Haarlem SAMEN 1997–2002');
  await page.keyboard.press('Enter');
  await waitForMetric(page, 'exits', 128);
  assert.match(await page.textContent('.preset-note'), /Aangenomen/);
  assert.equal(await page.getAttribute('button[aria-pressed="true"]', 'aria-pressed'), 'true');

  await page.getByRole('button', { name: 'Leeg' }).click();
  await waitForMetric(page, 'savings_per_year', 0);
  assert.equal(await shown(page, 'savings_per_year'), '€ 0');
  await finish(opened);
});

test('the chart draws both paths and states its figures', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  assert.equal(await page.locator('.page-main svg.chart-svg path').count(), 2);
  const desc = await page.textContent('.page-main svg.chart-svg desc');
  assert.match(desc, /Schiedam 2008–2010: bij de start 569, na 18 maanden \(einde project\) 430, na 60 maanden 430\./);
  assert.match(desc, /Zonder project \(basis: Schiedam 2008–2010\): bij de start 569, na 18 maanden \(einde project\) 569/);
  const box = await page.locator('.page-main svg.chart-svg').boundingBox();
  assert.ok(box.width > 300 && box.height > 100, 'the chart has a size');
  await finish(opened);
});

test('a line lands on its axis, and keeps its path when another scenario raises the axis', async () => {
  // Two scenarios; the second is edited. A line's first point is its caseload at the start.
  const query = '?base=1&edit=2&s=Eerste,569,18,n139,52.5,15000,60,8,20,400000,2.25&s=Tweede,900,24,n300,52.5,15000,60,8,20,400000,2.25';
  const opened = await open(env.browser, env.server.url, query);
  const { page } = opened;
  const first = '.page-main .chart-svg path.chart-line--with[data-index="0"]';
  const placed = () => page.evaluate(linePlacement, [first, 569]);
  const before = await placed();
  assert.equal(before.top, 1000);
  assert.ok(Math.abs(before.y - before.expected) < 0.5, JSON.stringify(before));
  // Drawn in the page's pixels at the drawing's width for it (2 of its units), as the page is wide.
  assert.equal(before.vectorEffect, 'non-scaling-stroke');
  assert.ok(Math.abs(before.stroke - 2 * before.scale) < 0.01, JSON.stringify(before));
  await enter(page, '#input-caseload', '2000');
  await page.waitForFunction(() => [...document.querySelectorAll('.page-main .chart-tick text')].some((t) => t.textContent === '2.000'));
  const after = await placed();
  assert.equal(after.top, 2000);
  assert.ok(Math.abs(after.y - after.expected) < 0.5, JSON.stringify(after));
  assert.ok(after.y > before.y + 50, 'the line moved down the raised axis');
  // Its path was not written again: only the plot's scale changed.
  assert.equal(after.d, before.d);
  await finish(opened);
});

test('the budget view: Schiedam by calendar year, from its start in September 2008', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  const cell = (year, name) =>
    page.getAttribute(`[data-year="${year}"] [data-year-metric="${name}"]`, 'data-value').then(Number);
  await page.waitForSelector('[data-year="2013"]');
  const years = await page.$$eval('[data-year]', (rows) => rows.map((r) => r.dataset.year));
  assert.deepEqual(years, ['2008', '2009', '2010', '2011', '2012', '2013', 'total']);
  assert.deepEqual(await Promise.all(years.map((y) => cell(y, 'months'))), [4, 12, 12, 12, 12, 8, 60]);
  assert.ok(Math.abs((await cell('2011', 'saving')) - 2_085_000) < 1e-6);
  assert.ok(Math.abs((await cell('total', 'net_discounted')) - (await metric(page, 'net_result'))) < 1e-6);
  // The paragraph names the first full calendar year's saving.
  const saving2009 = await page.textContent('[data-year="2009"] [data-year-metric="saving"]');
  assert.match(await page.inputValue('#summary-text'), new RegExp(`In 2009, het eerste volledige kalenderjaar, scheelt dat ${saving2009.trim()}`));

  // A typed start moves the years; a bad one is marked and shown as typed.
  await enter(page, '#input-start', '2010-1');
  await page.waitForSelector('[data-year="2010"] [data-year-metric="months"][data-value="12"]');
  await page.waitForFunction(() => location.search.includes(',2010-01'));
  await enter(page, '#input-start', '2010-13');
  await page.waitForSelector('#input-start[aria-invalid="true"]');
  assert.equal(await page.inputValue('#input-start'), '2010-13');
  await finish(opened);
});

test('no result sticks out of its panel, from a 320 px phone to a 1280 px screen', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  for (const width of [320, 390, 800, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const sticking = await page.evaluate(() => [...document.querySelectorAll('.metric, .headline, .results')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent.slice(0, 40)));
    assert.deepEqual(sticking, [], `at ${width} px`);
  }
  await finish(opened);
});

for (const [width, height, lang] of [[1280, 800, 'nl'], [1280, 800, 'en'], [390, 844, 'nl'], [390, 844, 'en']]) {
  test(`on a ${width}×${height} screen (${lang}) the headline saving, the example's name and source, and caseload, period and exits are on the first screen`, async () => {
    const opened = await open(env.browser, env.server.url, lang === 'en' ? '?lang=en' : '');
    const { page } = opened;
    await page.setViewportSize({ width, height });
    const box = (selector) => page.$eval(selector, (e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, shown: r.height > 0 && getComputedStyle(e).visibility !== 'hidden' };
    });
    // On a phone the headline is in a bar at the bottom of the screen, over the page.
    const bar = await box('.results-sticky');
    const phone = width < 600;
    assert.equal(bar.shown, phone);
    const end = phone ? bar.top : height;
    const headline = phone ? bar : await box('.headline-value');
    assert.ok(headline.shown && headline.bottom <= height, `headline ends at ${headline.bottom} px`);
    assert.match(await page.innerText(phone ? '.results-sticky' : '.headline-value'), /2[.,]085[.,]000/);
    for (const selector of ['#input-caseload', '#input-period', '#input-exit', '.preset-note > summary', '.preset-bar .preset-button[aria-pressed="true"]']) {
      const b = await box(selector);
      assert.ok(b.shown && b.bottom <= end, `${selector} ends at ${b.bottom} px, the first screen at ${end} px`);
    }
    assert.match(await page.innerText('.preset-bar .preset-button[aria-pressed="true"]'), /Schiedam 2008–2010/);
    assert.match(await page.innerText('.preset-note > summary'), lang === 'en' ? /^Source: article Schiedam Kompas \(2010\)$/ : /^Bron: artikel Schiedam Kompas \(2010\)$/);
    assert.equal(await page.locator('#scenario-name').isVisible(), false, 'naming and arranging scenarios is one step away');
    // The whole note is one step away too.
    await page.click('.preset-note > summary');
    assert.match(await page.innerText('.preset-note'), /Met Kompas Koersen Naar Eigen Kracht/);
    await finish(opened);
  });
}

test('on a wide screen the results stay in view while the user scrolls through the inputs, and not in print', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await page.setViewportSize({ width: 1280, height: 800 });
  // Tabbing down the form brings each input just into view at the bottom of the screen.
  await page.$eval('#input-horizon', (e) => e.scrollIntoView({ block: 'end' }));
  // Within a pixel: the page scrolls by whole pixels, and a layout of fractional heights can
  // leave an input's bottom a fraction of a pixel below the window after scrollIntoView.
  const inView = (selector) => page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom < innerHeight + 1;
  });
  assert.ok(await inView('#input-horizon'));
  assert.ok(await inView('.headline-value'), 'the headline beside the last input');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.$eval('.page-output', (e) => getComputedStyle(e).position), 'static');
  await page.emulateMedia({ media: 'screen' });
  await finish(opened);
});

test('the address is written after the frame that shows the new result, not in the keystroke', async () => {
  const opened = await open(env.browser, env.server.url, '', () => {
    window.writes = [];
    let frames = 0;
    let framesAtInput = 0;
    const tick = () => { frames += 1; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    addEventListener('input', () => { framesAtInput = frames; }, true);
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args) => {
      window.writes.push({ framesSinceInput: frames - framesAtInput, query: String(args[2]) });
      return replace(...args);
    };
  });
  const { page } = opened;
  await page.evaluate(() => { window.writes = []; });
  await page.fill('#input-caseload', '5690');
  await page.waitForFunction(() => location.search.includes('s=,5690,'));
  const writes = await page.evaluate(() => window.writes);
  assert.ok(writes.length >= 1);
  for (const w of writes) assert.ok(w.framesSinceInput >= 1, `written ${w.framesSinceInput} frames after the keystroke: ${w.query}`);
  await finish(opened);
});

test('the sections below the results follow a burst of keystrokes to its last one', async () => {
  // The years, the budget, the comparison and the paragraph follow a keystroke's frame at an
  // idle moment, once for a burst (later.rs): after typing, they must show the last value's
  // figures, as a page opened with it does.
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await page.waitForSelector('[data-year="total"]');
  await page.fill('#input-caseload', '');
  await page.type('#input-caseload', '1234');
  await page.waitForFunction(() => location.search.includes('1234'));
  const other = await open(env.browser, env.server.url, page.url().slice(env.server.url.length + 1));
  await other.page.waitForSelector('[data-year="total"]');
  const want = await other.page.$$eval('[data-year-metric]', (cells) => cells.map((c) => c.dataset.value));
  // The paragraph after the scenario's name (the example's name on the typed page, "Scenario 1"
  // on the linked one).
  const said = (text) => text.slice(text.indexOf(':'));
  const paragraph = said(await other.page.inputValue('#summary-text'));
  assert.match(paragraph, /1\.234 cliënten/);
  await page.waitForFunction(([want, paragraph]) => {
    const text = document.querySelector('#summary-text')?.value ?? '';
    return JSON.stringify([...document.querySelectorAll('[data-year-metric]')].map((c) => c.dataset.value)) === JSON.stringify(want)
      && text.slice(text.indexOf(':')) === paragraph;
  }, [want, paragraph]);
  assert.deepEqual(await page.$$eval('[data-year-metric]', (cells) => cells.map((c) => c.dataset.value)), want);
  assert.equal(said(await page.inputValue('#summary-text')), paragraph);
  await finish(other);
  await finish(opened);
});

// On a phone the chart (a drawing 720 units across, shown at about 330 px) keeps its words
// readable: its tick labels and axis title were drawn 12 units high, 5 px on the screen.
test("on a phone the chart's words are readable", async () => {
  const opened = await open(env.browser, env.server.url);
  const { page } = opened;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => document.querySelector('.page-main .chart-svg').getBoundingClientRect().width < 400);
  const heights = await page.evaluate(() => [...document.querySelectorAll('.page-main .chart-svg text')]
    .filter((t) => getComputedStyle(t).display !== 'none')
    .map((t) => ({ text: t.textContent, height: Math.round(t.getBoundingClientRect().height) })));
  assert.ok(heights.length >= 10, `${heights.length} words`);
  assert.deepEqual(heights.filter((h) => h.height < 10), [], 'words under 10 px high (about 8 px type)');
  await finish(opened);
});
