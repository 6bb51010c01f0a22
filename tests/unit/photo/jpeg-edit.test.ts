import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { MAX_COM_SEGMENT_BYTES, padJpeg, stripExif } from '../../../lib/photo/jpeg-edit';
import { parseJpeg } from '../../../lib/photo/jpeg';
import { makePhoto } from '../../fixtures/photos';
import { jpeg } from './jpeg-builder';

// sharp encodes and decodes 12 MP photos here: slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

async function pixels(bytes: Uint8Array): Promise<Buffer> {
  return sharp(bytes).raw().toBuffer();
}

describe('padJpeg', async () => {
  const small = new Uint8Array(
    await sharp(Buffer.alloc(40 * 50 * 3, 200), { raw: { width: 40, height: 50, channels: 3 } })
      .jpeg()
      .toBuffer(),
  );
  const base = small.length;

  it.each([
    ['4 bytes (one empty comment)', 4],
    ['5 bytes', 5],
    ['one full comment segment', MAX_COM_SEGMENT_BYTES],
    ['one byte more than a full segment', MAX_COM_SEGMENT_BYTES + 1],
    ['about 1 MB', 1_000_000 - base],
  ])('adds exactly %s', async (_label, extra) => {
    const padded = padJpeg(small, base + extra);
    expect(padded.length).toBe(base + extra);
    const info = parseJpeg(padded);
    expect(info).toMatchObject({ width: 40, height: 50, truncated: false });
    expect((await pixels(padded)).equals(await pixels(small))).toBe(true);
  });

  it.each([1, 2, 3])('overshoots to +4 when only %i bytes are missing', (missing) => {
    expect(padJpeg(small, base + missing).length).toBe(base + 4);
  });

  it('leaves a big enough file alone', () => {
    expect(padJpeg(small, base)).toBe(small);
    expect(padJpeg(small, 10)).toBe(small);
  });

  it('puts the comments after a JFIF header, which stays first', () => {
    const withJfif = jpeg();
    const padded = padJpeg(withJfif, withJfif.length + 100);
    expect([padded[2], padded[3]]).toEqual([0xff, 0xe0]);
    const app0End = 4 + ((padded[4] as number) << 8) + (padded[5] as number);
    expect([padded[app0End], padded[app0End + 1]]).toEqual([0xff, 0xfe]);
    expect(parseJpeg(padded)).toMatchObject({ width: 413, height: 579, truncated: false });
  });

  it('puts the comments right after SOI when there is no JFIF header', () => {
    expect([small[2], small[3]]).not.toEqual([0xff, 0xe0]);
    const padded = padJpeg(small, base + 100);
    expect([padded[2], padded[3]]).toEqual([0xff, 0xfe]);
    expect(Array.from(padded.subarray(102, 108))).toEqual(Array.from(small.subarray(2, 8)));
  });

  it('refuses to touch what is not a clean JPEG header', () => {
    const notJpeg = Uint8Array.from([1, 2, 3]);
    expect(padJpeg(notJpeg, 100)).toBe(notJpeg);
    const broken = small.slice(0, 10);
    expect(padJpeg(broken, 100)).toBe(broken);
  });
});

describe('stripExif', () => {
  it.each(['gps', 'orientation6'])('removes EXIF (orientation, GPS) from %s and keeps the pixels', async (name) => {
    const original = new Uint8Array(await makePhoto(name));
    expect(parseJpeg(original).exif).toBe(true);
    const stripped = stripExif(original);
    const info = parseJpeg(stripped);
    expect(info).toMatchObject({ exif: false, gps: false, truncated: false });
    expect(info.orientation).toBeUndefined();
    expect((await sharp(stripped).metadata()).exif).toBeUndefined();
    // Buffer.equals: a deep toEqual on a 36 MB buffer would take minutes.
    expect((await pixels(stripped)).equals(await pixels(original))).toBe(true);
  });

  it('returns the same bytes when there is no APP1', async () => {
    const plain = new Uint8Array(await makePhoto('good'));
    expect(stripExif(plain)).toBe(plain);
  });

  it('never throws, on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(5000), (rest, target) => {
        const input = Uint8Array.from([0xff, 0xd8, ...rest]);
        stripExif(input);
        stripExif(rest);
        padJpeg(input, target);
      }),
      { numRuns: 2000 },
    );
  });
});
