import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { headerPixels, headerSize, MAX_PIXELS, readBmpSize, readHeifSize } from '../../../lib/photo/header';
import { concat, jpeg, sof, SOI } from './jpeg-builder';

const raw = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp(Buffer.alloc(width * height * channels, 128), { raw: { width, height, channels } });

describe('headerSize from real encoder output', () => {
  const cases: [string, number, number, () => Promise<Buffer>][] = [
    ['JPEG', 413, 579, () => raw(413, 579).jpeg().toBuffer()],
    ['progressive JPEG', 300, 401, () => raw(300, 401).jpeg({ progressive: true }).toBuffer()],
    ['PNG', 413, 579, () => raw(413, 579).png().toBuffer()],
    ['PNG with alpha', 17, 9, () => raw(17, 9, 4).png().toBuffer()],
    ['lossy WebP (VP8)', 413, 579, () => raw(413, 579).webp({ quality: 80 }).toBuffer()],
    ['lossless WebP (VP8L)', 301, 215, () => raw(301, 215).webp({ lossless: true }).toBuffer()],
    ['WebP with alpha (VP8X)', 123, 77, () => raw(123, 77, 4).webp({ quality: 80 }).toBuffer()],
    ['GIF', 64, 48, () => raw(64, 48).gif().toBuffer()],
    ['AVIF', 413, 579, () => raw(413, 579).avif().toBuffer()],
  ];
  it.each(cases)('%s %i×%i', async (_label, width, height, make) => {
    const bytes = new Uint8Array(await make());
    expect(headerSize(bytes)).toEqual({ width, height });
    expect(headerPixels(bytes)).toBe(width * height);
  });
});

describe('headerSize on hand-built headers', () => {
  const le32 = (value: number): number[] => [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >>> 24) & 0xff];
  const bmp = (headerBytes: number, width: number[], height: number[]): Uint8Array =>
    Uint8Array.from([0x42, 0x4d, ...new Array<number>(12).fill(0), ...le32(headerBytes), ...width, ...height, 1, 0, 24, 0]);

  it('reads a BMP info header, top-down rows included', () => {
    expect(readBmpSize(bmp(40, le32(640), le32(480)))).toEqual({ width: 640, height: 480 });
    expect(readBmpSize(bmp(40, le32(640), le32(-480 >>> 0)))).toEqual({ width: 640, height: 480 });
    expect(headerSize(bmp(124, le32(31), le32(17)))).toEqual({ width: 31, height: 17 });
  });

  it('reads an OS/2 BMP core header (16-bit sizes)', () => {
    expect(readBmpSize(Uint8Array.from([0x42, 0x4d, ...new Array<number>(12).fill(0), 12, 0, 0, 0, 0x20, 0x03, 0x58, 0x02]))).toEqual({
      width: 800,
      height: 600,
    });
  });

  it('takes the largest ispe of a HEIF grid (tiles are listed too)', () => {
    const ispe = (width: number, height: number): number[] => [
      0,
      0,
      0,
      20,
      ...Array.from('ispe', (c) => c.charCodeAt(0)),
      0,
      0,
      0,
      0,
      0,
      0,
      width >> 8,
      width & 0xff,
      0,
      0,
      height >> 8,
      height & 0xff,
    ];
    const file = Uint8Array.from([
      0,
      0,
      0,
      16,
      ...Array.from('ftypheic', (c) => c.charCodeAt(0)),
      0,
      0,
      0,
      0,
      ...ispe(512, 512),
      ...ispe(4032, 3024),
      ...ispe(256, 256),
    ]);
    expect(readHeifSize(file)).toEqual({ width: 4032, height: 3024 });
    expect(headerSize(file)).toEqual({ width: 4032, height: 3024 });
  });

  it('gives no size for headers cut short or types without pictures', () => {
    expect(
      headerSize(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0])),
    ).toBeUndefined();
    expect(headerSize(Uint8Array.from(Array.from('GIF89a', (c) => c.charCodeAt(0))))).toBeUndefined();
    expect(headerSize(Uint8Array.from(Array.from('%PDF-1.4', (c) => c.charCodeAt(0))))).toBeUndefined();
    expect(headerSize(concat(SOI, [0xff, 0xe0, 0, 4, 0, 0]))).toBeUndefined();
    expect(headerPixels(new Uint8Array(0))).toBeUndefined();
  });
});

describe('MAX_PIXELS guard', () => {
  it('is 50 megapixels', () => {
    expect(MAX_PIXELS).toBe(50_000_000);
  });

  it.each([
    [8000, 6250, false], // exactly 50 000 000
    [8000, 6251, true],
    [65535, 65535, true],
    [4032, 3024, false],
  ])('%i×%i over the limit: %s', (width, height, over) => {
    // Only the SOF is needed: the caller refuses before anything is decoded.
    const pixels = headerPixels(concat(SOI, sof(width, height)));
    expect(pixels).toBe(width * height);
    expect((pixels as number) > MAX_PIXELS).toBe(over);
  });

  it('reads the size of a complete JPEG from its frame header', () => {
    expect(headerSize(jpeg({ width: 8001, height: 6250 }))).toEqual({ width: 8001, height: 6250 });
  });

  it('never throws on any bytes', () => {
    const prefixes = [
      [0xff, 0xd8, 0xff],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      Array.from('RIFF\0\0\0\0WEBPVP8 ', (c) => c.charCodeAt(0)),
      Array.from('RIFF\0\0\0\0WEBPVP8L', (c) => c.charCodeAt(0)),
      Array.from('RIFF\0\0\0\0WEBPVP8X', (c) => c.charCodeAt(0)),
      Array.from('GIF89a', (c) => c.charCodeAt(0)),
      [0x42, 0x4d, ...new Array<number>(12).fill(0), 40, 0, 0, 0],
      [0, 0, 0, 16, ...Array.from('ftypavif', (c) => c.charCodeAt(0))],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 200 }), (prefix, rest) => {
        const size = headerSize(concat(prefix, rest));
        if (size !== undefined) {
          expect(size.width).toBeGreaterThanOrEqual(0);
          expect(size.height).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
