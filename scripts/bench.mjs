// Times the built app (dist/) against the plain-JavaScript reference page of the same model
// (../shared/bench/reference/, when it is there) in the same browser run, both served
// brotli-compressed from this machine, and runs Lighthouse on the app (mobile and desktop).
// Prints medians of RUNS runs and our ratio to the reference. Usage: node scripts/bench.mjs
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const RUNS = 9;
const ROOT = resolve(new URL('..', import.meta.url).pathname);
// Another build's folder may be timed instead (BENCH_DIST), for before-and-after figures.
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const REFERENCE = resolve(ROOT, '..', 'shared', 'bench', 'reference');
const LIGHTHOUSE = join(ROOT, '.tools', 'lighthouse', 'node_modules', 'lighthouse', 'cli', 'index.js');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir` on 127.0.0.1, brotli-compressed when the browser accepts it, as a static host
 * would: the build's own .br copy when it has one (the app's dist/), else compressed here.
 */
function serve(dir) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!cache.has(file)) {
      const raw = readFileSync(file);
      const br = existsSync(`${file}.br`)
        ? readFileSync(`${file}.br`)
        : brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      cache.set(file, { raw, br });
    }
    const { raw, br } = cache.get(file);
    const headers = { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { ...headers, 'Content-Encoding': 'br' }).end(br);
    } else {
      res.writeHead(200, headers).end(raw);
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A page opened on `url` whose init script reports a time by `console.log('bench <ms>')`, and
 * that time. Read from the page's console, not by polling it with `waitForFunction`: Playwright
 * evaluates its own script in the page for that (20–40 ms of parsing and compiling on this
 * machine), and run in the middle of a first result or a first keystroke it was timed as theirs.
 */
async function reported(context, url) {
  const page = await context.newPage();
  const ms = new Promise((ok) => page.on('console', (m) => {
    const [word, value] = m.text().split(' ');
    if (word === 'bench') ok(Number(value));
  }));
  await page.goto(url);
  return ms;
}

/** Navigation start to the first frame painted after the yearly saving has a value, in ms. */
async function firstResult(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const seen = new MutationObserver(() => {
      const el = document.querySelector('[data-metric="savings_per_year"]');
      if (el?.dataset.value && window.firstResult === undefined) {
        window.firstResult = 0;
        seen.disconnect();
        requestAnimationFrame(() => console.log(`bench ${performance.now()}`));
      }
    });
    seen.observe(document, { childList: true, subtree: true, attributes: true });
  });
  const ms = await reported(context, url);
  await context.close();
  return ms;
}

/** Navigation to the app having taken over (its root's `data-ready`: a keystroke gives its
 * result from then on), in ms. */
async function interactive(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (document.getElementById('app')?.dataset.ready !== undefined && window.interactive === undefined) {
        window.interactive = performance.now();
        console.log(`bench ${window.interactive}`);
        seen.disconnect();
      }
    });
    seen.observe(document, { childList: true, subtree: true, attributes: true });
  });
  const ms = await reported(context, url);
  await context.close();
  return ms;
}

/**
 * A keystroke in `selector` to the first frame painted after the yearly saving changed, in ms.
 * With `settled` (a page with ranges), each keystroke waits until the bands of the last one are
 * on the page, so the time is the keystroke's own, not the last answer's.
 *
 * The change is seen as it happens (a MutationObserver, as the first result is seen), then the
 * next frame is awaited. With `polled`, as before issue 37, the figure is looked at once a frame
 * instead: a page that writes its result in a microtask after the event (yew's scheduler does)
 * is then seen a frame late, while one that writes it in the event handler (the reference) is
 * seen at once, so the two were not timed alike; both are printed.
 */
async function keystrokes(browser, url, selector, settled = false, polled = false) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('[data-metric="savings_per_year"]');
  const times = [];
  for (let i = 0; i < RUNS + 2; i++) {
    if (settled) await page.waitForFunction(() => document.querySelector('[data-metric="net_result_p90"]')?.dataset.value);
    times.push(await page.evaluate(async ([sel, value, polled]) => {
      const input = document.querySelector(sel);
      const figure = () => document.querySelector('[data-metric="savings_per_year"]').dataset.value;
      const before = figure();
      const start = performance.now();
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((done) => {
        if (polled) {
          const check = () => (figure() !== before ? requestAnimationFrame(() => done()) : requestAnimationFrame(check));
          return check();
        }
        if (figure() !== before) return requestAnimationFrame(() => done());
        const seen = new MutationObserver(() => {
          if (figure() !== before) {
            seen.disconnect();
            requestAnimationFrame(() => done());
          }
        });
        seen.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      return performance.now() - start;
    }, [selector, 600 + i, polled]));
  }
  await page.close();
  return median(times.slice(2)); // the first two warm up
}

/**
 * The first keystroke as a user meets it: a freshly opened link (a new browser context, the
 * files served as they are), a keystroke in `selector` in the task right after the frame that
 * painted the first result, to the first frame painted after the yearly saving changed, in ms.
 * The held-back sections and the first calls of the code still run then. With `delay`, the
 * keystroke comes that many ms after that frame instead: at 150 ms, after Chromium's scan of
 * form fields added by script (posted 100 ms after the first is added), which lands on a
 * keystroke right after the first result of a page that builds its form by script.
 */
async function firstKeystroke(browser, url, selector, delay = 0) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(([sel, delay]) => {
    const figure = () => document.querySelector('[data-metric="savings_per_year"]')?.dataset.value;
    const keystroke = () => {
      const input = document.querySelector(sel);
      const before = figure();
      const start = performance.now();
      input.value = '601';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Seen as it changes, then the next frame (as `keystrokes` does).
      const painted = () => requestAnimationFrame(() => console.log(`bench ${performance.now() - start}`));
      if (figure() !== before) return painted();
      const changed = new MutationObserver(() => {
        if (figure() !== before) {
          changed.disconnect();
          painted();
        }
      });
      changed.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    };
    const seen = new MutationObserver(() => {
      if (figure() && document.querySelector(sel) && window.firstResultSeen === undefined) {
        window.firstResultSeen = true;
        seen.disconnect();
        // The frame that paints the first result, then the next task: the user's keystroke.
        requestAnimationFrame(() => setTimeout(keystroke, delay));
      }
    });
    seen.observe(document, { childList: true, subtree: true, attributes: true });
  }, [selector, delay]);
  const ms = await reported(context, url);
  await context.close();
  return ms;
}

/**
 * A keystroke in the caseload of a page with ranges to the new `net_result_p90` on the page (the
 * last figure the bands' worker's answer writes), in ms: the bands following a keystroke.
 */
async function bandsAfterKeystroke(browser, url, selector = '#input-caseload') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('[data-metric="net_result_p90"]')?.dataset.value);
  const times = [];
  for (let i = 0; i < RUNS + 2; i++) {
    times.push(await page.evaluate(async ([selector, value]) => {
      const band = () => document.querySelector('[data-metric="net_result_p90"]')?.dataset.value;
      const before = band();
      const input = document.querySelector(selector);
      const start = performance.now();
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return new Promise((done) => {
        const seen = new MutationObserver(() => {
          const now = band();
          if (now && now !== before) {
            seen.disconnect();
            done(performance.now() - start);
          }
        });
        seen.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-value'] });
      });
    }, [selector, 600 + i]));
  }
  await page.close();
  return median(times.slice(2)); // the first two warm up
}

/** Lighthouse's four scores and LCP/TBT for `url` (mobile, or desktop with the preset). Run
 * asynchronously: this process serves the page Lighthouse loads. */
async function lighthouse(url, desktop) {
  const args = [LIGHTHOUSE, url, '--output=json', '--quiet', `--chrome-flags=${FLAGS.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices,seo', ...(desktop ? ['--preset=desktop'] : [])];
  const { stdout } = await promisify(execFile)(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 });
  const report = JSON.parse(stdout);
  const score = (c) => Math.round(report.categories[c].score * 100);
  return {
    performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'),
    lcp: `${Math.round(report.audits['largest-contentful-paint'].numericValue)} ms`,
    tbt: `${Math.round(report.audits['total-blocking-time'].numericValue)} ms`,
  };
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('bench: no build in dist/ (run scripts/test.sh or trunk build --release first)');
  process.exit(1);
}
const app = await serve(DIST);
const reference = existsSync(join(REFERENCE, 'index.html')) ? await serve(REFERENCE) : null;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
const horizon600 = '?caseload=569&period=18&exits=139&work=52.5&cost=15000&horizon=600&baseline=8&return=20&project_cost=400000&discount=2.25';
const twelve = `?base=1&edit=1${Array.from({ length: 12 }, (_, i) => `&s=Variant%20${i + 1},569,18,p${10 + i},52.5,15000,600,8,20,400000,2.25`).join('')}`;

