// Prints the size of every file of the build, brotli-compressed as a server would send it, by
// role, and fails above a role's budget (1 KB = 1,000 bytes):
//   - page: index.html and the files it references (its CSS, the JS glue, the wasm): what the
//     browser loads before the first result;
//   - deferred: code the page loads later (the bands' worker, its JS and wasm);
//   - install: what makes the page installable and offline (manifest, icons, service worker).
// A file of no role fails the check, so a new file is given one on purpose. The build's
// pre-compressed copies are not counted, but each file must have both, and they must hold it.
// Usage: node tests/size.mjs dist
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';

// A guard against accidents (a debug build, a stray dependency), not a gate on features
// (issue 26): the page and deferred code at most 300 KB each, install files 8 KB. A capability
// that needs more raises its number in its own commit, and its note gives the size and the
// bench figures before and after.
const BUDGETS = { page: 300_000, deferred: 300_000, install: 8_000 };
const INSTALL = /^(sw\.js|manifest\.webmanifest|icon[-.][^/]*)$/;
const DEFERRED = /\.(js|wasm)$/;
const dir = process.argv[2] ?? 'dist';

function files(path) {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const page = readFileSync(join(dir, 'index.html'), 'utf8');
const role = (name) => {
  if (INSTALL.test(name)) return 'install';
  if (name === 'index.html' || page.includes(`./${name}`) || page.includes(`"${name}"`)) return 'page';
  if (DEFERRED.test(name)) return 'deferred';
  return null;
};

const rows = files(dir).filter((file) => !/\.(br|gz)$/.test(file)).map((file) => {
  const raw = readFileSync(file);
  const brotli = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;
  for (const [ext, unpack] of [['.br', brotliDecompressSync], ['.gz', gunzipSync]]) {
    if (!existsSync(file + ext) || !unpack(readFileSync(file + ext)).equals(raw)) {
      console.error(`size: ${file}${ext} is missing or does not hold ${file}`);
      process.exit(1);
    }
  }
  return { file, raw: raw.length, brotli, role: role(relative(dir, file)) };
});
const unknown = rows.filter((r) => r.role === null);
if (unknown.length > 0) {
  console.error(`size: files of no role: ${unknown.map((r) => basename(r.file)).join(', ')}`);
  process.exit(1);
}
if (!rows.some((r) => r.role === 'page' && r.file.endsWith('.wasm'))) {
  console.error(`size: no built app in ${dir}`);
  process.exit(1);
}
for (const r of rows) {
  console.log(`${String(r.brotli).padStart(8)} B brotli  ${String(r.raw).padStart(8)} B raw  ${r.role.padEnd(8)}  ${r.file}`);
}
const kb = (b) => (b / 1000).toFixed(1);
let over = false;
for (const [label, budget] of Object.entries(BUDGETS)) {
  const part = rows.filter((r) => r.role === label);
  const total = part.reduce((sum, r) => sum + r.brotli, 0);
  const raw = part.reduce((sum, r) => sum + r.raw, 0);
  console.log(`size: ${label} ${kb(total)} KB brotli (${kb(raw)} KB raw), budget ${kb(budget)} KB`);
  if (total > budget) {
    console.error(`size: ${label} over budget by ${kb(total - budget)} KB`);
    over = true;
  }
}
if (over) process.exit(1);
