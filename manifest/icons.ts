import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** RGBA pixels, row-major. */
export interface Raster {
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

/**
 * The ladder symbol filling the square box (x0, y0, side): rails on the left and right edge, four rungs,
 * every edge on a whole pixel so the outline icon has no half-transparent pixels.
 */
function paintLadder(raster: Raster, x0: number, y0: number, side: number, colour: Rgba): void {
  const rail = Math.max(1, Math.round(side * 0.16));
  const rung = Math.max(1, Math.round(side * 0.1));
  const rungTops = [0.16, 0.39, 0.61, 0.84].map((f) => Math.round(f * side - rung / 2));
  for (let y = 0; y < side; y++) {
    const onRung = rungTops.some((top) => y >= top && y < top + rung);
    for (let x = 0; x < side; x++) {
      if (x < rail || x >= side - rail || onRung) raster.pixels.set(colour, ((y0 + y) * raster.width + x0 + x) * 4);
    }
  }
}

function solid(size: number, colour: Rgba): Raster {
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) pixels.set(colour, i * 4);
  return { width: size, height: size, pixels };
}

/**
 * Teams' colour icon (https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons):
 * 192×192, a solid square background to the edges (Teams rounds the corners itself, so ours stay square and
 * opaque), the symbol 96×96 in the middle with 48 px of padding all round.
 */
export const TEAMS_COLOR_ICON = { size: 192, symbol: 96, padding: 48 } as const;

/** Same page: the outline icon is 32×32, pure white on fully transparent, with no padding around the symbol. */
export const TEAMS_OUTLINE_ICON = { size: 32 } as const;

export function drawTeamsColorIcon(): Buffer {
  const { size, symbol, padding } = TEAMS_COLOR_ICON;
  const raster = solid(size, BRAND);
  paintLadder(raster, padding, padding, symbol, WHITE);
  return encodePng(raster);
}

export function drawTeamsOutlineIcon(): Buffer {
  const { size } = TEAMS_OUTLINE_ICON;
  const raster = solid(size, CLEAR);
  paintLadder(raster, 0, 0, size, WHITE);
  return encodePng(raster);
}

/** Decodes an 8-bit RGBA or RGB PNG (no interlace) into RGBA pixels, so the icon rules can be checked on the bytes we ship. */
export function decodePng(png: Uint8Array): Raster {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('geen PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const data: Buffer[] = [];
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colourType = body[9]!;
      if (body[8] !== 8 || body[12] !== 0 || (colourType !== 6 && colourType !== 2)) {
        throw new Error('alleen 8-bits RGB- of RGBA-PNG zonder interlacing wordt gecontroleerd');
      }
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(data));
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[y * stride + i - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? out[(y - 1) * stride + i - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`onbekend PNG-filter ${filter}`);
      out[y * stride + i] = (line[i]! + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, pixels: out };
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) pixels.set([out[i * 3]!, out[i * 3 + 1]!, out[i * 3 + 2]!, 255], i * 4);
  return { width, height, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The smallest box holding every pixel for which `inSymbol` holds; null when there is none. */
export function boundingBox(raster: Raster, inSymbol: (rgba: Uint8Array) => boolean): { left: number; top: number; right: number; bottom: number } | null {
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  for (let y = 0; y < raster.height; y++) {
    for (let x = 0; x < raster.width; x++) {
      const i = (y * raster.width + x) * 4;
      if (!inSymbol(raster.pixels.subarray(i, i + 4))) continue;
      box = box
        ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) }
        : { left: x, top: y, right: x, bottom: y };
    }
  }
  return box;
}

/**
 * Problems with the colour icon against Microsoft's rules: square 192×192, every edge pixel opaque and the
 * background colour (no transparent rounded corners), and the symbol inside the middle 96×96.
 */
export function colorIconProblems(png: Uint8Array, name = 'color.png'): string[] {
  const raster = decodePng(png);
  const { size, symbol, padding } = TEAMS_COLOR_ICON;
  if (raster.width !== size || raster.height !== size) return [`pictogram ${name} is ${raster.width}x${raster.height}, moet ${size}x${size} zijn`];
  const problems: string[] = [];
  const background = raster.pixels.slice(0, 4);
  const same = (rgba: Uint8Array) => rgba.every((v, k) => v === background[k]);
  let edgeOk = background[3] === 255;
  for (let k = 0; k < size && edgeOk; k++) {
    for (const [x, y] of [[k, 0], [k, size - 1], [0, k], [size - 1, k]] as const) {
      const i = (y * size + x) * 4;
      if (!same(raster.pixels.subarray(i, i + 4))) edgeOk = false;
    }
  }
  if (!edgeOk) problems.push(`pictogram ${name} moet tot de rand één dekkende achtergrondkleur hebben (geen transparante of afgeronde hoeken)`);
  const box = boundingBox(raster, (rgba) => !same(rgba));
  if (!box) problems.push(`pictogram ${name} heeft geen symbool`);
  else if (box.left < padding || box.top < padding || box.right >= padding + symbol || box.bottom >= padding + symbol) {
    problems.push(`het symbool in ${name} moet binnen de middelste ${symbol}x${symbol} pixels blijven (${padding} pixels rand)`);
  }
  return problems;
}

/** Problems with the outline icon: 32×32, only pure white and fully transparent pixels, the symbol touching the edges. */
export function outlineIconProblems(png: Uint8Array, name = 'outline.png'): string[] {
  const raster = decodePng(png);
  const { size } = TEAMS_OUTLINE_ICON;
  if (raster.width !== size || raster.height !== size) return [`pictogram ${name} is ${raster.width}x${raster.height}, moet ${size}x${size} zijn`];
  const problems: string[] = [];
  const white = (rgba: Uint8Array) => rgba[0] === 255 && rgba[1] === 255 && rgba[2] === 255 && rgba[3] === 255;
  for (let i = 0; i < raster.pixels.length; i += 4) {
    const rgba = raster.pixels.subarray(i, i + 4);
    if (!white(rgba) && rgba[3] !== 0) {
      problems.push(`pictogram ${name} mag alleen wit (255, 255, 255) op volledig transparant bevatten`);
      break;
    }
  }
  const box = boundingBox(raster, white);
  if (!box) problems.push(`pictogram ${name} heeft geen symbool`);
  else if (!((box.left === 0 && box.right === size - 1) || (box.top === 0 && box.bottom === size - 1))) {
    problems.push(`het symbool in ${name} moet de randen raken (geen extra ruimte eromheen)`);
  }
  return problems;
}