const rows = [];
const line = (what, ours, theirs) => {
  const ratio = theirs ? ` (reference ${theirs.toFixed(1)} ms, ratio ${(ours / theirs).toFixed(2)})` : '';
  rows.push(`${what}: ${ours.toFixed(1)} ms${ratio}`);
};
const times = async (fn) => median(await (async () => { const xs = []; for (let i = 0; i < RUNS; i++) xs.push(await fn()); return xs; })());
line('first result painted', await times(() => firstResult(browser, app.url + '/')),
  reference ? await times(() => firstResult(browser, reference.url + '/')) : null);
// From a link for another scenario (Haarlem's figures): no prerender, the app's own first result.
const haarlem = '?caseload=280&period=60&exits=128&work=66.40625&cost=14400&horizon=120&start=1997-01';
line('first result painted, from a link', await times(() => firstResult(browser, app.url + '/' + haarlem)),
  reference ? await times(() => firstResult(browser, reference.url + '/' + haarlem)) : null);
line('interactive (the app has taken over), default page', await times(() => interactive(browser, app.url + '/')), null);
line('interactive (the app has taken over), from a link', await times(() => interactive(browser, app.url + '/' + haarlem)), null);
const schiedam60 = horizon600.replace('horizon=600', 'horizon=60');
line('keystroke, Schiedam link (60 months)', await keystrokes(browser, app.url + '/' + schiedam60, '#input-caseload'),
  reference ? await keystrokes(browser, reference.url + '/' + schiedam60, 'input[name="caseload"]') : null);
