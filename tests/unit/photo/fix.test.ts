import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  candidateSizes,
  DEFAULT_QUALITY,
  displayedSize,
  fixedFileName,
  fixPhoto,
  PhotoFixError,
  planFix,
  planGeometry,
  searchEncoding,
  type Encoder,
  type FixPlan,
} from '../../../lib/photo/fix';
import { padJpeg } from '../../../lib/photo/jpeg-edit';
import { parseJpeg } from '../../../lib/photo/jpeg';
import type { PixelSize } from '../../../lib/photo/header';
import { GUIDE_PHOTO_LIMITS } from '../../../lib/rules/plans/photo-limits';
import type { PhotoFacts } from '../../../lib/rules/types';
import { makePhoto } from '../../fixtures/photos';
import { jpeg } from './jpeg-builder';

// The plan's own limits object must fit the fix's structural type.
const LIMITS = GUIDE_PHOTO_LIMITS;
const FIX = LIMITS.fix;

const jpegFacts = (width: number, height: number, extra: Partial<PhotoFacts> = {}): PhotoFacts => ({
  name: 'photo.jpg',
  bytes: 100_000,
  type: 'jpeg',
  width,
  height,
  components: 3,
  progressive: false,
  gps: false,
  truncated: false,
  ...extra,
});

const WHITE_BACKGROUND = { whiteShare: 0.99, lightNeutralShare: 1, meanRgb: [250, 250, 250] as [number, number, number] };

function fixable(plan: FixPlan): Extract<FixPlan, { fixable: true }> {
  if (!plan.fixable) throw new Error(`expected fixable, got: ${plan.reasons.map((reason) => reason.zh).join(' | ')}`);
  return plan;
}

