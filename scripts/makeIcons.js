#!/usr/bin/env node
/*
 * Writes the add-in's ribbon and store icons (assets/icon-16.png … icon-128.png): a blue tile with
 * three rising white bars. Generated rather than drawn so every size stays consistent and the repo
 * needs no image editor; the PNGs are committed, rerun this only to change the design.
 * PNG encoding by hand (zlib + CRC-32) because it is ~40 lines and avoids an image dependency.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x10, 0x6e, 0xbe, 0xff]; // close to Office's Excel-adjacent blue, readable on light and dark ribbons
const WHITE = [0xff, 0xff, 0xff, 0xff];
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The colour of pixel (x, y) in an icon of `size` pixels: a rounded tile with three bars. */
function pixel(x, y, size) {
  const radius = Math.max(2, Math.round(size * 0.18));
  const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
  const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
  if (dx * dx + dy * dy > radius * radius) return CLEAR;
  const margin = size * 0.2;
  const barWidth = (size - 2 * margin) / 5; // bar, gap, bar, gap, bar
  const heights = [0.35, 0.6, 0.85];
  for (let i = 0; i < 3; i++) {
    const left = margin + i * 2 * barWidth;
    const top = size - margin - heights[i] * (size - 2 * margin);
    if (x + 0.5 >= left && x + 0.5 < left + barWidth && y + 0.5 >= top && y + 0.5 < size - margin) return WHITE;
  }
  return BLUE;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
