// The app icon, drawn from one source: ICON below, a few vector shapes on a 1×1 canvas. This script
// renders it at every size the installers need (no image tool is required) and writes out/icons/:
// NxN.png for Linux, icon.ico (Windows) and icon.icns (macOS) holding PNGs, plus out/main/icon.png for
// the window. `npm run dist` and `npm run build` run it; the output is not committed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

/** The source image. Coordinates are fractions of the side; colours are [r, g, b]. */
export const ICON = {
  background: { radius: 0.2, top: [17, 94, 163], bottom: [15, 108, 189] },
  shapes: [
    // Two records on the left, flowing into the target on the right (a provisioning arrow).
    { kind: 'roundRect', x: 0.16, y: 0.26, w: 0.3, h: 0.16, r: 0.05, color: [255, 255, 255] },
    { kind: 'roundRect', x: 0.16, y: 0.58, w: 0.3, h: 0.16, r: 0.05, color: [199, 224, 244] },
    { kind: 'polygon', points: [[0.5, 0.3], [0.62, 0.3], [0.84, 0.5], [0.62, 0.7], [0.5, 0.7], [0.72, 0.5]], color: [255, 255, 255] },
  ],
};

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

function insideRoundRect(px, py, { x, y, w, h, r }) {
  if (px < x || py < y || px > x + w || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

function insidePolygon(px, py, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** RGBA pixels of ICON at `size`×`size`, 4×4 supersampled. */
export function renderIcon(size, icon = ICON) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  const frame = { x: 0.02, y: 0.02, w: 0.96, h: 0.96, r: icon.background.radius };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = (x + (sx + 0.5) / samples) / size;
          const py = (y + (sy + 0.5) / samples) / size;
          if (!insideRoundRect(px, py, frame)) continue;
          const t = py;
          let color = icon.background.top.map((top, i) => top + (icon.background.bottom[i] - top) * t);
          for (const shape of icon.shapes) {
            const hit = shape.kind === 'roundRect' ? insideRoundRect(px, py, shape) : insidePolygon(px, py, shape.points);
            if (hit) color = shape.color;
          }
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const offset = (y * size + x) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
      }
      pixels[offset + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return pixels;
}

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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A minimal PNG encoder: 8-bit RGBA, no filtering, zlib-compressed. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Windows .ico holding PNG images (supported since Vista). */
export function encodeIco(images) {
  const header = Buffer.alloc(6 + images.length * 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + i * 16;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** macOS .icns holding PNG images (ic07…ic10: 128 to 1024). */
export function encodeIcns(images) {
  const types = { 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
  const entries = images
    .filter(({ size }) => types[size])
    .map(({ size, png }) => {
      const head = Buffer.alloc(8);
      head.write(types[size], 0, 'ascii');
      head.writeUInt32BE(png.length + 8, 4);
      return Buffer.concat([head, png]);
    });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((sum, entry) => sum + entry.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

/**
 * Writes out/icons/ (and `windowIcon`, when given). Skips the work when the icons are newer than
 * this script, so repeated builds cost nothing.
 * @param {{ root: string; windowIcon?: string }} options
 */
export function writeIcons({ root, windowIcon }) {
  const dir = path.join(root, 'out', 'icons');
  const self = fileURLToPath(import.meta.url);
  const marker = path.join(dir, 'icon.icns');
  const fresh = fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(self).mtimeMs;
  if (!fresh) {
    fs.mkdirSync(dir, { recursive: true });
    const images = PNG_SIZES.map((size) => ({ size, png: encodePng(size, renderIcon(size)) }));
    for (const { size, png } of images) fs.writeFileSync(path.join(dir, `${size}x${size}.png`), png);
    fs.writeFileSync(path.join(dir, 'icon.ico'), encodeIco(images.filter(({ size }) => [16, 24, 32, 48, 64, 128, 256].includes(size))));
    fs.writeFileSync(marker, encodeIcns(images));
  }
  if (windowIcon) {
    fs.mkdirSync(path.dirname(windowIcon), { recursive: true });
    fs.copyFileSync(path.join(dir, '512x512.png'), windowIcon);
  }
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  console.log(`icons written to ${path.relative(root, writeIcons({ root }))}`);
}
