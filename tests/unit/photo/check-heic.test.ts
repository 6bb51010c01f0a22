/**
 * The photo check's HEIC path, with the browser's decoder replaced by sharp
 * (Node has no createImageBitmap) and the HEIC converter by a function that
 * hands back a real JPEG of the same picture. The real libheif conversion
 * runs in the e2e tests (tests/e2e/heic.spec.ts).
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkPhotoFile, HEIC_HELP, HEIC_READ } from '../../../lib/photo-gate/check';
import { HEIC_ERRORS, type ConvertedHeic, type HeicConverter } from '../../../lib/photo/heic';
import { getPlan } from '../../../lib/rules/plans';
import { makePhoto } from '../../fixtures/photos';

const plan = getPlan();
const heic = (name: string): Blob => new Blob([new Uint8Array(readFileSync(`tests/fixtures/heic/${name}`))]);

/** What the decoder frame would hand back: the upright picture as a JPEG. */
async function converted(): Promise<ConvertedHeic> {
  const jpeg = new Blob([new Uint8Array(await makePhoto({ width: 600, height: 800, minBytes: 0 }))], { type: 'image/jpeg' });
  return { jpeg, width: 600, height: 800, timings: { loadMs: 1, decodeMs: 2, encodeMs: 3 } };
}

/** Which blobs the browser was asked to decode, answered with sharp's pixels of that blob. */
let decodedBlobs: Blob[] = [];

beforeEach(() => {
  decodedBlobs = [];
  vi.stubGlobal('createImageBitmap', async (blob: Blob, options: ImageBitmapOptions) => {
    decodedBlobs.push(blob);
    const bytes = Buffer.from(await blob.arrayBuffer());
    const { data, info } = await sharp(bytes)
      .rotate()
      .resize({ width: options.resizeWidth })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
      .catch(() => {
        throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
      });
    return { width: info.width, height: info.height, close: () => undefined, data };
  });
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      private drawn: Buffer | undefined;
      getContext() {
        return {
          fillRect: () => undefined,
          drawImage: (bitmap: { data: Buffer }) => {
            this.drawn = bitmap.data;
          },
          getImageData: () => ({ data: new Uint8ClampedArray(this.drawn ?? []) }),
        };
      }
    },
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('checkPhotoFile on a HEIC with a converter', () => {
  it('converts it, measures the converted picture, and plans a fix that turns it into JPG', async () => {
    const result = await converted();
    const convert = vi.fn<HeicConverter>(async () => result);
    const onConverting = vi.fn();
    const file = heic('IMG_0002.HEIC');
    const check = await checkPhotoFile(file, 'IMG_0002.HEIC', plan, { convertHeic: convert, onConverting });

    expect(onConverting).toHaveBeenCalledOnce();
    expect(convert).toHaveBeenCalledOnce();
    expect(convert.mock.calls[0]?.[0]).toEqual(new Uint8Array(await file.arrayBuffer()));
    // The browser measured the converted JPEG, never the HEIC.
    expect(decodedBlobs).toHaveLength(1);
    expect(decodedBlobs[0]).toBe(result.jpeg);
    expect(check.decoded).toEqual({ blob: result.jpeg, width: 600, height: 800 });

    expect(check.facts).toMatchObject({ type: 'heic', decodable: true, width: 600, height: 800 });
    expect(check.facts.background?.whiteShare).toBeGreaterThan(0.9);
    // A HEIC, and a small file (the low-quality fixture): nothing about its size or ratio, which are the upright picture's.
    expect(check.findings.filter((f) => f.level === 'error').map((f) => f.ruleId)).toEqual(['photo.format', 'photo.filesize']);
    expect(check.held).toBe(true);
    expect(check.notes).toContainEqual(HEIC_READ);
    expect(check.notes).not.toContainEqual(HEIC_HELP);
    if (!check.fix.fixable) throw new Error(`not fixable: ${check.fix.reasons.map((r) => r.zh).join(' ')}`);
    const steps = check.fix.steps.map((step) => step.zh).join('\n');
    expect(steps).toMatch(/顺时针旋转 90°，存储尺寸 4032×3024 → 600×800/);
    expect(steps).toMatch(/由HEIC 图片（苹果手机格式）转换为 JPG/);
    expect(check.fix.output).toEqual({ width: 413, height: 551 });
  });

  it('says why when the conversion fails, and gives the way to a JPEG instead of a fix', async () => {
    const check = await checkPhotoFile(heic('IMG_0001.HEIC'), 'IMG_0001.HEIC', plan, {
      convertHeic: async () => Promise.reject(HEIC_ERRORS.load),
    });
    expect(check.decoded).toBeUndefined();
    expect(check.notes.map((note) => note.zh)).toContain('未能在本机读取这张 HEIC 照片：无法加载 HEIC 解码器。');
    expect(check.notes).toContainEqual(HEIC_HELP);
    expect(check.fix.fixable).toBe(false);
    expect(check.held).toBe(true);
    // The size is still the one people see.
    expect(check.facts).toMatchObject({ type: 'heic', width: 3024, height: 4032 });
  });

  it('treats a converter that throws anything as a failed decode', async () => {
    const check = await checkPhotoFile(heic('IMG_0001.jpg'), 'IMG_0001.jpg', plan, {
      convertHeic: async () => {
        throw new TypeError('boom');
      },
    });
    expect(check.notes.map((note) => note.zh).join('')).toMatch(/解码失败/);
    expect(check.fix.fixable).toBe(false);
  });

  it('never asks the converter about other pictures', async () => {
    const convert = vi.fn<HeicConverter>();
    const jpeg = new Blob([new Uint8Array(await makePhoto('good'))]);
    const check = await checkPhotoFile(jpeg, 'photo.jpg', plan, { convertHeic: convert });
    expect(convert).not.toHaveBeenCalled();
    expect(check.decoded).toBeUndefined();
    expect(check.held).toBe(false);
  });

  it('without a converter, a HEIC gets the instructions as before', async () => {
    const check = await checkPhotoFile(heic('IMG_0001.HEIC'), 'IMG_0001.HEIC', plan);
    expect(check.notes).toContainEqual(HEIC_HELP);
    expect(check.notes).not.toContainEqual(HEIC_READ);
    expect(check.fix.fixable).toBe(false);
  });
});
