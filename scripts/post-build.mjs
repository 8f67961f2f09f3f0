// Trunk's post_build hook (Trunk.toml): turns the staged build into the one to publish.
//   1. the JavaScript glue minified (Trunk's own minifier fails on it), its integrity updated;
//   2. the first screen prerendered (src/prerender.rs), for the default visitor only, and the
//      app's code fetched after its first frame;
//   3. the icons, from their one source (scripts/icon.mjs);
//   4. the theme (ours, or THEME_CSS with THEME_CLASS), the inline style sheets as one, and a Content-Security-Policy in the page: its own origin only, inline scripts and styles
//      by their hashes, 'wasm-unsafe-eval' for the module, nothing else;
//   5. the service worker, with the build's files and a version made from their contents;
//   6. a brotli (.br) and a gzip (.gz) copy of every file, for static hosts that serve them.
// Run by Trunk with TRUNK_STAGING_DIR set; `node scripts/post-build.mjs DIR` does it by hand.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { png, svg } from './icon.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
const root = new URL('..', import.meta.url).pathname;
if (!dir) throw new Error('post-build: no directory (TRUNK_STAGING_DIR or an argument)');

const digest = (algorithm, data) => createHash(algorithm).update(data).digest('base64');
const pagePath = join(dir, 'index.html');
let page = readFileSync(pagePath, 'utf8');

