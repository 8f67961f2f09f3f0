// Browser tests of the report and the paragraph: print to PDF in headless Chromium and read
// the PDF back with pdftotext (Debian's poppler-utils); copy the paragraph to the clipboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finish, linePlacement, manage, open, setUp } from './harness.mjs';

const env = setUp();
const dir = mkdtempSync(join(tmpdir(), 'rapport-'));

/**
 * Prints the page to an A4 PDF; returns its text as laid out (`text`) and in reading order,
 * column by column (`flow`), with non-breaking spaces as spaces, and its number of pages.
 */
async function printed(page, name) {
  // The browser's own print command (Ctrl+P, page.pdf()) has the page build its report in the
  // `beforeprint` event. Whether yew renders that change before Chromium lays out the print
  // depends on its scheduler (it yields to the browser every 16 ms while busy, and a change then
  // waits for its next task): an empty page was printed in about half the runs on a loaded
  // machine. So the event is sent first and the report awaited, then the page printed; the
  // race itself is a known limitation (docs/features.md, the printed report).
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForSelector('.report', { state: 'attached' });
  const path = join(dir, name);
  await page.pdf({ path, format: 'A4' });
  const read = (...mode) => execFileSync('pdftotext', [...mode, path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
  return { text: read('-layout'), flow: read(), pages };
}

test('the Schiedam example prints as a report on one A4 page', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page, context } = opened;
  const link = `${env.server.url}/?base=1&edit=1&s=,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09`;
  await page.waitForFunction((l) => location.href === l, link);
  // The report is built only when the page is printed, also by the browser's own command
  // (page.pdf() prints as Ctrl+P does, without the page's button).
  assert.equal(await page.locator('.report').count(), 0);
  const { text, flow, pages } = await printed(page, 'schiedam.pdf');
  assert.equal(await page.locator('.report').count(), 1);
  assert.equal(pages, 1, 'one A4 page for one scenario');
  assert.match(text, /Uitstroomrekenaar: rapport/);
  assert.match(text, /€ 2\.085\.000/);
  assert.match(text, /139 cliënten/);
  assert.match(text, /Schiedam, artikel Kompas\s+\(2010\)/);
  assert.match(text, /Bruto is geen netto\./);
  assert.match(text, /Hoe rekenen we\?/);
  // The link may wrap at the column edge; it is all there.
  assert.ok(flow.replace(/\s+/g, '').includes(link), 'the share link as text');
  // The controls are not printed.
  assert.doesNotMatch(text, /Dupliceren|Tekst kopiëren|Bestand openen/);
  await finish(opened);
});

test('the printed chart, lowered to fit the groups on the page, draws its lines as thin as the drawing is small', async () => {
  // With groups the report's chart is at most 3 cm high (print.css): the drawing shrinks to
  // that height, and its lines, drawn in the page's pixels, must shrink with it.
  const groups = '?group=Kort,300,p40,60,22&group=Midden,150,n30,50,12&group=Lang,119,p8,30,8';
  const opened = await open(env.browser, env.server.url, groups);
  const { page } = opened;
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForSelector('.report .group-results', { state: 'attached' });
  const line = await page.evaluate(linePlacement, ['.report .chart-line--editing', 569]);
  const box = await page.evaluate(() => document.querySelector('.report .chart-svg').getBoundingClientRect().toJSON());
  // The height limit is what sizes it here: the drawing is drawn smaller than its width allows.
  assert.ok(line.scale < box.width / 720 - 0.05, JSON.stringify({ line, box }));
  assert.ok(Math.abs(line.stroke - 3 * line.scale) < 0.01, JSON.stringify(line));
  assert.ok(Math.abs(line.y - line.expected) < 0.5, JSON.stringify(line));
  await finish(opened);
});

