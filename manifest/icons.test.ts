// Microsoft's rules for the Teams app icons, checked on the PNG bytes that go into the package:
// https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons
import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  colorIconProblems,
  decodePng,
  drawLadderIcon,
  drawTeamsColorIcon,
  drawTeamsOutlineIcon,
  encodePng,
  outlineIconProblems,
} from './icons.ts';

const alpha = (raster: { width: number; pixels: Uint8Array }, x: number, y: number) => raster.pixels[(y * raster.width + x) * 4 + 3];

describe('Teams colour icon', () => {
  const raster = decodePng(drawTeamsColorIcon());

  it('is a 192×192 square with opaque corners: Teams rounds them itself', () => {
    expect([raster.width, raster.height]).toEqual([192, 192]);
    for (const [x, y] of [[0, 0], [191, 0], [0, 191], [191, 191], [1, 1], [190, 190]] as const) expect(alpha(raster, x, y), `${x},${y}`).toBe(255);
    // Full-bleed: every pixel is opaque.
    expect(raster.pixels.filter((v, i) => i % 4 === 3 && v !== 255).length).toBe(0);
  });

  it('has its symbol in the middle 96×96, with 48 px of padding all round', () => {
    const bg = raster.pixels.slice(0, 4);
    const box = boundingBox(raster, (rgba) => !rgba.every((v, k) => v === bg[k]));
    expect(box).toEqual({ left: 48, top: 48, right: 143, bottom: 143 });
  });

  it('passes the package check', () => {
    expect(colorIconProblems(drawTeamsColorIcon())).toEqual([]);
  });

  it('the check refuses transparent corners and a symbol in the padding', () => {
    const problems = colorIconProblems(drawLadderIcon(192)).join('\n');
    expect(problems).toMatch(/dekkende achtergrondkleur/);
    expect(problems).toMatch(/middelste 96x96/);
  });
});

describe('Teams outline icon', () => {
  const raster = decodePng(drawTeamsOutlineIcon());

  it('is 32×32, only pure white or fully transparent', () => {
    expect([raster.width, raster.height]).toEqual([32, 32]);
    const kinds = new Set<string>();
    for (let i = 0; i < raster.pixels.length; i += 4) kinds.add(Array.from(raster.pixels.subarray(i, i + 4)).join(','));
    expect([...kinds].sort()).toEqual(['0,0,0,0', '255,255,255,255']);
  });

  it('has no padding: the symbol touches all four edges', () => {
    const box = boundingBox(raster, (rgba) => rgba[3] === 255);
    expect(box).toEqual({ left: 0, top: 0, right: 31, bottom: 31 });
    expect(outlineIconProblems(drawTeamsOutlineIcon())).toEqual([]);
  });

  it('the check refuses padding and other colours', () => {
    const pixels = new Uint8Array(32 * 32 * 4);
    for (let y = 8; y < 24; y++) for (let x = 8; x < 24; x++) pixels.set([255, 255, 255, 255], (y * 32 + x) * 4);
    expect(outlineIconProblems(encodePng({ width: 32, height: 32, pixels }))).toEqual(['het symbool in outline.png moet de randen raken (geen extra ruimte eromheen)']);
    pixels.set([15, 108, 189, 255], 0);
    expect(outlineIconProblems(encodePng({ width: 32, height: 32, pixels }))[0]).toMatch(/alleen wit/);
  });
});

describe('PNG decoder', () => {
  it('reads back what the encoder wrote', () => {
    const pixels = new Uint8Array(5 * 3 * 4).map((_, i) => (i * 37) % 256);
    expect(decodePng(encodePng({ width: 5, height: 3, pixels }))).toEqual({ width: 5, height: 3, pixels });
  });
});
