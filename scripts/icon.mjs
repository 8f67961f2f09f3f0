// The app's icon, the one source of its SVG and PNG forms (the manifest's icons). It is a
// caseload falling month by month (bars) on the page's primary colour: rectangles on a 512
// grid, so the PNGs are drawn here exactly, without an SVG renderer.
import { deflateSync } from 'node:zlib';

const GRID = 512;
const BACKGROUND = [0x0b, 0x53, 0x94]; // --colour-primary
const CORNER = 96; // radius of the rounded square
const BARS = { colour: [0xff, 0xff, 0xff], width: 56, gap: 20, bottom: 400, heights: [264, 216, 176, 144, 120] };
const ACCENT = { colour: [0xff, 0xbf, 0x47], x: 96, y: 424, width: 320, height: 24 }; // --colour-focus: the saving

function bars() {
  const left = (GRID - BARS.heights.length * BARS.width - (BARS.heights.length - 1) * BARS.gap) / 2;
  return BARS.heights.map((h, i) => ({
    x: left + i * (BARS.width + BARS.gap), y: BARS.bottom - h, width: BARS.width, height: h, colour: BARS.colour,
  }));
}

const hex = ([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The icon as SVG text. */
export function svg() {
  const rects = [...bars(), ACCENT]
    .map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${hex(r.colour)}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${GRID} ${GRID}">`
    + `<rect width="${GRID}" height="${GRID}" rx="${CORNER}" fill="${hex(BACKGROUND)}"/>${rects}</svg>\n`;
}

/** The colour and coverage of the grid point (x, y): [r, g, b, a]. */
function paint(x, y) {
  for (const r of [...bars(), ACCENT]) {
    if (x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height) return [...r.colour, 255];
  }
  // Outside the rounded corners: transparent.
  const cx = Math.min(Math.max(x, CORNER), GRID - CORNER);
  const cy = Math.min(Math.max(y, CORNER), GRID - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2 ? [...BACKGROUND, 255] : [0, 0, 0, 0];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The icon as a PNG of `size` × `size` pixels, each the mean of 4 × 4 samples (smooth edges). */
export function png(size) {
  const SAMPLES = 4;
  const rows = Buffer.alloc(size * (1 + 4 * size));
  for (let py = 0; py < size; py++) {
    const row = py * (1 + 4 * size);
    rows[row] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = paint(((px + (sx + 0.5) / SAMPLES) * GRID) / size, ((py + (sy + 0.5) / SAMPLES) * GRID) / size);
          // Colours weighted by coverage, so edges blend towards transparent, not black.
          sum[0] += r * a; sum[1] += g * a; sum[2] += b * a; sum[3] += a;
        }
      }
      const at = row + 1 + 4 * px;
      const alpha = sum[3] / SAMPLES ** 2;
      for (let c = 0; c < 3; c++) rows[at + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      rows[at + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