// 1. The glue: minified, and the page's integrity attribute for it made anew. The page's glue
// is a module; the bands' worker (bands.js and Trunk's loader shim) is a classic script whose
// global `wasm_bindgen` the loader calls, so it is minified as a script (no top-level mangling)
// and has no link tag, hence no integrity attribute.
for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
  const path = join(dir, name);
  const module = page.includes(`./${name}`);
  const { code } = await minify(readFileSync(path, 'utf8'), { module, compress: true, mangle: true });
  writeFileSync(path, code);
  if (!module) continue;
  const link = new RegExp(`(href=["']?\\./${name.replace(/[.]/g, '\\.')}["']?[^>]*integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
  if (link.test(page)) page = page.replace(link, `$1sha384-${digest('sha384', code)}`);
  else if (page.includes('integrity=')) throw new Error(`post-build: no integrity attribute found for ${name}`);
}

// 2. The first screen: the default page (no link, nothing stored, Dutch) rendered natively by
// yew's server renderer, as the text of a script that does not run (inert: not in the document,
// so neither a screen nor a script ever reads its figures) with a root the app mounts on. A script in the head decides
// whose page this is: a visitor with a link (`lang=en`, `embed=1`, `mode=realised` and scenarios
// are links), a stored set, stored realised results or English remembered has a page of their
// own, and never has the default's figures in the page (and never hydrates a page that is not
// its own: the app hydrates only what it would render itself). For them the app's wasm is
// fetched at once, as Trunk's preload link would; the default visitor's fetch starts after the
// first frame, so the answer is painted from the HTML alone (and Lighthouse's simulated phone
// does not count the wasm's download in the time to the largest paint). The inline script after
// the first screen (kept as the text of a script that does not run) puts it into the root for the default visitor only, before the first paint. A
// click on a prerendered button before the app takes over is remembered by its place among the
// buttons (`takeover.rs` repeats it on the app's button at that place: the app's first render
// is the prerender). A debug build (TRUNK_PROFILE) has no prerender and keeps Trunk's loading;
// the app mounts on the root it finds or makes.
const ROOT = 'app';
if (process.env.TRUNK_PROFILE !== 'debug') {
  const html = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (!html.includes('data-metric="savings_per_year"')) throw new Error('post-build: the prerender has no headline figure');
  // Trunk's preload of the wasm, made by the head's script: at once, or after the first frame.
  const preloads = [...page.matchAll(/<link\b[^>]*\brel=["']?preload["']?[^>]*>/g)].map((m) => m[0]);
  if (preloads.length !== 1 || !preloads[0].includes('.wasm')) throw new Error(`post-build: expected Trunk's one preload link, of the wasm`);
  for (const link of preloads) page = page.replace(link, '');
  const start = 'uitstroomrekenaarStart';
  const decide = `(()=>{let own=location.search.length>1;` +
    `try{const g=(k)=>localStorage.getItem('uitstroomrekenaar.'+k);own=own||g('scenarios')!==null||g('nacalculatie')!==null||g('taal')==='en'}catch(e){}` +
    `const load=()=>document.head.insertAdjacentHTML('beforeend',${JSON.stringify(preloads.join(''))});if(own)load();` +
    `window.${start}={own,load}})()`;
  if (!/<\/title>/.test(page)) throw new Error('post-build: no <title> to put the start script after');
  page = page.replace(/<\/title>/, `</title><script>${decide}</script>`);
  const takeover = `(()=>{const t=document.getElementById('${ROOT}-prerender'),a=document.getElementById('${ROOT}');` +
    `if(!${start}.own){a.innerHTML=t.textContent;a.dataset.prerendered='';a.addEventListener('click',e=>{const b=e.target.closest('button');` +
    `if(b&&!('ready' in a.dataset)){e.preventDefault();a.dataset.earlyClick=[...a.querySelectorAll('button')].indexOf(b)}},!0)}t.remove()})()`;
  // The first screen as the text of a script the browser does not run, not as a <template>: a
  // visitor with a link of their own (whose page is the app's) does not pay for building 44 KB of
  // elements they never see (issue 37's trace: a part of the 13 ms the page's HTML took to parse).
  // The text may then hold no script tag, opening or closing: the end one would end it, and after
  // yew's hydration comments (`<!--`) an opening one would keep it from ending.
  if (/<\/?script/i.test(html)) throw new Error('post-build: the prerender holds a script tag');
  const body = `<div id=${ROOT}></div><script type=text/x-prerender id=${ROOT}-prerender>${html}</script><script>${takeover}</script>`;
  if (!/<body>/.test(page)) throw new Error('post-build: no <body> to put the first screen in');
  // (A function, so that a `$` in the HTML is never read as a replacement pattern.)
  page = page.replace('<body>', () => `<body>${body}`);
  // Trunk's module script fetches the wasm when it starts the glue: for the default visitor
  // once the first frame is painted (its paint entry; a frame's callback can run before the
  // paint is shown, and Lighthouse then counts the wasm in the largest paint), or after a second
  // where the browser reports no paint (a tab in the background paints nothing). The glue itself (5 KB) is still imported at once: while it loads, the
  // page has not finished loading, and the browser paints its first frame first (with nothing
  // left to load, Chromium lays the page out for the load event before that frame: 20–30 ms
  // later on this machine).
  const glue = /import init, \* as bindings from ['"][^'"]+['"];/;
  if (!glue.test(page)) throw new Error("post-build: Trunk's module script has changed (no static import of the glue)");
  page = page.replace(glue, (statement) =>
    `${statement}if(!${start}.own){await new Promise((r)=>{let d=!1;const go=()=>{if(!d){d=!0;setTimeout(r)}};` +
    `try{new PerformanceObserver((l,o)=>{o.disconnect();go()}).observe({type:'paint',buffered:!0})}catch(e){requestAnimationFrame(go)}setTimeout(go,1e3)});` +
    `${start}.load()}`);
}

// 3. The icons.
writeFileSync(join(dir, 'icon.svg'), svg());
for (const size of [192, 512]) writeFileSync(join(dir, `icon-${size}.png`), png(size));

