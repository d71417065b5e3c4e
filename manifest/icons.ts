import { crc32, deflateSync } from 'node:zlib';

/** RGBA pixels, row-major. */
interface Raster {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG (colour type 6, no interlace). */
export function encodePng({ width, height, pixels }: Raster): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0;
    rows.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Rgba = readonly [number, number, number, number];
const BRAND: Rgba = [0x0f, 0x6c, 0xbd, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/**
 * The product icon: a ladder (the participatieladder) drawn in vectors, so every size is sharp.
 * `outline` gives Teams' 32 px outline variant: white on transparent.
 */
export function drawLadderIcon(size: number, options: { outline?: boolean } = {}): Buffer {
  const pixels = new Uint8Array(size * size * 4);
  const bg = options.outline ? CLEAR : BRAND;
  const fg = WHITE;
  const radius = options.outline ? 0 : size * 0.18;
  const u = size / 32;
  const railW = Math.max(1, Math.round(2.5 * u));
  const inLadder = (x: number, y: number): boolean => {
    const top = 6 * u;
    const bottom = 26 * u;
    if (y < top || y > bottom) return false;
    const left = 10 * u;
    const right = 22 * u - railW;
    if ((x >= left && x < left + railW) || (x >= right && x < right + railW)) return true;
    if (x < left || x >= right + railW) return false;
    return [9, 14, 19, 24].some((r) => y >= r * u && y < r * u + Math.max(1, Math.round(2 * u)));
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = Math.min(x, size - 1 - x);
      const cy = Math.min(y, size - 1 - y);
      const outsideCorner = cx < radius && cy < radius && Math.hypot(radius - cx - 0.5, radius - cy - 0.5) > radius;
      const colour = outsideCorner ? CLEAR : inLadder(x + 0.5, y + 0.5) ? fg : bg;
      pixels.set(colour, (y * size + x) * 4);
    }
  }
  return encodePng({ width: size, height: size, pixels });
}
