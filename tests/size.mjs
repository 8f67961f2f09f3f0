// Prints the size of everything the page loads before its first result (HTML with its CSS,
// the JS glue, the wasm), brotli-compressed as a server would send it, and fails above the
// budget. What makes the page installable and offline (manifest, icons, service worker) is
// fetched after that and has a budget of its own. The build's pre-compressed copies are not
// counted, but each file must have both, and they must hold the file.
// Usage: node tests/size.mjs dist
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';

const BUDGET_BYTES = 165_000; // issue 11: 165 KB with serde, serde_json and gloo (was 150 KB; 1 KB = 1,000 bytes)
const INSTALL_BUDGET_BYTES = 8_000; // issue 12: manifest, icons and service worker
const PAGE = /\.(html|js|wasm|css)$/;
const dir = process.argv[2] ?? 'dist';

function files(path) {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

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
  return { file, raw: raw.length, brotli, page: PAGE.test(file) && !file.endsWith('sw.js') };
});
if (rows.length === 0 || !rows.some((r) => r.file.endsWith('.wasm'))) {
  console.error(`size: no built app in ${dir}`);
  process.exit(1);
}
for (const r of rows) {
  console.log(`${String(r.brotli).padStart(8)} B brotli  ${String(r.raw).padStart(8)} B raw  ${r.file}`);
}
const kb = (b) => (b / 1000).toFixed(1);
let over = false;
for (const [label, page, budget] of [['page', true, BUDGET_BYTES], ['install', false, INSTALL_BUDGET_BYTES]]) {
  const part = rows.filter((r) => r.page === page);
  const total = part.reduce((sum, r) => sum + r.brotli, 0);
  const raw = part.reduce((sum, r) => sum + r.raw, 0);
  console.log(`size: ${label} ${kb(total)} KB brotli (${kb(raw)} KB raw), budget ${kb(budget)} KB`);
  if (total > budget) {
    console.error(`size: ${label} over budget by ${kb(total - budget)} KB`);
    over = true;
  }
}
if (over) process.exit(1);
