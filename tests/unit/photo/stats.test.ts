import sharp from 'sharp';
import { colourName } from '../../../lib/rules/helpers/colour';
import { describe, expect, it, vi } from 'vitest';
import { BACKGROUND_PASS_SHARE, backgroundSampleIndexes, backgroundStats, isGrayscale } from '../../../lib/photo/stats';
import { makePhoto } from '../../fixtures/photos';

// sharp encodes and decodes 12 MP photos here: slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

type Rgba = [number, number, number, number];

/** A width × height RGBA picture filled by `paint(x, y)`. */
function picture(width: number, height: number, paint: (x: number, y: number) => Rgba): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set(paint(x, y), (y * width + x) * 4);
  }
  return data;
}

const solid = (rgba: Rgba) => () => rgba;

describe('backgroundSampleIndexes', () => {
  it('samples the top band and the upper side bands only', () => {
    const width = 100;
    const height = 140;
    const sampled = new Set(backgroundSampleIndexes(width, height));
    const at = (x: number, y: number): boolean => sampled.has(y * width + x);
    expect(at(50, 0)).toBe(true); // top band, centre
    expect(at(50, 6)).toBe(true); // 5 % of 140 = 7 rows
    expect(at(50, 7)).toBe(false); // below the top band: the head
    expect(at(0, 40)).toBe(true); // left band
    expect(at(99, 40)).toBe(true); // right band
    expect(at(10, 40)).toBe(false); // 10 % of 100 = 10 columns
    expect(at(0, 62)).toBe(true); // 45 % of 140 = 63
    expect(at(0, 63)).toBe(false); // below the side bands: shoulders
    expect(at(0, 139)).toBe(false); // bottom corners are never sampled
    expect(at(99, 139)).toBe(false);
    expect(at(50, 70)).toBe(false); // the face
  });

  it('always samples something on tiny pictures and nothing on empty ones', () => {
    expect(backgroundSampleIndexes(1, 1)).toEqual([0]);
    expect(backgroundSampleIndexes(3, 2).length).toBeGreaterThan(0);
    expect(backgroundSampleIndexes(0, 10)).toEqual([]);
    expect(backgroundSampleIndexes(10, 0)).toEqual([]);
  });

  it('lists each pixel once, inside the picture', () => {
    for (const [width, height] of [
      [96, 134],
      [7, 5],
      [2, 300],
      [300, 2],
    ] as const) {
      const indexes = backgroundSampleIndexes(width, height);
      expect(new Set(indexes).size).toBe(indexes.length);
      expect(Math.max(...indexes)).toBeLessThan(width * height);
    }
  });
});

describe('backgroundStats on synthetic pictures', () => {
  const W = 96;
  const H = 134;
  const table: [string, (x: number, y: number) => Rgba, { white: number; neutral: number; mean?: [number, number, number] }][] = [
    ['pure white', solid([255, 255, 255, 255]), { white: 1, neutral: 1, mean: [255, 255, 255] }],
    ['white at the limit (235, spread 0)', solid([235, 235, 235, 255]), { white: 1, neutral: 1 }],
    ['234 is not white but light neutral', solid([234, 234, 234, 255]), { white: 0, neutral: 1 }],
    ['warm white, spread 24', solid([255, 250, 235, 255]), { white: 1, neutral: 1 }],
    ['too warm, spread 25', solid([255, 250, 230, 255]), { white: 0, neutral: 0 }],
    ['light grey 215', solid([215, 215, 215, 255]), { white: 0, neutral: 1, mean: [215, 215, 215] }],
    ['grey 200 is light neutral', solid([200, 200, 200, 255]), { white: 0, neutral: 1 }],
    ['grey 199 is not', solid([199, 199, 199, 255]), { white: 0, neutral: 0 }],
    ['ID blue', solid([67, 142, 219, 255]), { white: 0, neutral: 0, mean: [67, 142, 219] }],
    ['red', solid([220, 30, 40, 255]), { white: 0, neutral: 0 }],
    ['transparent counts as white', solid([0, 0, 0, 0]), { white: 1, neutral: 1, mean: [255, 255, 255] }],
    ['half-transparent black is grey', solid([0, 0, 0, 128]), { white: 0, neutral: 0 }],
    // A dark subject in the unsampled middle and bottom does not matter.
    [
      'white with a dark head and shoulders',
      (x, y) => ((y > H * 0.1 && x > W * 0.2 && x < W * 0.8) || y > H * 0.6 ? [20, 30, 80, 255] : [250, 250, 250, 255]),
      { white: 1, neutral: 1 },
    ],
    // Blue top band (7 rows × 96 = 672 samples) on white; the side bands (2 × 10 columns × 53 rows) stay white.
    ['blue top band', (_x, y) => (y < 7 ? [67, 142, 219, 255] : [255, 255, 255, 255]), { white: 1060 / 1732, neutral: 1060 / 1732 }],
  ];
  it.each(table)('%s', (_label, paint, expected) => {
    const stats = backgroundStats(picture(W, H, paint), W, H);
    expect(stats.whiteShare).toBeCloseTo(expected.white, 5);
    expect(stats.lightNeutralShare).toBeCloseTo(expected.neutral, 5);
    if (expected.mean) expect(stats.meanRgb).toEqual(expected.mean);
  });

  it('passes at exactly 92 % white and not below', () => {
    // Make exactly the first k samples blue.
    const indexes = backgroundSampleIndexes(W, H);
    const paintWith = (blue: number): Uint8ClampedArray => {
      const data = picture(W, H, solid([255, 255, 255, 255]));
      for (const index of indexes.slice(0, blue)) data.set([67, 142, 219, 255], index * 4);
      return data;
    };
    const allowed = Math.floor(indexes.length * (1 - BACKGROUND_PASS_SHARE));
    expect(backgroundStats(paintWith(allowed), W, H).whiteShare).toBeGreaterThanOrEqual(BACKGROUND_PASS_SHARE);
    expect(backgroundStats(paintWith(allowed + 1), W, H).whiteShare).toBeLessThan(BACKGROUND_PASS_SHARE);
  });

  it('gives zeros, not NaN, for an empty picture', () => {
    expect(backgroundStats(new Uint8ClampedArray(0), 0, 0)).toEqual({ whiteShare: 0, lightNeutralShare: 0, meanRgb: [0, 0, 0] });
    expect(backgroundStats(new Uint8ClampedArray(8), 10, 10).whiteShare).toBeGreaterThanOrEqual(0); // fewer bytes than the size says
  });
});