function refused(plan: FixPlan): string {
  if (plan.fixable) throw new Error('expected a refusal');
  expect(plan.reasons.length).toBeGreaterThan(0);
  for (const reason of plan.reasons) {
    expect(reason.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(reason.en).toMatch(/^[\x20-\x7e×–°]+$/);
  }
  return plan.reasons.map((reason) => reason.zh).join(' | ');
}

describe('displayedSize', () => {
  it.each([
    [undefined, [4000, 3000]],
    [1, [4000, 3000]],
    [2, [4000, 3000]],
    [3, [4000, 3000]],
    [4, [4000, 3000]],
    [5, [3000, 4000]],
    [6, [3000, 4000]],
    [7, [3000, 4000]],
    [8, [3000, 4000]],
  ] as const)('orientation %s → %j', (orientation, [width, height]) => {
    expect(displayedSize(4000, 3000, orientation)).toEqual({ width, height });
  });
});

describe('planFix: what the fix will do', () => {
  const table: [string, PhotoFacts, { crop: [number, number, number, number]; output: [number, number]; step?: RegExp }][] = [
    [
      'already good 413×579: keep',
      jpegFacts(413, 579, { background: WHITE_BACKGROUND }),
      { crop: [0, 0, 413, 579], output: [413, 579], step: /保持 413×579 像素/ },
    ],
    [
      'stored 4000×3000 + orientation 6: turn, no crop, scale',
      jpegFacts(4000, 3000, { orientation: 6 }),
      { crop: [0, 0, 3000, 4000], output: [413, 551], step: /顺时针旋转 90°.*4000×3000 → 3000×4000/ },
    ],
    ['orientation 8', jpegFacts(4000, 3000, { orientation: 8 }), { crop: [0, 0, 3000, 4000], output: [413, 551], step: /逆时针旋转 90°/ }],
    [
      'orientation 3: same size, turned',
      jpegFacts(413, 579, { orientation: 3 }),
      { crop: [0, 0, 413, 579], output: [413, 579], step: /旋转 180°/ },
    ],
    [
      'landscape 800×600: crop the centre to 5:7, keep the top',
      jpegFacts(800, 600),
      { crop: [185, 0, 429, 600], output: [413, 578], step: /裁剪为 429×600/ },
    ],
    [
      'too tall 259×400 (0.6475): crop the bottom off',
      jpegFacts(259, 400),
      { crop: [0, 0, 259, 363], output: [259, 363], step: /0\.647 不在 0\.65–0\.8/ },
    ],
    ['too wide 401×500 (0.802): crop the sides', jpegFacts(401, 500), { crop: [22, 0, 357, 500], output: [357, 500] }],
    ['ratio exactly 0.65 is not cropped', jpegFacts(260, 400), { crop: [0, 0, 260, 400], output: [260, 400] }],
    ['ratio exactly 0.8 is not cropped', jpegFacts(400, 500), { crop: [0, 0, 400, 500], output: [400, 500] }],
    ['0.65 scaled down keeps a ratio ≥ 0.65 after rounding', jpegFacts(1300, 2000), { crop: [0, 0, 1300, 2000], output: [377, 579] }],
    ['0.8 scaled down: 413×516 would be 0.8004, so 412×516', jpegFacts(2000, 2500), { crop: [0, 0, 2000, 2500], output: [412, 516] }],
    ['216×301 is kept (never enlarged)', jpegFacts(216, 301), { crop: [0, 0, 216, 301], output: [216, 301], step: /不放大/ }],
    [
      '12 MP phone photo with GPS',
      jpegFacts(4032, 3024, { orientation: 6, gps: true }),
      { crop: [0, 0, 3024, 4032], output: [413, 551], step: /GPS/ },
    ],
    ['CMYK', jpegFacts(413, 579, { components: 4 }), { crop: [0, 0, 413, 579], output: [413, 579], step: /CMYK/ }],
    [
      'PNG named .jpg',
      { name: 'photo.jpg', bytes: 180_000, type: 'png', width: 413, height: 579 },
      { crop: [0, 0, 413, 579], output: [413, 579], step: /PNG.*JPG|透明/ },
    ],
    [
      'WebP',
      { name: 'photo.jpg', bytes: 60_000, type: 'webp', width: 826, height: 1158 },
      { crop: [0, 0, 826, 1158], output: [413, 579], step: /WebP/ },
    ],
    [
      'HEIC the browser decoded',
      { name: 'a.heic', bytes: 900_000, type: 'heic', width: 3024, height: 4032, decodable: true },
      { crop: [0, 0, 3024, 4032], output: [413, 551] },
    ],
    [
      'background at exactly 92 % white',
      jpegFacts(413, 579, { background: { whiteShare: 0.92, lightNeutralShare: 0.95, meanRgb: [240, 240, 240] } }),
      { crop: [0, 0, 413, 579], output: [413, 579] },
    ],
  ];
  it.each(table)('%s', (_label, facts, expected) => {
    const plan = fixable(planFix(facts, LIMITS));
    expect([plan.crop.x, plan.crop.y, plan.crop.width, plan.crop.height]).toEqual(expected.crop);
    expect([plan.output.width, plan.output.height]).toEqual(expected.output);
    const ratio = plan.output.width / plan.output.height;
    expect(ratio).toBeGreaterThanOrEqual(LIMITS.ratioMin);
    expect(ratio).toBeLessThanOrEqual(LIMITS.ratioMax);
    expect(plan.output.width).toBeGreaterThan(LIMITS.minWidth);
    expect(plan.output.height).toBeGreaterThan(LIMITS.minHeight);
    expect(plan.steps.at(-1)?.zh).toMatch(/不含 EXIF.*40000–900000 字节/);
    if (expected.step) expect(plan.steps.map((step) => step.zh).join('\n')).toMatch(expected.step);
    for (const step of plan.steps) expect(step.en.length).toBeGreaterThan(5);
  });

  it('says it crops only when the ratio is out of range', () => {
    expect(fixable(planFix(jpegFacts(413, 579), LIMITS)).cropped).toBe(false);
    expect(fixable(planFix(jpegFacts(800, 600), LIMITS)).cropped).toBe(true);
    expect(fixable(planFix(jpegFacts(4000, 3000, { orientation: 6 }), LIMITS)).cropped).toBe(false);
  });
});

describe('planFix: why the fix cannot help', () => {
  const table: [string, PhotoFacts, RegExp][] = [
    ['215×300 stays at the limit (never enlarged)', jpegFacts(215, 300), /照片太小.*215×300 像素.*宽大于 215、高大于 300/],
    ['214×299 is too small', jpegFacts(214, 299), /214×299/],
    ['a narrow strip is too small after cropping', jpegFacts(100, 800), /裁剪后只有 100×140 像素/],
    ['1 component is grayscale', jpegFacts(413, 579, { components: 1 }), /黑白（灰度）/],
    ['no colour anywhere', jpegFacts(413, 579, { grayscale: true }), /黑白（灰度）/],
    [
      'blue background',
      jpegFacts(413, 579, { background: { whiteShare: 0.03, lightNeutralShare: 0.05, meanRgb: [67, 142, 219] } }),
      /蓝色背景.*RGB\(67, 142, 219\).*白色只占 3%.*至少 92%/,
    ],
    [
      'light-grey background',
      jpegFacts(413, 579, { background: { whiteShare: 0.2, lightNeutralShare: 0.99, meanRgb: [215, 215, 215] } }),
      /背景偏灰.*只有 20% 是白色/,
    ],
    [
      '91.6 % white reads as 91 %, not 92 %',
      jpegFacts(413, 579, { background: { whiteShare: 0.916, lightNeutralShare: 0.93, meanRgb: [236, 236, 236] } }),
      /只有 91% 是白色/,
    ],
    ['truncated', jpegFacts(413, 579, { truncated: true }), /不完整/],
    ['the browser could not decode it', jpegFacts(413, 579, { decodable: false }), /无法解码/],
    ['a PDF', { name: 'photo.jpg', bytes: 5000, type: 'pdf' }, /不是图片，而是PDF 文档/],
    ['a Word document', { name: 'photo.jpg', bytes: 5000, type: 'doc' }, /Office 97-2003/],
    ['HEIC the browser cannot read', { name: 'IMG.HEIC', bytes: 900_000, type: 'heic', width: 3024, height: 4032 }, /HEIC.*导出为 JPG/],
    ['no size in the header', { name: 'photo.jpg', bytes: 5000, type: 'jpeg', truncated: true }, /无法读取照片的尺寸/],
    ['more than 50 MP', jpegFacts(8001, 6250), /8001×6250.*5000 万像素/],
  ];
  it.each(table)('%s', (_label, facts, message) => {
    expect(refused(planFix(facts, LIMITS))).toMatch(message);
  });

  it('lists every reason at once', () => {
    const facts = jpegFacts(200, 280, { components: 1, background: { whiteShare: 0.1, lightNeutralShare: 0.1, meanRgb: [67, 142, 219] } });
    const reasons = refused(planFix(facts, LIMITS)).split(' | ');
    expect(reasons).toHaveLength(3);
    expect(reasons.join()).toMatch(/照片太小/);
    expect(reasons.join()).toMatch(/黑白/);
    expect(reasons.join()).toMatch(/蓝色背景/);
  });
});

describe('planGeometry properties', () => {
  it('keeps the top, centres, never enlarges, and lands in range when big enough', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12_000 }), fc.integer({ min: 1, max: 12_000 }), (width, height) => {
        const { crop, output, cropped } = planGeometry({ width, height }, LIMITS);
        expect(crop.y).toBe(0);
        expect(crop.x + crop.width).toBeLessThanOrEqual(width);
        expect(crop.height).toBeLessThanOrEqual(height);
        expect(Math.abs(crop.x - (width - crop.x - crop.width))).toBeLessThanOrEqual(1);
        expect(output.width).toBeLessThanOrEqual(crop.width);
        expect(output.height).toBeLessThanOrEqual(crop.height);
        expect(output.width).toBeLessThanOrEqual(FIX.maxWidth);
        expect(output.height).toBeLessThanOrEqual(FIX.maxHeight);
        const ratio = width / height;
        // (A 1×1 picture cannot be cropped to anything else.)
        if (width >= 4 && height >= 4) expect(cropped).toBe(ratio < LIMITS.ratioMin || ratio > LIMITS.ratioMax);
        if (output.width > LIMITS.minWidth && output.height > LIMITS.minHeight) {
          expect(output.width / output.height).toBeGreaterThanOrEqual(LIMITS.ratioMin);
          expect(output.width / output.height).toBeLessThanOrEqual(LIMITS.ratioMax);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('candidateSizes', () => {
  it('grows from the planned size to the crop, never beyond, ratio kept', () => {
    const sizes = candidateSizes({ width: 413, height: 551 }, { width: 3000, height: 4000 }, LIMITS);
    expect(sizes[0]).toEqual({ width: 413, height: 551 });
    expect(sizes.at(-1)).toEqual({ width: 3000, height: 4000 });
    expect(sizes.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < sizes.length; i++) {
      const size = sizes[i] as PixelSize;
      expect(size.height).toBeGreaterThan((sizes[i - 1] as PixelSize).height);
      expect(size.width / size.height).toBeGreaterThanOrEqual(LIMITS.ratioMin);
      expect(size.width / size.height).toBeLessThanOrEqual(LIMITS.ratioMax);
    }
  });

  it('is only the planned size when that is already the crop', () => {
    expect(candidateSizes({ width: 300, height: 420 }, { width: 300, height: 420 }, LIMITS)).toEqual([{ width: 300, height: 420 }]);
  });
});

/**
 * A stand-in for the browser's encoder: a real (parseable) JPEG whose length
 * follows a model of bytes per pixel rising with quality.
 */
function modelEncoder(bytesPerPixel: (quality: number) => number): { encode: Encoder; calls: { size: PixelSize; quality: number }[] } {
  const calls: { size: PixelSize; quality: number }[] = [];
  const tiny = jpeg({ width: 8, height: 8 });
  const encode: Encoder = async (size, quality) => {
    calls.push({ size, quality });
    return padJpeg(tiny, Math.round(size.width * size.height * bytesPerPixel(quality)));
  };
  return { encode, calls };
}

describe('searchEncoding (quality search with a model encoder)', () => {
  const planned = { width: 413, height: 579 }; // 239 127 pixels
  const pixels = 413 * 579;

  it('keeps quality 92 when the file already fits', async () => {
    const { encode, calls } = modelEncoder((q) => q * 0.5);
    const result = await searchEncoding(encode, [planned], FIX);
    expect(result.quality).toBe(DEFAULT_QUALITY / 100);
    expect(calls).toHaveLength(1);
    expect(result.padded).toBe(0);
  });

  it('raises the quality just enough for a smooth photo', async () => {
    // 0.92 → 0.12 bytes/pixel (28 695 B), 1.0 → 0.2 (47 825 B): 40 000 needs q ≥ 0.967.
    const bpp = (q: number): number => 0.12 + (q - 0.92) * 1;
    const { encode, calls } = modelEncoder(bpp);
    const result = await searchEncoding(encode, [planned], FIX);
    expect(result.bytes.length).toBeGreaterThanOrEqual(FIX.bytesMin);
    expect(result.quality).toBe(0.97);
    expect(Math.round(pixels * bpp(0.96))).toBeLessThan(FIX.bytesMin); // 0.96 would not do
    expect(calls.length).toBeLessThanOrEqual(2 + 4);
    expect(parseJpeg(result.bytes).truncated).toBe(false);
  });

  it('lowers the quality just enough for a busy photo', async () => {
    const bpp = (q: number): number => 5 * q; // 0.92 → 1.1 MB
    const { encode } = modelEncoder(bpp);
    const result = await searchEncoding(encode, [planned], FIX);
    expect(result.bytes.length).toBeLessThanOrEqual(FIX.bytesMax);
    expect(Math.round(pixels * bpp(result.quality + 0.01))).toBeGreaterThan(FIX.bytesMax);
    expect(result.quality).toBe(0.75);
  });

  it('steps the size up (within the source) when quality 100 is not enough', async () => {
    const bpp = (q: number): number => 0.05 + (q - 0.92) * 0.5; // q=1 → 0.09 B/px: 21 500 B at 413×579
    const { encode } = modelEncoder(bpp);
    const crop = { width: 1000, height: 1400 };
    const sizes = candidateSizes(planned, crop, LIMITS);
    const result = await searchEncoding(encode, sizes, FIX);
    expect(result.bytes.length).toBeGreaterThanOrEqual(FIX.bytesMin);
    expect(result.size.width).toBeGreaterThan(planned.width);
    expect(result.size.width).toBeLessThanOrEqual(crop.width);
    expect(result.padded).toBe(0);
  });

  it('pads with a JPEG comment as the last resort, at the source size and quality 100', async () => {
    const { encode } = modelEncoder(() => 0.01); // ~2 400 B whatever we do
    const crop = { width: 500, height: 700 };
    const result = await searchEncoding(encode, candidateSizes(planned, crop, LIMITS), FIX);
    expect(result.bytes.length).toBe(FIX.bytesMin);
    expect(result.size).toEqual(crop);
    expect(result.quality).toBe(1);
    expect(result.padded).toBe(FIX.bytesMin - 500 * 700 * 0.01);
    expect(parseJpeg(result.bytes).truncated).toBe(false);
  });

  it('gives up with a PhotoFixError when even quality 5 is too big', async () => {
    const { encode, calls } = modelEncoder(() => 10);
    await expect(searchEncoding(encode, [planned], FIX)).rejects.toBeInstanceOf(PhotoFixError);
    expect(calls.length).toBeLessThanOrEqual(1 + 8);
  });

  it('always ends in range for monotone encoders, with a bounded number of encodes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.double({ min: 0.01, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), async (base, slope) => {
        const { encode, calls } = modelEncoder((q) => base * (1 + slope * q) * q);
        const sizes = candidateSizes(planned, { width: 2000, height: 2800 }, LIMITS);
        try {
          const result = await searchEncoding(encode, sizes, FIX);
          expect(result.bytes.length).toBeGreaterThanOrEqual(FIX.bytesMin);
          expect(result.bytes.length).toBeLessThanOrEqual(FIX.bytesMax);
        } catch (error) {
          expect(error).toBeInstanceOf(PhotoFixError);
        }
        expect(calls.length).toBeLessThanOrEqual(sizes.length * 9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fixedFileName', () => {
  it.each([
    ['证件照.PNG', '证件照.jpg'],
    ['photo.jpg', 'photo.jpg'],
    ['IMG_0001.HEIC', 'IMG_0001.jpg'],
    ['my.photo.jpeg', 'my.photo.jpg'],
    ['noextension', 'noextension.jpg'],
    ['.jpg', 'photo.jpg'],
    ['', 'photo.jpg'],
    ['C:\\fakepath\\头像.webp', '头像.jpg'],
  ])('%s → %s', (name, expected) => {
    expect(fixedFileName(name)).toBe(expected);
  });
});

describe('fixPhoto outside a browser', () => {
  it('refuses a PDF with a PhotoFixError that names it', async () => {
    const pdf = new Blob([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')]);
    const error = await fixPhoto(pdf, 'photo.jpg', LIMITS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PhotoFixError);
    expect((error as PhotoFixError).zh).toMatch(/PDF/);
  });

  it('refuses a truncated JPEG', async () => {
    const error = await fixPhoto(new Blob([new Uint8Array(await makePhoto('truncated'))]), 'photo.jpg', LIMITS).catch(
      (caught: unknown) => caught,
    );
    expect((error as PhotoFixError).zh).toMatch(/不完整/);
  });

  it('rejects only with a PhotoFixError where createImageBitmap is missing', async () => {
    const error = await fixPhoto(new Blob([new Uint8Array(await makePhoto('good'))]), 'photo.jpg', LIMITS).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PhotoFixError);
    expect((error as PhotoFixError).zh).toMatch(/不支持/);
  });
});

describe('fixPhoto wiring with stand-ins for the browser APIs', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  interface Recorded {
    ops: string[];
    canvases: { width: number; height: number }[];
    qualities: number[];
  }

  /** createImageBitmap + OffscreenCanvas stand-ins; the "encoder" returns a parseable JPEG sized by the model. */
  function stubBrowser(bitmap: { width: number; height: number }, bytesPerPixel: (quality: number) => number, withExif = false): Recorded {
    const recorded: Recorded = { ops: [], canvases: [], qualities: [] };
    const tiny = withExif ? new Uint8Array(0) : jpeg({ width: 8, height: 8 });
    vi.stubGlobal('createImageBitmap', async (_source: Blob, options: ImageBitmapOptions) => {
      recorded.ops.push(`decode ${options.imageOrientation}`);
      return { ...bitmap, close: () => recorded.ops.push('close') };
    });
    class FakeCanvas {
      constructor(
        readonly width: number,
        readonly height: number,
      ) {
        recorded.canvases.push({ width, height });
      }
      getContext() {
        return {
          canvas: this,
          fillStyle: '',
          imageSmoothingEnabled: false,
          imageSmoothingQuality: 'low',
          fillRect(...args: number[]) {
            recorded.ops.push(`fill ${this.fillStyle} ${args.join(',')}`);
          },
          drawImage(_image: unknown, ...args: number[]) {
            recorded.ops.push(`draw ${args.join(',')}`);
          },
        };
      }
      async convertToBlob(options: { type: string; quality: number }) {
        recorded.qualities.push(options.quality);
        const base = tiny.length > 0 ? tiny : jpeg({ width: 8, height: 8 });
        return new Blob([padJpeg(base, Math.round(this.width * this.height * bytesPerPixel(options.quality))) as Uint8Array<ArrayBuffer>], {
          type: options.type,
        });
      }
    }
    vi.stubGlobal('OffscreenCanvas', FakeCanvas);
    return recorded;
  }

  it('turns, crops, fills white, draws, encodes and names the file', async () => {
    const recorded = stubBrowser({ width: 3000, height: 4000 }, (q) => q * 0.5);
    const source = new Blob([new Uint8Array(await makePhoto('orientation6'))]);
    const fixed = await fixPhoto(source, 'IMG_1234.JPG', LIMITS);
    expect(fixed.file.name).toBe('IMG_1234.jpg');
    expect(fixed.file.type).toBe('image/jpeg');
    expect([fixed.width, fixed.height]).toEqual([413, 551]);
    expect(fixed.bytes).toBe(fixed.file.size);
    expect(fixed.bytes).toBeGreaterThanOrEqual(FIX.bytesMin);
    expect(fixed.bytes).toBeLessThanOrEqual(FIX.bytesMax);
    expect(fixed.quality).toBe(0.92);
    expect(recorded.ops).toEqual(['decode from-image', 'fill #ffffff 0,0,413,551', 'draw 0,0,3000,4000,0,0,413,551', 'close']);
    expect(fixed.steps.map((step) => step.zh).join('\n')).toMatch(/顺时针旋转 90°/);
    expect(fixed.steps.at(-1)?.zh).toMatch(/JPG 质量 92，文件 \d+ 字节/);
    for (const step of fixed.steps) expect(step.en.length).toBeGreaterThan(5);
    expect(parseJpeg(new Uint8Array(await fixed.file.arrayBuffer())).exif).toBe(false);
  });

  it('a HEIC: draws the smaller JPEG the extension converted it to onto the full picture, names the file .jpg, says it turned and converted it', async () => {
    const heic = new Blob([new Uint8Array(readFileSync('tests/fixtures/heic/IMG_0002.HEIC'))]);
    const blob = new Blob([new Uint8Array(await makePhoto({ width: 1536, height: 2048, minBytes: 0, noise: 0 }))]);
    const sources: Blob[] = [];
    // The stand-in is 1536×2048; the picture it stands for is 3024×4032.
    const recorded = stubBrowser({ width: 1536, height: 2048 }, (q) => q * 0.5);
    const decode = globalThis.createImageBitmap as unknown as (source: Blob, options: ImageBitmapOptions) => Promise<unknown>;
    vi.stubGlobal('createImageBitmap', (source: Blob, options: ImageBitmapOptions) => {
      sources.push(source);
      return decode(source, options);
    });
    const fixed = await fixPhoto(heic, 'IMG_0002.HEIC', LIMITS, { decoded: { blob, width: 3024, height: 4032 } });
    expect(sources).toEqual([blob]);
    expect(recorded.ops).toContain('draw 0,0,1536,2048,0,0,413,551');
    expect(fixed.file.name).toBe('IMG_0002.jpg');
    expect([fixed.width, fixed.height]).toEqual([413, 551]);
    const steps = fixed.steps.map((step) => step.zh).join('\n');
    expect(steps).toMatch(/按照片中记录的方向转正：顺时针旋转 90°，存储尺寸 4032×3024 → 3024×4032/);
    expect(steps).toMatch(/由HEIC 图片（苹果手机格式）转换为 JPG/);
    // Without the converted picture a HEIC is refused before anything decodes.
    const refusedError = await fixPhoto(heic, 'IMG_0002.HEIC', LIMITS).catch((caught: unknown) => caught);
    expect((refusedError as PhotoFixError).zh).toMatch(/HEIC/);
    expect(sources).toHaveLength(1);
  });

  it('a crop of a scaled stand-in is taken from the same part of the picture', async () => {
    const recorded = stubBrowser({ width: 1000, height: 750 }, (q) => q * 0.5);
    const blob = new Blob([new Uint8Array(await makePhoto({ width: 1000, height: 750, minBytes: 0, noise: 0 }))]);
    const heic = new Blob([new Uint8Array(readFileSync('tests/fixtures/heic/IMG_0001.HEIC'))]);
    // A landscape picture of 4000×3000 shown by a 1000×750 stand-in: the 5:7 centre crop, scaled by ¼.
    await fixPhoto(heic, 'IMG_0001.HEIC', LIMITS, { decoded: { blob, width: 4000, height: 3000 } });
    const draw = recorded.ops
      .find((op) => op.startsWith('draw '))!
      .slice(5)
      .split(',')
      .map(Number);
    // The full picture's crop is 928,0 2143×3000 (5:7, centred, top kept).
    expect(draw.slice(0, 4)).toEqual([928 / 4, 0, 2143 / 4, 750]);
  });

  it('crops a landscape picture with the top kept and the sides cut evenly', async () => {
    const recorded = stubBrowser({ width: 800, height: 600 }, (q) => q * 0.5);
    const fixed = await fixPhoto(new Blob([new Uint8Array(await makePhoto('landscape'))]), 'wide.jpg', LIMITS);
    expect([fixed.width, fixed.height]).toEqual([413, 578]);
    expect(recorded.ops).toContain('draw 185,0,429,600,0,0,413,578');
  });

  it('pads a very smooth small picture and says so', async () => {
    const recorded = stubBrowser({ width: 216, height: 301 }, () => 0.05);
    const fixed = await fixPhoto(new Blob([new Uint8Array(await makePhoto('pixels-216x301'))]), 'small.jpg', LIMITS);
    expect(fixed.bytes).toBe(FIX.bytesMin);
    expect(fixed.padded).toBeGreaterThan(0);
    expect(fixed.quality).toBe(1);
    expect(recorded.canvases).toEqual([{ width: 216, height: 301 }]); // never enlarged
    expect(fixed.steps.map((step) => step.zh).join('\n')).toMatch(/注释段中补充了 \d+ 字节（画面不变）/);
  });

  it('turns a decode failure into a PhotoFixError', async () => {
    vi.stubGlobal('createImageBitmap', async () => {
      throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
    });
    const error = await fixPhoto(new Blob([new Uint8Array(await makePhoto('good'))]), 'photo.jpg', LIMITS).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PhotoFixError);
    expect((error as PhotoFixError).zh).toMatch(/无法解码/);
  });

  it('gives up after the timeout instead of hanging', async () => {
    vi.stubGlobal('createImageBitmap', () => new Promise(() => undefined));
    const error = await fixPhoto(new Blob([new Uint8Array(await makePhoto('good'))]), 'photo.jpg', LIMITS, { timeoutMs: 50 }).catch(
      (caught: unknown) => caught,
    );
    expect((error as PhotoFixError).zh).toMatch(/超时/);
  });

  it('refuses when the browser writes PNG instead of JPEG', async () => {
    stubBrowser({ width: 413, height: 579 }, (q) => q);
    const PngCanvas = class {
      constructor(
        readonly width: number,
        readonly height: number,
      ) {}
      getContext() {
        return { canvas: this, fillRect() {}, drawImage() {} };
      }
      async convertToBlob() {
        return new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], { type: 'image/png' });
      }
    };
    vi.stubGlobal('OffscreenCanvas', PngCanvas);
    const error = await fixPhoto(new Blob([new Uint8Array(await makePhoto('good'))]), 'photo.jpg', LIMITS).catch(
      (caught: unknown) => caught,
    );
    expect((error as PhotoFixError).zh).toMatch(/不支持生成 JPG/);
  });
});