test('the paragraph copies to the clipboard', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page, context } = opened;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const paragraph = await page.inputValue('#summary-text');
  assert.match(paragraph, /van de 569 cliënten verwachten we dat er binnen 18 maanden 139 uit de bijstand stromen \(24,4%\), van wie 73 naar werk/);
  await page.getByRole('button', { name: 'Tekst kopiëren' }).click();
  await page.waitForFunction(() => document.querySelector('.proposal-status').textContent.includes('klembord'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), paragraph);
  // It follows the inputs.
  await page.fill('#input-baseline', '8');
  await page.waitForFunction(() => document.querySelector('#summary-text').value.includes('Daarbij is afgetrokken'));
  await finish(opened);
});

test('the comparison prints as its own report', async () => {
  const opened = await open(env.browser, env.server.url);
  const { page, context } = opened;
  await page.evaluate(() => { window.print = () => { window.printed = (window.printed ?? 0) + 1; }; });
  await manage(page);
  await page.getByRole('button', { name: 'Dupliceren' }).click();
  await page.fill('#input-exit', '15');
  await page.getByRole('button', { name: 'Rapport van de vergelijking afdrukken of als PDF bewaren' }).click();
  await page.waitForFunction(() => window.printed === 1);
  assert.equal(await page.getAttribute('.report', 'data-report'), 'comparison');
  const { text, pages } = await printed(page, 'vergelijking.pdf');
  assert.match(text, /Vergelijking van scenario's/);
  assert.match(text, /Schiedam 2008–2010\s+Scenario 2/);
  assert.ok(pages <= 3, `${pages} pages`);
  await finish(opened);
});

test('a comparison of twelve scenarios prints with nothing cut off', async () => {
  const scenarios = Array.from({ length: 12 }, (_, i) =>
    `&s=Variant%20${i + 1}%20met%20een%20lange%20naam,125000,36,p${10 + i * 3},5${i % 10},17512.5,120,8,16,2750000,2.25`);
  const opened = await open(env.browser, env.server.url, `?base=1&edit=1${scenarios.join('')}`);
  const { page } = opened;
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: 'Rapport van de vergelijking afdrukken of als PDF bewaren' }).click();
  await page.waitForSelector('.report[data-report="comparison"]', { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.evaluate(() => {
    const report = document.querySelector('.report');
    const cells = [...report.querySelectorAll('.comparison-table th, .comparison-table td')];
    const wide = cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent.slice(0, 30));
    const table = report.querySelector('.comparison-table').getBoundingClientRect();
    return { wide, tableRight: table.right, pageRight: report.getBoundingClientRect().right };
  });
  assert.deepEqual(overflow.wide, [], 'cells whose content is wider than the cell');
  assert.ok(overflow.tableRight <= overflow.pageRight + 1, `table ends at ${overflow.tableRight}, page at ${overflow.pageRight}`);
  await finish(opened);
});

test('in English, Schiedam prints as an English report and the paragraph copies in English', async () => {
  const opened = await open(env.browser, env.server.url, '?lang=en');
  const { page, context } = opened;
  const link = `${env.server.url}/?base=1&edit=1&s=,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09&lang=en`;
  await page.waitForFunction((l) => location.href === l, link);
  const { text, flow, pages } = await printed(page, 'schiedam-en.pdf');
  assert.equal(pages, 1, 'one A4 page for one scenario');
  assert.match(text, /Outflow calculator: report/);
  assert.match(text, /€2,085,000/);
  assert.match(text, /139 clients/);
  assert.match(text, /Schiedam, article Kompas\s+\(2010\)/);
  assert.match(text, /Gross is not net\./);
  assert.ok(flow.replace(/\s+/g, '').includes(link), 'the share link as text');
  assert.doesNotMatch(text, /cliënten|Bron|rapport/);

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const paragraph = await page.inputValue('#summary-text');
  assert.match(paragraph, /of the 569 clients, we expect 139 to leave social assistance within 18 months \(24\.4%\), 73 of them for work/);
  assert.match(paragraph, /€2,085,000 a year/);
  await page.getByRole('button', { name: 'Copy text' }).click();
  await page.waitForFunction(() => document.querySelector('.proposal-status').textContent.includes('clipboard'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), paragraph);
  await finish(opened);
});