describe('isGrayscale on synthetic pictures', () => {
  const table: [string, Uint8ClampedArray, boolean][] = [
    ['all grey levels', picture(16, 16, (x, y) => [x * 16, x * 16, x * 16 + (y % 3), 255]), true],
    ['JPEG-like noise of ±10 on grey', picture(16, 16, (x) => [120 + (x % 5), 118, 128, 255]), true],
    ['chroma exactly at the threshold (20)', picture(4, 4, solid([100, 110, 120, 255])), true],
    ['one coloured pixel', picture(16, 16, (x, y) => (x === 3 && y === 9 ? [200, 150, 120, 255] : [128, 128, 128, 255])), false],
    ['skin tone', picture(4, 4, solid([226, 178, 146, 255])), false],
    ['a coloured pixel that is fully transparent is ignored', picture(4, 4, (x) => (x === 0 ? [255, 0, 0, 0] : [90, 90, 90, 255])), true],
    ['empty', new Uint8ClampedArray(0), true],
  ];
  it.each(table)('%s', (_label, data, expected) => {
    expect(isGrayscale(data)).toBe(expected);
  });
});

describe('pixel statistics on the generated photos, as displayed', () => {
  /** What the browser's small decoded copy holds: orientation applied, ~96 px wide, RGBA. */
  async function displayedCopy(name: string): Promise<{ data: Uint8Array; width: number; height: number }> {
    const { data, info } = await sharp(await makePhoto(name))
      .rotate()
      .resize({ width: 96 })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  it.each([
    ['good', true, false],
    ['cmyk', true, false],
    ['png-transparent', true, false],
    ['orientation6', true, false],
    ['orientation8', true, false],
    ['phone-12mp', true, false],
    ['grayscale', true, true],
    ['grayscale-rgb', true, true],
    ['background-blue', false, false],
    ['background-grey', false, false],
  ] as const)('%s: white background %s, grayscale %s', async (name, white, grey) => {
    const { data, width, height } = await displayedCopy(name);
    const stats = backgroundStats(data, width, height);
    expect(stats.whiteShare >= BACKGROUND_PASS_SHARE).toBe(white);
    expect(isGrayscale(data)).toBe(grey);
  });

  it('names the blue background and calls the grey one grey', async () => {
    const blue = await displayedCopy('background-blue');
    const blueStats = backgroundStats(blue.data, blue.width, blue.height);
    expect(blueStats.lightNeutralShare).toBeLessThan(BACKGROUND_PASS_SHARE);
    expect(colourName(blueStats.meanRgb).zh).toBe('蓝色');
    const grey = await displayedCopy('background-grey');
    expect(backgroundStats(grey.data, grey.width, grey.height).lightNeutralShare).toBeGreaterThanOrEqual(BACKGROUND_PASS_SHARE);
  });

  it('sees the stored-sideways photo differently without orientation (why "as displayed" matters)', async () => {
    // Stored 4000×3000: the head lies on its side, its hair reaches into the side band.
    const { data, info } = await sharp(await makePhoto('orientation6'))
      .resize({ width: 96 })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const asDisplayed = await displayedCopy('orientation6');
    expect(backgroundStats(data, info.width, info.height).whiteShare).toBeLessThan(
      backgroundStats(asDisplayed.data, asDisplayed.width, asDisplayed.height).whiteShare,
    );
  });
});
