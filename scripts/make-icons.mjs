#!/usr/bin/env node
// Draws the toolbar icon (a folded broadsheet: dark page, three columns of text lines) as PNGs.
// Run once when the design changes; the PNGs are committed under public/icons.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

function pixel(x, y, size) {
  const u = x / size, v = y / size;
  const inPage = u > 0.08 && u < 0.92 && v > 0.06 && v < 0.94;
  if (!inPage) return [0, 0, 0, 0];
  const mast = v > 0.12 && v < 0.3 && u > 0.16 && u < 0.84; // masthead band
  const col = [0.16, 0.4, 0.64].some((c) => u > c && u < c + 0.2);
  const line = v > 0.38 && v < 0.88 && Math.floor((v - 0.38) * size / Math.max(2, size / 10)) % 2 === 0;
  return mast || (col && line) ? [250, 247, 240, 255] : [139, 0, 0, 255];
}

for (const size of [16, 32, 48, 128]) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5, size), y * (size * 4 + 1) + 1 + x * 4);
  const head = Buffer.alloc(13);
  head.writeUInt32BE(size, 0); head.writeUInt32BE(size, 4); head[8] = 8; head[9] = 6;
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', head), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  writeFileSync(`public/icons/${size}.png`, png);
}
