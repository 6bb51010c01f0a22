import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FILE_TYPE_NAMES, sniffType, type FileType } from '../../../lib/photo/sniff';

const text = (value: string): number[] => Array.from(value, (char) => char.charCodeAt(0));
const bytes = (...parts: number[][]): Uint8Array => Uint8Array.from(parts.flat());
const u32be = (value: number): number[] => [value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
const ftyp = (major: string, ...compatible: string[]): Uint8Array =>
  bytes(u32be(16 + 4 * compatible.length), text('ftyp'), text(major), [0, 0, 0, 0], ...compatible.map(text));

describe('sniffType by magic bytes', () => {
  const cases: [string, Uint8Array, FileType][] = [
    ['JPEG FF D8 FF E0', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'jpeg'],
    ['JPEG FF D8 FF E1 (EXIF first)', bytes([0xff, 0xd8, 0xff, 0xe1]), 'jpeg'],
    ['FF D8 alone is not enough', bytes([0xff, 0xd8, 0x00, 0xe0]), 'unknown'],
    ['PNG signature', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'png'],
    ['PNG signature with a broken line-ending byte', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0d, 0x1a, 0x0a]), 'unknown'],
    ['GIF87a', bytes(text('GIF87a'), [1, 0, 1, 0]), 'gif'],
    ['GIF89a', bytes(text('GIF89a'), [1, 0, 1, 0]), 'gif'],
    ['GIF90a is not a GIF', bytes(text('GIF90a')), 'unknown'],
    ['BMP with a 40-byte info header', bytes(text('BM'), new Array<number>(12).fill(0), [40, 0, 0, 0]), 'bmp'],
    ['BMP with a 124-byte V5 header', bytes(text('BM'), new Array<number>(12).fill(0), [124, 0, 0, 0]), 'bmp'],
    ['"BM" text is not a BMP', bytes(text('BM is a text file, not a bitmap')), 'unknown'],
    ['WebP RIFF....WEBP', bytes(text('RIFF'), [0, 0, 0, 0], text('WEBPVP8 ')), 'webp'],
    ['RIFF WAVE is not WebP', bytes(text('RIFF'), [0, 0, 0, 0], text('WAVEfmt ')), 'unknown'],
    ['AVIF major brand avif', ftyp('avif', 'mif1', 'miaf'), 'avif'],
    ['AVIF sequence avis', ftyp('avis', 'msf1'), 'avif'],
    ['AVIF major mif1 with avif compatible', ftyp('mif1', 'avif', 'miaf'), 'avif'],
    ['HEIC major brand heic', ftyp('heic', 'mif1', 'heic'), 'heic'],
    ['HEIC heix', ftyp('heix', 'mif1'), 'heic'],
    ['HEIF mif1 without avif', ftyp('mif1', 'heic'), 'heic'],
    ['HEIF sequence msf1', ftyp('msf1', 'hevc'), 'heic'],
    ['MP4 isom is neither', ftyp('isom', 'iso2', 'mp41'), 'unknown'],
    ['PDF at the start', bytes(text('%PDF-1.7\n')), 'pdf'],
    ['PDF after a little junk', bytes([0xef, 0xbb, 0xbf], text('%PDF-1.4\n')), 'pdf'],
    ['PDF beyond the first KiB is not recognised', bytes(new Array<number>(1100).fill(0x20), text('%PDF-1.4')), 'unknown'],
    ['"%PDF" without the dash', bytes(text('%PDF 1.4')), 'unknown'],
    ['ZIP local file header', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0]), 'zip'],
    ['ZIP empty archive', bytes([0x50, 0x4b, 0x05, 0x06]), 'zip'],
    ['ZIP spanned', bytes([0x50, 0x4b, 0x07, 0x08]), 'zip'],
    ['PK followed by other bytes', bytes([0x50, 0x4b, 0x01, 0x02]), 'unknown'],
    ['OLE compound document (.doc)', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'doc'],
    ['OLE prefix only', bytes([0xd0, 0xcf, 0x11, 0xe0]), 'unknown'],
    ['empty', new Uint8Array(0), 'unknown'],
    ['one byte', bytes([0xff]), 'unknown'],
    ['plain text', bytes(text('hello, world')), 'unknown'],
  ];
  it.each(cases)('%s', (_label, input, expected) => {
    expect(sniffType(input)).toBe(expected);
  });

  it('clamps a lying ftyp box size', () => {
    const lying = ftyp('isom');
    lying.set(u32be(0xffffffff), 0);
    expect(sniffType(lying)).toBe('unknown');
  });
});

describe('sniffType on real encoder output', () => {
  const raw = Buffer.alloc(24 * 32 * 3, 180);
  const image = () => sharp(raw, { raw: { width: 24, height: 32, channels: 3 } });
  const cases: [FileType, () => Promise<Buffer>][] = [
    ['jpeg', () => image().jpeg().toBuffer()],
    ['jpeg', () => image().jpeg({ progressive: true }).toBuffer()],
    ['jpeg', () => image().toColourspace('cmyk').jpeg().toBuffer()],
    ['png', () => image().png().toBuffer()],
    ['webp', () => image().webp().toBuffer()],
    ['webp', () => image().webp({ lossless: true }).toBuffer()],
    ['gif', () => image().gif().toBuffer()],
    ['avif', () => image().avif().toBuffer()],
  ];
  it.each(cases)('%s', async (expected, make) => {
    expect(sniffType(new Uint8Array(await make()))).toBe(expected);
  });
});

describe('sniffType robustness', () => {
  it('never throws and always names a known type, on any bytes', () => {
    const known = new Set(Object.keys(FILE_TYPE_NAMES));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (input) => {
        expect(known.has(sniffType(input))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on bytes that start like each format', () => {
    const prefixes = [
      [0xff, 0xd8, 0xff],
      [0x89, 0x50, 0x4e, 0x47],
      text('RIFF'),
      text('BM'),
      [0, 0, 0, 0xff, ...text('ftyp')],
      text('%PDF-'),
      [0x50, 0x4b],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 300 }), (prefix, rest) => {
        sniffType(bytes(prefix, Array.from(rest)));
      }),
      { numRuns: 1000 },
    );
  });

  it('has Chinese and English names for every type', () => {
    for (const name of Object.values(FILE_TYPE_NAMES)) {
      expect(name.zh).toMatch(/[\u4e00-\u9fff]|JPEG|PNG/);
      expect(name.en.length).toBeGreaterThan(3);
    }
  });
});
