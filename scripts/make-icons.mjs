// Draws the toolbar icon (a white lens on a seal-red tile) as PNGs in public/icon/.
// Run once after changing the design: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Coverage of a pixel by the shape, by 4×4 supersampling. */
function coverage(x, y, s, inside) {
  let hit = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / s, (y + (j + 0.5) / 4) / s)) hit++;
  return hit / 16;
}

const tile = (u, v) => {
  const r = 0.2, dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0), dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const lens = (u, v) => {
  const d = Math.hypot(u - 0.43, v - 0.43);
  if (d >= 0.17 && d <= 0.27) return true;
  // handle: a thick segment from the ring towards the bottom-right corner
  const t = ((u - 0.62) + (v - 0.62)) / 2, px = 0.62 + t, py = 0.62 + t;
  return t >= 0 && t <= 0.17 && Math.hypot(u - px, v - py) <= 0.065;
};
const dot = (u, v) => Math.hypot(u - 0.43, v - 0.43) <= 0.07;

function icon(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size, tile);
      const w = Math.max(coverage(x, y, size, lens), coverage(x, y, size, dot));
      const [r, g, b] = [164 + (255 - 164) * w, 22 + (255 - 22) * w, 26 + (255 - 26) * w];
      row.push(Math.round(r), Math.round(g), Math.round(b), Math.round(255 * a));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log('wrote public/icon/{16,32,48,128}.png');
