/**
 * Fuzzing the byte readers: the JPEG/EXIF parser (and the photo facts and
 * rules built on it), type sniffing of every picture header the platform
 * may be handed, and the PDF checks. Mutated real files and random bytes;
 * no exception escapes, no input takes over a second, the heap stays bounded.
 */
import fc from 'fast-check';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFacts } from '../../lib/attachments/pdf';
import { headerSize } from '../../lib/photo/header';
import { parseJpeg } from '../../lib/photo/jpeg';
import { padJpeg, stripExif } from '../../lib/photo/jpeg-edit';
import { photoFactsFromBytes } from '../../lib/photo/facts';
import { sniffType } from '../../lib/photo/sniff';
import { checkPhoto } from '../../lib/rules';
import { getPlan } from '../../lib/rules/plans';
import { buildPdf, latin1Bytes } from '../unit/attachments/pdf-builder';
import { concat, exifApp1, jpeg, segment } from '../unit/photo/jpeg-builder';
import { bytesCodec, fuzz, fuzzBytes, RUNS } from './harness';

const TIMEOUT = Math.max(60_000, RUNS * 5);
const plan = getPlan();

/** Small real JPEGs from an encoder (baseline, progressive, with EXIF orientation and GPS), and hand-built ones. */
let jpegs: Uint8Array[] = [];

beforeAll(async () => {
  const image = sharp({ create: { width: 48, height: 64, channels: 3, background: { r: 250, g: 250, b: 250 } } });
  const encoded = await Promise.all([
    image.clone().jpeg({ quality: 80 }).toBuffer(),
    image.clone().jpeg({ quality: 60, progressive: true }).toBuffer(),
    image.clone().withMetadata({ orientation: 6 }).jpeg().toBuffer(),
    image.clone().toColourspace('cmyk').jpeg().toBuffer(),
  ]);
  jpegs = [
    ...encoded.map((b) => new Uint8Array(b)),
    jpeg(),
    jpeg({ before: [exifApp1({ orientation: 6, gpsTags: [1, 2, 3, 4] })] }),
    jpeg({ before: [exifApp1({ little: true, orientation: 8, orientationType: 4, gpsPointerOutside: true })] }),
    jpeg({ marker: 0xc2, components: 4 }),
    jpeg({ before: [segment(0xe2, new Uint8Array(300)), segment(0xfe, latin1Bytes('comment'))] }),
  ];
}, 60_000);

/** The first bytes of each kind of picture (and a PDF) the sniffer tells apart. */
function headers(): Uint8Array[] {
  const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
  const ftyp = (brand: string, compatible: string[]) => {
    const body = [...ascii(brand), 0, 0, 0, 0, ...compatible.flatMap(ascii)];
    return [...u32(8 + body.length), ...ascii('ftyp'), ...body];
  };
  const ispe = [...u32(20), ...ascii('ispe'), 0, 0, 0, 0, ...u32(413), ...u32(579)];
  return [
    concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], u32(13), ascii('IHDR'), u32(413), u32(579), [8, 2, 0, 0, 0], u32(0)),
    concat(ascii('GIF89a'), [0x9d, 0x01, 0x43, 0x02, 0, 0, 0]),
    concat(ascii('BM'), le32(1000), [0, 0, 0, 0], le32(54), le32(40), le32(413), le32(579), [1, 0, 24, 0]),
    concat(ascii('RIFF'), le32(100), ascii('WEBPVP8X'), le32(10), [0, 0, 0, 0], [0x9c, 0x01, 0x00], [0x42, 0x02, 0x00]),
    concat(ascii('RIFF'), le32(100), ascii('WEBPVP8 '), le32(20), [0, 0, 0, 0x9d, 0x01, 0x2a, 0x9d, 0x01, 0x43, 0x02]),
    concat(ftyp('avif', ['mif1', 'miaf']), ispe),
    concat(ftyp('heic', ['mif1', 'heic']), ispe),
    concat(ftyp('mif1', ['heix']), ispe),
    latin1Bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
    jpeg(),
  ];
}

describe('fuzz: bytes', () => {
  it(
    'the JPEG/EXIF parser, photo facts and photo rules',
    () => {
      const report = fuzz('jpeg', fuzzBytes(jpegs), bytesCodec, (bytes) => {
        const info = parseJpeg(bytes);
        expect(typeof info).toBe('object');
        const facts = photoFactsFromBytes('照片.jpg', bytes);
        checkPhoto(facts, plan);
        stripExif(bytes);
        if (info.sofMarker !== undefined) padJpeg(stripExif(bytes), bytes.length + 100);
      });
      expect(report.inputs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT,
  );

  it(
    'type sniffing and header sizes (JPEG, PNG, WebP, AVIF, HEIC, GIF, BMP, PDF)',
    () => {
      const report = fuzz('sniff', fuzzBytes(headers()), bytesCodec, (bytes) => {
        const type = sniffType(bytes);
        expect(typeof type).toBe('string');
        const size = headerSize(bytes);
        if (size) expect(Number.isFinite(size.width * size.height)).toBe(true);
      });
      expect(report.inputs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT,
  );

  it(
    'the PDF checks',
    () => {
      const pdfs = [
        buildPdf({ pages: 1 }),
        buildPdf({ pages: 3, encrypt: true }),
        buildPdf({ pages: 2, xrefStream: true }),
        buildPdf({ pages: 2, xrefStream: true, encrypt: true }),
      ];
      const cut = fc.tuple(fc.nat(), fc.nat(), fc.boolean());
      const report = fuzz(
        'pdf',
        fc.tuple(fuzzBytes(pdfs), cut).map(([bytes, c]) => ({ bytes, c })),
        {
          encode: ({ bytes, c }) => ({ bytes: bytesCodec.encode(bytes), c }),
          decode: (stored) => {
            const s = stored as { bytes: string; c: [number, number, boolean] };
            return { bytes: bytesCodec.decode(s.bytes), c: s.c };
          },
        },
        ({ bytes, c: [headCut, tailCut, whole] }) => {
          const head = bytes.subarray(0, whole ? bytes.length : headCut % (bytes.length + 1));
          const tail = bytes.subarray(bytes.length - (tailCut % (bytes.length + 1)));
          const facts = pdfFacts(head, tail, whole);
          expect(typeof facts).toBe('object');
        },
      );
      expect(report.inputs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT,
  );
});