line('keystroke, 600-month horizon', await keystrokes(browser, app.url + '/' + horizon600, '#input-caseload'),
  reference ? await keystrokes(browser, reference.url + '/' + horizon600, 'input[name="caseload"]') : null);
line('keystroke, twelve 600-month scenarios', await keystrokes(browser, app.url + '/' + twelve, '#input-caseload'), null);
// The same, polled once a frame as before issue 37 (see `keystrokes`).
line('keystroke, Schiedam link (60 months), polled once a frame', await keystrokes(browser, app.url + '/' + schiedam60, '#input-caseload', false, true),
  reference ? await keystrokes(browser, reference.url + '/' + schiedam60, 'input[name="caseload"]', false, true) : null);
line('keystroke, twelve 600-month scenarios, polled once a frame', await keystrokes(browser, app.url + '/' + twelve, '#input-caseload', false, true), null);
// The first keystroke right after the first result on a freshly opened link (medians of 9, a new
// context each).
line('first keystroke after the first result, Schiedam link (60 months)', await times(() => firstKeystroke(browser, app.url + '/' + schiedam60, '#input-caseload')),
  reference ? await times(() => firstKeystroke(browser, reference.url + '/' + schiedam60, 'input[name="caseload"]')) : null);
line('first keystroke after the first result, twelve 600-month scenarios', await times(() => firstKeystroke(browser, app.url + '/' + twelve, '#input-caseload')), null);
// The same 150 ms later: the first calls of the code without Chromium's scan of the form.
line('first keystroke 150 ms after the first result, Schiedam link (60 months)', await times(() => firstKeystroke(browser, app.url + '/' + schiedam60, '#input-caseload', 150)),
  reference ? await times(() => firstKeystroke(browser, reference.url + '/' + schiedam60, 'input[name="caseload"]', 150)) : null);
line('first keystroke 150 ms after the first result, twelve 600-month scenarios', await times(() => firstKeystroke(browser, app.url + '/' + twelve, '#input-caseload', 150)), null);
// Ranges on all five uncertain inputs (a range on B or R makes every draw compute the track
// without the project too: the slowest case).
const ranges = '&exits_low=110&exits_high=160&cost_low=14000&cost_high=16000&baseline_low=4&baseline_high=12&return_low=10&return_high=30&project_cost_low=300000&project_cost_high=500000';
line('keystroke with five ranges, 600-month horizon (point result painted)', await keystrokes(browser, app.url + '/' + horizon600 + ranges, '#input-caseload', true), null);
line('bands after a keystroke, five ranges, 600-month horizon', await bandsAfterKeystroke(browser, app.url + '/' + horizon600 + ranges), null);
line('bands after a keystroke, five ranges, 60-month horizon', await bandsAfterKeystroke(browser, app.url + '/' + horizon600.replace('horizon=600', 'horizon=60') + ranges), null);
// Four groups, each with ranges on its exit and deadweight, and the scenario's on C, K and R: a
// keystroke in group 1's caseload to the new band (every draw runs one projection per group).
const fourGroups = '?cost=15000&project_cost=400000&return=20&baseline=8' +
  '&group=Kort,300,p40:30:50,60,22:15:30&group=Midden,150,n30:20:40,50,12:8:16&group=Lang,119,p8:5:16,30,8:5:10&group=Jong,80,p25:15:35,70,20:10:25' +
  '&cost_low=14000&cost_high=16000&project_cost_low=300000&project_cost_high=500000&return_low=10&return_high=30';
for (const horizon of [60, 600]) {
  line(`bands after a keystroke, four groups with ranges, ${horizon}-month horizon`,
    await bandsAfterKeystroke(browser, `${app.url}/${fourGroups}&horizon=${horizon}`, '#input-group-1-caseload'), null);
}
await browser.close();
for (const r of rows) console.log(`bench: ${r}`);
if (existsSync(LIGHTHOUSE)) {
  for (const desktop of [false, true]) {
    console.log(`bench: lighthouse ${desktop ? 'desktop' : 'mobile'}: ${JSON.stringify(await lighthouse(app.url + '/', desktop))}`);
  }
} else {
  console.log('bench: lighthouse not installed (scripts/bench.sh installs it)');
}
app.server.close();
reference?.server.close();