const HAARLEM_REALISED = 'realised_caseload=280&realised_work=85&realised_other=43&realised_in_trajectory=10&realised_closed=238';
const SCHIEDAM_REALISED = 'realised_caseload=569&realised_work=73&realised_other=66&realised_ladder=236&realised_period=18'
  + '&realised_cost=15000&stated_exit_share=24&stated_work_share=54&stated_ladder_share=42';
const SCHIEDAM_PLAN = 'base=1&edit=1&s=Schiedam,569,18,n139,52.5,15000,60,0,0,0,2.25,2008-09&plan=1';

for (const [lang, words] of [
  ['nl', { print: 'Rapport van de nacalculatie afdrukken of als PDF bewaren', title: /Uitstroomrekenaar: nacalculatie/, plan: /Plan tegenover resultaat/, copy: 'Tekst kopiëren', flagged: /de bron noemt 54%/, unexplained: /Over 100 zegt de bron niets/ }],
  ['en', { print: "Print the realised results' report or save it as PDF", title: /Outflow calculator: realised results/, plan: /Plan against actual/, copy: 'Copy text', flagged: /the source states 54%/, unexplained: /The source says nothing about 100/ }],
]) {
  test(`realised results print on one A4 page and paste as a paragraph (${lang})`, async () => {
    const suffix = lang === 'en' ? '&lang=en' : '';
    for (const [name, query, findings] of [
      ['schiedam', `?${SCHIEDAM_PLAN}&mode=realised&${SCHIEDAM_REALISED}${suffix}`, words.flagged],
      ['haarlem', `?mode=realised&${HAARLEM_REALISED}${suffix}`, words.unexplained],
    ]) {
      const opened = await open(env.browser, env.server.url, query);
      const { page, context } = opened;
      await page.evaluate(() => { window.print = () => { window.printed = (window.printed ?? 0) + 1; }; });
      await page.getByRole('button', { name: words.print }).click();
      await page.waitForFunction(() => window.printed === 1);
      const { text, flow, pages } = await printed(page, `realised-${name}-${lang}.pdf`);
      assert.equal(pages, 1, `${name}: one A4 page`);
      assert.match(text, words.title);
      assert.match(text, findings);
      if (name === 'schiedam') {
        assert.match(text, words.plan);
        assert.match(text, lang === 'en' ? /€2,085,000/ : /€ 2\.085\.000/);
      }
      assert.ok(flow.replace(/\s+/g, '').includes(page.url().replace(/\s+/g, '')), 'the link as text');
      if (lang === 'en') assert.doesNotMatch(text, /cliënten|nacalculatie|Bron/);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
      const paragraph = await page.inputValue('#realised-summary-text');
      assert.match(paragraph, findings);
      await page.getByRole('button', { name: words.copy }).click();
      await page.waitForFunction(() => document.querySelector('.proposal-status').textContent.trim() !== '');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), paragraph);
      await finish(opened);
    }
  });
}

// On an A4 page (184 mm between the margins, 695 px) the comparison's row labels wrap inside
// their column: 'Uitstroompercentage', one long word, ran over the first scenario's figure.
test('the printed comparison of three scenarios keeps every label in its column', async () => {
  const query = '?base=1&edit=1&s=Schiedam,569,18,n139,52.5,15000,60,8,20,400000,2.25&s=Lager,569,18,p15,52.5,15000,60,8,20,400000,2.25&s=Haarlem,280,60,n128,66.40625,14400,120,0,0,0,2.25';
  const opened = await open(env.browser, env.server.url, query);
  const { page } = opened;
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: 'Rapport van de vergelijking afdrukken of als PDF bewaren' }).click();
  await page.waitForSelector('.report[data-report="comparison"]', { state: 'attached' });
  await page.setViewportSize({ width: 695, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const wide = await page.evaluate(() => [...document.querySelectorAll('.report .comparison-table th, .report .comparison-table td')]
    .filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent.slice(0, 30)));
  assert.deepEqual(wide, [], 'cells whose content is wider than the cell');
  await finish(opened);
});
