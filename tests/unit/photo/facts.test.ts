import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measurePixels, MEASURE_WIDTH, photoFactsFromBytes } from '../../../lib/photo/facts';
import { BACKGROUND_PASS_SHARE } from '../../../lib/photo/stats';
import type { PhotoFacts } from '../../../lib/rules/types';
import { loadPhotoCases, makePhoto } from '../../fixtures/photos';

vi.setConfig({ testTimeout: 30_000 });

describe('photoFactsFromBytes on the generated cases', async () => {
  const cases = await loadPhotoCases();
  const expected: Record<string, Partial<PhotoFacts>> = {
    good: {
      type: 'jpeg',
      width: 413,
      height: 579,
      components: 3,
      progressive: false,
      gps: false,
      truncated: false,
      orientation: undefined,
    },
    progressive: { progressive: true },
    'bytes-30000': { bytes: 30_000 },
    'bytes-1048576': { bytes: 1_048_576 },
    'pixels-215x300': { width: 215, height: 300 },
    'ratio-0.65': { width: 260, height: 400 },
    'png-as-jpg': { type: 'png', width: 413, height: 579, components: undefined, truncated: undefined, gps: undefined },
    'webp-as-jpg': { type: 'webp', width: 413, height: 579 },
    'avif-as-jpg': { type: 'avif', width: 413, height: 579 },
    'png-transparent': { type: 'png', name: 'photo.png' },
    'jpeg-named-png': { type: 'jpeg', name: 'photo.png' },
    'pdf-as-jpg': { type: 'pdf', width: undefined, height: undefined },
    cmyk: { components: 4 },
    grayscale: { components: 1 },
    orientation6: { width: 4000, height: 3000, orientation: 6 },
    orientation8: { width: 4000, height: 3000, orientation: 8 },
    orientation3: { width: 413, height: 579, orientation: 3 },
    gps: { gps: true },
    truncated: { truncated: true, width: 600, height: 840 },
    'truncated-no-eoi': { truncated: true },
    'phone-12mp': { width: 4032, height: 3024, orientation: 6, gps: true, truncated: false },
  };

  it.each(Object.entries(expected))('%s', (name, facts) => {
    const photoCase = cases.find((candidate) => candidate.name === name);
    if (photoCase === undefined) throw new Error(`no case ${name}`);
    const result = photoFactsFromBytes(photoCase.fileName, new Uint8Array(photoCase.bytes));
    expect(result.name).toBe(photoCase.fileName);
    expect(result.bytes).toBe(photoCase.bytes.length);
    for (const [key, value] of Object.entries(facts)) expect([key, result[key as keyof PhotoFacts]]).toEqual([key, value]);
    // The fast path never decodes: pixel facts stay unknown.
    expect(result.decodable).toBeUndefined();
    expect(result.background).toBeUndefined();
    expect(result.grayscale).toBeUndefined();
  });

  // Its speed is a figure of npm run bench (photo verdict from bytes), not a timed test.
});