// 4. The house style: a theme of the NL Design System's tokens under one class, ours
// (styles/theme.css, `uitstroomrekenaar-theme`) or a municipality's (THEME_CSS=path
// THEME_CLASS=name), put in the page before the other styles and its class on <html>. Its
// `data:` images are left out (the policy allows images from the page's origin only): a token
// holding one becomes `none`. Then the style sheets, which Trunk inlines one by one, as one (one
// hash instead of thirty), and the policy, with the hash of every inline script and style as the
// page has them now.
const DEFAULT_THEME = { css: join(root, 'styles', 'theme.css'), name: 'uitstroomrekenaar-theme' };
if (!!process.env.THEME_CSS !== !!process.env.THEME_CLASS) throw new Error('post-build: THEME_CSS and THEME_CLASS go together');
const theme = { css: process.env.THEME_CSS ? resolve(root, process.env.THEME_CSS) : DEFAULT_THEME.css, name: process.env.THEME_CLASS ?? DEFAULT_THEME.name };
if (!/^[A-Za-z_][\w-]*$/.test(theme.name)) throw new Error(`post-build: THEME_CLASS is not a class name: ${theme.name}`);
const themeCss = readFileSync(theme.css, 'utf8')
  .replace(/\/\*(?!!)[\s\S]*?\*\//g, '')
  // Quoted (an SVG in a data: URL may hold parentheses) or bare.
  .replace(/url\(\s*(?:"data:[^"]*"|'data:[^']*'|data:[^)]*)\s*\)/g, 'none');
if (!themeCss.includes(`.${theme.name}`)) throw new Error(`post-build: ${theme.css} sets nothing under .${theme.name}`);
const themed = new RegExp(`(<html\\b[^>]*\\bclass=["']?)${DEFAULT_THEME.name}`);
if (!themed.test(page)) throw new Error('post-build: no theme class on <html> to replace');
page = page.replace(themed, `$1${theme.name}`);
page = page.replace('<style>', `<style>${themeCss}</style><style>`);
page = page.replace(/<\/style>\s*<style>/g, '');
// (The first screen's script is text that never runs: it needs no hash.)
const hashes = (tag) =>
  [...page.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))]
    .filter((m) => m[2].length > 0 && !(m[1] ?? '').includes('text/x-prerender'))
    .map((m) => `'sha256-${digest('sha256', m[2])}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes('script').join(' ')}`,
  `style-src 'self' ${hashes('style').join(' ')}`,
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
if (page.includes('Content-Security-Policy')) throw new Error('post-build: the page already has a policy');
page = page.replace(/(<meta charset=["']?utf-8["']?\s*\/?>)/i, `$1<meta http-equiv=Content-Security-Policy content="${policy}">`);
if (!page.includes('Content-Security-Policy')) throw new Error('post-build: no <meta charset> to put the policy after');
writeFileSync(pagePath, page);

// 5. The service worker: every file of the build but itself and the compressed copies.
const files = (path) =>
  readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
const built = files(dir)
  .map((f) => relative(dir, f))
  .filter((f) => f !== 'sw.js' && !/\.(br|gz)$/.test(f))
  .sort();
const version = createHash('sha256');
for (const f of built) version.update(f).update(readFileSync(join(dir, f)));
const worker = readFileSync(join(root, 'static/sw.js'), 'utf8')
  .replace("'__VERSION__'", `'${version.digest('hex').slice(0, 16)}'`)
  .replace('__FILES__', JSON.stringify(built.map((f) => `./${f}`)));
writeFileSync(join(dir, 'sw.js'), worker);

// 6. Compressed copies, as a static host would serve them. Each kept in target/compress-cache by
// its content's hash: a file that did not change since the last build (the modules, in the second
// house style's build) is not compressed again (brotli's best takes seconds a module).
const compressCache = join(root, 'target', 'compress-cache');
mkdirSync(compressCache, { recursive: true });
const compressed = (raw, ext, make) => {
  const kept = join(compressCache, `${createHash('sha256').update(raw).digest('hex')}.${ext}`);
  if (existsSync(kept)) return readFileSync(kept);
  const out = make(raw);
  writeFileSync(`${kept}.${process.pid}`, out);
  renameSync(`${kept}.${process.pid}`, kept);
  return out;
};
for (const f of [...built, 'sw.js']) {
  const raw = readFileSync(join(dir, f));
  writeFileSync(join(dir, `${f}.br`), compressed(raw, 'br', (r) => brotliCompressSync(r, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: r.length },
  })));
  writeFileSync(join(dir, `${f}.gz`), compressed(raw, 'gz', (r) => gzipSync(r, { level: 9 })));
}
console.log(`post-build: ${built.length + 1} files, each with .br and .gz; policy: ${policy.length} characters`);
