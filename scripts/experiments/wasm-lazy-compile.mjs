// Does Chromium let a page have its wasm compiled before the first call? (issue 37; the
// findings are in docs/measurements.md, "what the page cannot ask of the browser".)
//
// Builds a module of 3,000 functions and an export calling each once, compiles it in a fresh
// page, waits 1.5 s (time enough for any compiling in the background), then times the first
// call of the export: as it is, with a compilation-priority hint section for every function,
// and with V8's lazy compiling turned off by a browser flag (what no page can do).
//
//   node scripts/experiments/wasm-lazy-compile.mjs
//
// Needs the project's node_modules (playwright-core, binaryen's wasm-as) and /usr/bin/chromium.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'lazy-compile-'));
const N = 3000;

let wat = '(module\n';
for (let i = 0; i < N; i++) {
  let body = '(local.get 0)';
  for (let k = 0; k < 40; k++) body = `(i32.add (i32.mul ${body} (i32.const ${k + i})) (i32.xor (local.get 0) (i32.const ${k})))`;
  wat += `(func $f${i} (param i32) (result i32) ${body})\n`;
}
wat += '(func (export "run") (param i32) (result i32) (local $s i32)\n';
for (let i = 0; i < N; i++) wat += `(local.set $s (i32.add (local.get $s) (call $f${i} (local.get 0))))\n`;
wat += '(local.get $s))\n)\n';
writeFileSync(join(dir, 'plain.wat'), wat);
execFileSync(join(ROOT, 'node_modules', '.bin', 'wasm-as'), [join(dir, 'plain.wat'), '-o', join(dir, 'plain.wasm')]);

const leb = (n) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return out; };
/** The module with a `metadata.code.compilation_priority` section (priority 0 for every function) before its code section. */
function hinted(innerCount) {
  const bytes = readFileSync(join(dir, 'plain.wasm'));
  let at = 8;
  for (;;) {
    const id = bytes[at];
    let size = 0, shift = 0, i = at + 1, b;
    do { b = bytes[i++]; size |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    if (id === 10) break;
    at = i + size;
  }
  const name = Buffer.from('metadata.code.compilation_priority');
  const payload = [...leb(N)];
  // As V8's own hint writer (compilation-hints-generation.cc) emits them: function, offset 0,
  // hint length 1, priority 0; or with a count of hints before them (the code-metadata convention).
  for (let f = 0; f < N; f++) payload.push(...leb(f), ...(innerCount ? [1] : []), 0, 1, 0);
  const body = [...leb(name.length), ...name, ...payload];
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([0, ...leb(body.length), ...body]), bytes.subarray(at)]);
}
writeFileSync(join(dir, 'hinted.wasm'), hinted(false));
writeFileSync(join(dir, 'hinted-count.wasm'), hinted(true));

const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (path.endsWith('.wasm')) return res.writeHead(200, { 'content-type': 'application/wasm' }).end(readFileSync(join(dir, path)));
  res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>x</title>');
}).listen(0, '127.0.0.1');
await new Promise((ok) => server.on('listening', ok));
const base = `http://127.0.0.1:${server.address().port}/`;

const variants = [
  ['as it is', 'plain.wasm', []],
  ['priority hints', 'hinted.wasm', []],
  ['priority hints, with a count', 'hinted-count.wasm', []],
  ['priority hints, V8 flag for hints', 'hinted.wasm', ['--js-flags=--experimental-wasm-compilation-hints']],
  ['lazy compiling off (browser flag)', 'plain.wasm', ['--js-flags=--no-wasm-lazy-compilation']],
];
for (const [label, file, flags] of variants) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', ...flags] });
  const times = [];
  for (let k = 0; k < 5; k++) {
    const page = await browser.newPage();
    await page.goto(base);
    times.push(await page.evaluate(async (url) => {
      const module = await WebAssembly.compileStreaming(fetch(url));
      await new Promise((done) => setTimeout(done, 1500));
      const { exports } = await WebAssembly.instantiate(module, {});
      const start = performance.now();
      exports.run(3);
      return performance.now() - start;
    }, `${base}${file}?${k}`));
    await page.close();
  }
  await browser.close();
  console.log(`${label.padEnd(36)} first call of ${N} functions: ${times.map((t) => t.toFixed(1)).join(' / ')} ms`);
}
server.close();
