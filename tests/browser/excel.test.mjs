// Browser tests of the business case as a spreadsheet (issue 40): "Download als Excel" gives
// the scenario being edited as an .xlsx whose formulas a real spreadsheet engine (LibreOffice,
// headless, told to recalculate every formula) turns into the page's own figures; the writer is
// loaded only when asked; "Download de set als Excel" gives every scenario and a comparison.
// Every test waits for a condition; none sleeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finish, open, setUp } from './harness.mjs';

const env = setUp();
const dir = mkdtempSync(join(tmpdir(), 'excel-'));

// Schiedam with a project, returns, deadweight, discounting, a wage-cost subsidy and the
// pockets: most of what the formulas hold.
const SCENARIO = '?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=60&start=2008-09&baseline=8&return=22'
  + '&project_cost=400000&discount=2.25&subsidised=20&subsidy_cost=16700&execution_cost=2883&income_gain=2100';

// Recalculates every formula of the files with LibreOffice (a profile that always
// recalculates a file from Excel, whose values it would otherwise keep), then reads each
// named result: { file: { res_name: number | null } }.
function recalculated(files) {
  const profile = join(dir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user/registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
  const out = join(dir, 'out');
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`,
    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, ...files], { stdio: 'pipe' });
  // Python's zipfile reads the result: the named cells of the results sheet, the number in each.
  const read = `
import json, re, sys, zipfile
out = {}
for path in sys.argv[1:]:
    z = zipfile.ZipFile(path)
    book = z.read('xl/workbook.xml').decode()
    sheets = re.findall(r'<sheet [^>]*name="([^"]+)"', book)
    values = {}
    for name, target in re.findall(r'<definedName[^>]* name="(res_[a-z_0-9]+)"[^>]*>([^<]+)</definedName>', book):
        sheet, cell = target.replace('&apos;', "'").rsplit('!', 1)
        xml = z.read('xl/worksheets/sheet%d.xml' % (sheets.index(sheet.strip("'")) + 1)).decode()
        m = re.search(r'<c r="%s"([^>]*?)(?:/>|>(.*?)</c>)' % cell.replace('$', ''), xml)
        v = re.search(r'<v>([^<]*)</v>', m.group(2) or '') if m else None
        text = m and re.search(r't="(s|str|e|inlineStr)"', m.group(1))
        values[name] = float(v.group(1)) if v and not text else None
    out[path] = values
print(json.dumps(out))
`;
  const paths = files.map((f) => join(out, f.split('/').pop()));
  return JSON.parse(execFileSync('python3', ['-c', read, ...paths], { encoding: 'utf8' }));
}

test('the Excel file of the edited scenario: the engine computes the page\'s figures, in both languages and with groups', async () => {
  const files = [];
  const pages = [];
  // Dutch, English, and Dutch with groups (one named like a formula: it stays text).
  const GROUPS = '&group=Kort,300,p40,80,22&group=Lang,269,n30,20,4&group=%3DSUM(1),10,p100,0,0';
  for (const [lang, query] of [['nl', SCENARIO], ['en', SCENARIO], ['nl', SCENARIO.replace('caseload=569&', '').replace('exits=139&', '').replace('work=52.5&', '') + GROUPS]]) {
    const opened = await open(env.browser, env.server.url, `${query}&lang=${lang}`);
    const { page } = opened;
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.waitForSelector('#excel-download');
    assert.equal(requested.filter((u) => /workbook/.test(u)).length, 0, 'the writer is not loaded before it is asked for');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#excel-download')]);
    assert.equal(file.suggestedFilename(), lang === 'nl' ? 'uitstroomrekenaar-businesscase.xlsx' : 'outflow-calculator-business-case.xlsx');
    const path = join(dir, `${lang}-${files.length}.xlsx`);
    await file.saveAs(path);
    assert.ok(requested.some((u) => u.endsWith('/workbook_bg.wasm')), 'the writer came when asked');
    // The button is ready for the next file.
    await page.waitForSelector('#excel-download:not([disabled])');
    files.push(path);
    pages.push(Object.fromEntries(await page.locator('.results [data-metric]').evaluateAll((els) => els.map((e) => [e.dataset.metric, e.dataset.value]))));
    await finish(opened);
  }
  const computed = recalculated(files);
  const values = ['break_even_exits', 'break_even_exit_share', 'budget_kept'];
  files.forEach((path, i) => {
    const file = computed[join(dir, 'out', path.split('/').pop())];
    const names = Object.keys(pages[i]).filter((name) => !values.includes(name));
    assert.ok(names.length >= 25, `${names.length} results`);
    for (const name of names) {
      const want = pages[i][name] === '' ? null : Number(pages[i][name]);
      const got = file[`res_${name}`];
      if (want === null) {
        assert.equal(got, null, `${path}: ${name}`);
      } else {
        assert.ok(Math.abs(got - want) <= 1e-9 * Math.max(Math.abs(got), Math.abs(want)) + 1e-6, `${path}: ${name}: ${got} against ${want}`);
      }
    }
  });
});



// Twelve scenarios of 600 months each (as scripts/bench.mjs times the page with).
const TWELVE = `?base=1&edit=1${Array.from({ length: 12 }, (_, i) => `&s=Variant%20${i + 1},569,18,p${10 + i},52.5,15000,600,8,20,400000,2.25`).join('')}`;

// The cached value of every cell of the comparison sheet (sheet1), with the sheets' names.
function comparisonSheet(path) {
  const read = `
import json, re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
book = z.read('xl/workbook.xml').decode()
sheets = [s.replace('&quot;', '"').replace('&apos;', "'").replace('&amp;', '&') for s in re.findall(r'<sheet [^>]*name="([^"]+)"', book)]
xml = z.read('xl/worksheets/sheet1.xml').decode()
cells = {}
for m in re.finditer(r'<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)', xml):
    v = re.search(r'<v>([^<]*)</v>', m.group(3) or '')
    if v and 't="' not in m.group(2):
        cells[m.group(1)] = float(v.group(1))
print(json.dumps({'sheets': sheets, 'cells': cells}))
`;
  return JSON.parse(execFileSync('python3', ['-c', read, path], { encoding: 'utf8' }));
}

test('the set as Excel: a comparison and a sheet per scenario, with the page\'s figures; the time to make it for twelve 600-month scenarios', async () => {
  const opened = await open(env.browser, env.server.url, TWELVE);
  const { page } = opened;
  await page.waitForSelector('#excel-set-download');
  const times = [];
  let path;
  // The first file loads the writer; the next ones show what making the file takes.
  for (let run = 0; run < 3; run += 1) {
    const started = await page.evaluate(() => performance.now());
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#excel-set-download')]);
    assert.equal(file.suggestedFilename(), 'uitstroomrekenaar-scenarioset.xlsx');
    path = join(dir, `set-${run}.xlsx`);
    await file.saveAs(path);
    times.push((await page.evaluate(() => performance.now())) - started);
    await page.waitForSelector('#excel-set-download:not([disabled])');
  }
  console.log(`# the set's Excel file, twelve 600-month scenarios: first ${times[0].toFixed(0)} ms, then ${times.slice(1).map((t) => t.toFixed(0)).join(' and ')} ms (click to download)`);
  const { sheets, cells } = comparisonSheet(path);
  assert.deepEqual(sheets, ['Vergelijking', ...Array.from({ length: 12 }, (_, i) => `${i + 1}. Variant ${i + 1}`)]);
  // The comparison's values are the page's: its rows in the order of the results, a column
  // per scenario from C.
  const compared = await page.locator('[data-compare][data-scenario]').evaluateAll((els) => els.map((e) => [e.dataset.compare, Number(e.dataset.scenario), e.dataset.value]));
  const order = await page.locator('.results [data-metric]').evaluateAll((els) => els.map((e) => e.dataset.metric));
  let checked = 0;
  for (const [metric, scenario, value] of compared) {
    if (value === '' || value === undefined) continue;
    const row = order.indexOf(metric) + 2;
    const col = String.fromCharCode('C'.charCodeAt(0) + scenario - 1);
    const got = cells[`${col}${row}`];
    assert.ok(Math.abs(got - Number(value)) <= 1e-9 * Math.abs(Number(value)) + 1e-6, `${metric} of scenario ${scenario}: ${got} against ${value}`);
    checked += 1;
  }
  assert.ok(checked >= 12 * 10, `${checked} figures compared`);
  await finish(opened);
});

test('a quick second click makes no second file', async () => {
  const opened = await open(env.browser, env.server.url, SCENARIO);
  const { page } = opened;
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.waitForSelector('#excel-download');
  // Two clicks in one task, before the page can show that the first is being made.
  const first = page.waitForEvent('download');
  await page.evaluate(() => { const b = document.getElementById('excel-download'); b.click(); b.click(); });
  await first;
  await page.waitForSelector('#excel-download:not([disabled])');
  // The worker answers in order: once the next click's file is there, every earlier one is too.
  const next = page.waitForEvent('download');
  await page.click('#excel-download');
  await next;
  assert.equal(downloads, 2, 'one file for the double click, one for the next click');
  await finish(opened);
});