describe('measurePixels with stand-ins for the browser APIs', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** The stand-in canvas hands back the pixels sharp decodes: the generated photo as displayed, MEASURE_WIDTH wide. */
  async function stubWithPhoto(name: string): Promise<{ options: ImageBitmapOptions[]; ops: string[] }> {
    const { data, info } = await sharp(await makePhoto(name))
      .rotate()
      .resize({ width: MEASURE_WIDTH })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const seen = { options: [] as ImageBitmapOptions[], ops: [] as string[] };
    vi.stubGlobal('createImageBitmap', async (_blob: Blob, options: ImageBitmapOptions) => {
      seen.options.push(options);
      return { width: info.width, height: info.height, close: () => seen.ops.push('close') };
    });
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        constructor(
          readonly width: number,
          readonly height: number,
        ) {}
        getContext() {
          return {
            fillStyle: '',
            fillRect() {
              seen.ops.push(`fill ${this.fillStyle}`);
            },
            drawImage() {
              seen.ops.push('draw');
            },
            getImageData: (_x: number, _y: number, width: number, height: number) => {
              expect([width, height]).toEqual([info.width, info.height]);
              return { data: new Uint8ClampedArray(data) };
            },
          };
        }
      },
    );
    return seen;
  }

  it('asks for a small copy as displayed and measures it', async () => {
    const seen = await stubWithPhoto('orientation6');
    const facts = await measurePixels(new Blob([new Uint8Array(await makePhoto('orientation6'))]));
    expect(seen.options).toEqual([{ imageOrientation: 'from-image', resizeWidth: MEASURE_WIDTH, resizeQuality: 'medium' }]);
    expect(seen.ops).toEqual(['fill #ffffff', 'draw', 'close']);
    expect(facts.decodable).toBe(true);
    expect(facts.grayscale).toBe(false);
    expect(facts.background?.whiteShare).toBeGreaterThanOrEqual(BACKGROUND_PASS_SHARE);
  });

  it.each([
    ['background-blue', false, false],
    ['background-grey', false, false],
    ['grayscale-rgb', true, true],
  ] as const)('%s: white %s, grayscale %s', async (name, white, grey) => {
    await stubWithPhoto(name);
    const facts = await measurePixels(new Blob([new Uint8Array(await makePhoto(name))]));
    expect((facts.background?.whiteShare ?? 0) >= BACKGROUND_PASS_SHARE).toBe(white);
    expect(facts.grayscale).toBe(grey);
  });

  it('reports undecodable when the browser cannot decode', async () => {
    vi.stubGlobal('createImageBitmap', async () => {
      throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
    });
    expect(await measurePixels(new Blob([new Uint8Array(await makePhoto('good'))]))).toEqual({ decodable: false });
  });

  /** A PNG signature and IHDR chunk stating a size (no pixel data). */
  function pngHead(width: number, height: number): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(33);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(bytes.buffer).setUint32(16, width);
    new DataView(bytes.buffer).setUint32(20, height);
    bytes.set([8, 6, 0, 0, 0], 24);
    return bytes;
  }

  it.each([
    ['no size in its header', new Uint8Array([1, 2, 3])],
    ['a header claiming 10000 × 10000 (100 MP)', pngHead(10_000, 10_000)],
    ['a header claiming 0 × 0', pngHead(0, 0)],
  ])('never decodes a picture with %s', async (_name, bytes) => {
    const decode = vi.fn();
    vi.stubGlobal('createImageBitmap', decode);
    expect(await measurePixels(new Blob([bytes]))).toEqual({});
    expect(decode).not.toHaveBeenCalled();
  });

  it('gives up (unknown, not undecodable) after the timeout and closes the late bitmap', async () => {
    let release: (value: { width: number; height: number; close: () => void }) => void = () => undefined;
    const closed = vi.fn();
    vi.stubGlobal('createImageBitmap', () => new Promise((resolve) => (release = resolve)));
    expect(await measurePixels(new Blob([new Uint8Array(await makePhoto('good'))]), 30)).toEqual({});
    release({ width: 10, height: 10, close: closed });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(closed).toHaveBeenCalledOnce();
  });

  it('resolves to {} where createImageBitmap does not exist (Node)', async () => {
    expect(await measurePixels(new Blob([new Uint8Array(await makePhoto('good'))]))).toEqual({});
  });

  it('still says decodable when the canvas fails', async () => {
    vi.stubGlobal('createImageBitmap', async () => ({ width: 10, height: 10, close: () => undefined }));
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        getContext() {
          return {
            fillRect() {},
            drawImage() {},
            getImageData() {
              throw new DOMException('tainted', 'SecurityError');
            },
          };
        }
      },
    );
    expect(await measurePixels(new Blob([new Uint8Array(await makePhoto('good'))]))).toEqual({ decodable: true });
  });
});
