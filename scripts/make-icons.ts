/**
 * Draws the add-in's icons (assets/icon-16.png … icon-80.png): a traffic light on a navy
 * rounded square, the mark a controller already reads as "on plan / watch / over".
 * Plain PNG encoding with zlib so that no image tool is needed: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const navy: Rgba = [0x1f, 0x38, 0x64, 255];
const housing: Rgba = [0x12, 0x22, 0x3d, 255];
const lamps: readonly Rgba[] = [
  [0xc6, 0x28, 0x28, 255],
  [0xf2, 0xb7, 0x05, 255],
  [0x2e, 0x7d, 0x32, 255],
];

/** Coverage 0..1 of a rounded rectangle at point (x, y), in units of the icon's side (0..1). */
function insideRoundedRect(x: number, y: number, left: number, top: number, right: number, bottom: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= left && x <= right && y >= top && y <= bottom;
}

function colourAt(x: number, y: number): Rgba | null {
  for (let i = 0; i < lamps.length; i++) {
    const cy = 0.25 + i * 0.25;
    if ((x - 0.5) ** 2 + (y - cy) ** 2 <= 0.095 ** 2) return lamps[i];
  }
  if (insideRoundedRect(x, y, 0.3, 0.1, 0.7, 0.9, 0.16)) return housing;
  if (insideRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) return navy;
  return null;
}

/** Samples each pixel on a 6×6 grid so that edges are smooth even at 16 px. */
function render(size: number): Buffer {
  const samples = 6;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const o = 1 + px * 4;
      if (a > 0) {
        row[o] = Math.round(r / a);
        row[o + 1] = Math.round(g / a);
        row[o + 2] = Math.round(b / a);
      }
      row[o + 3] = Math.round((255 * a) / samples ** 2);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function png(width: number, height: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const out = join(__dirname, '..', 'assets');
for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(join(out, `icon-${size}.png`), render(size));
}
