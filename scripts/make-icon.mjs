// Draws media/icon.png (128×128): a quotation mark over a speaker underline and a date box, in the
// extension's highlight colours. Pure Node (zlib for the PNG's deflate), so it runs anywhere.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { URL } from 'node:url';

const S = 128;
const px = new Uint8Array(S * S * 4);
const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const BG = hex('#1E2A3A');
const QUOTE = hex('#FFD23F');
const SPEAKER = hex('#4FC1FF');
const DATE = hex('#3FD08C');

// Supersampled shapes: each pixel averages 4×4 samples, so edges are smooth.
function paint(inside, rgb) {
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
      if (!hits) continue;
      const a = hits / 16;
      const i = (y * S + x) * 4;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(px[i + c] * (1 - a) + rgb[c] * a);
      px[i + 3] = Math.max(px[i + 3], Math.round(255 * a));
    }
  }
}

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
// The tail of an opening quotation mark: a wedge rising from the dot to the upper right.
const tail = (cx, cy, r) => {
  const pts = [[cx - r * 0.95, cy - r * 0.2], [cx + r * 0.75, cy - r * 0.5], [cx + r * 1.1, cy - r * 2.4]];
  return (x, y) => {
    const sign = (p, q) => (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1]);
    const d = [sign(pts[0], pts[1]), sign(pts[1], pts[2]), sign(pts[2], pts[0])];
    return !(d.some((v) => v < 0) && d.some((v) => v > 0));
  };
};

paint(roundedRect(0, 0, S, S, 22), BG);
for (const cx of [40, 78]) {
  paint(circle(cx, 52, 12), QUOTE);
  paint(tail(cx, 52, 12), QUOTE);
}
paint(roundedRect(22, 86, 70, 94, 4), SPEAKER);
const box = roundedRect(78, 78, 108, 102, 5);
const hole = roundedRect(82, 82, 104, 98, 3);
paint((x, y) => box(x, y) && !hole(x, y), DATE);

// PNG: signature, IHDR, IDAT (filter byte 0 per row), IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0);
ihdr.writeUInt32BE(S, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(S * (S * 4 + 1));
for (let y = 0; y < S; y++) Buffer.from(px.buffer, y * S * 4, S * 4).copy(raw, y * (S * 4 + 1) + 1);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
mkdirSync(new URL('../media/', import.meta.url), { recursive: true });
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
console.log(`media/icon.png: ${png.length} bytes`);
