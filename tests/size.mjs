// Prints the size of everything the page loads (HTML, JS, wasm, CSS), brotli-compressed as a
// server would send it, and fails above the budget. Usage: node tests/size.mjs dist
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const BUDGET_BYTES = 165_000; // issue 11: 165 KB with serde, serde_json and gloo (was 150 KB; 1 KB = 1,000 bytes)
const dir = process.argv[2] ?? 'dist';

function files(path) {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const rows = files(dir).map((file) => {
  const raw = readFileSync(file);
  const brotli = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;
  return { file, raw: raw.length, brotli };
});
if (rows.length === 0 || !rows.some((r) => r.file.endsWith('.wasm'))) {
  console.error(`size: no built app in ${dir}`);
  process.exit(1);
}
for (const r of rows) {
  console.log(`${String(r.brotli).padStart(8)} B brotli  ${String(r.raw).padStart(8)} B raw  ${r.file}`);
}
const total = rows.reduce((sum, r) => sum + r.brotli, 0);
const raw = rows.reduce((sum, r) => sum + r.raw, 0);
const kb = (b) => (b / 1000).toFixed(1);
console.log(`size: ${kb(total)} KB brotli (${kb(raw)} KB raw), budget ${kb(BUDGET_BYTES)} KB`);
if (total > BUDGET_BYTES) {
  console.error(`size: over budget by ${kb(total - BUDGET_BYTES)} KB`);
  process.exit(1);
}
