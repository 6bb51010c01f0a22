import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { parseJpeg, readJpegFrame } from '../../../lib/photo/jpeg';
import { loadPhotoCases, makePhoto, type PhotoSpec } from '../../fixtures/photos';
import { concat, EOI, exifApp1, jpeg, scanData, segment, sof, SOI, sos, app0Jfif } from './jpeg-builder';

// sharp encodes and decodes 12 MP photos here: slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

describe('parseJpeg on every generated JPEG case', async () => {
  const cases = (await loadPhotoCases()).filter((photoCase) => 'width' in photoCase.spec && (photoCase.spec.format ?? 'jpeg') === 'jpeg');

  it('covers the JPEG cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((photoCase) => [photoCase.name, photoCase] as const))('%s', async (_name, photoCase) => {
    const spec = photoCase.spec as PhotoSpec;
    const info = parseJpeg(new Uint8Array(photoCase.bytes));
    const meta = await sharp(photoCase.bytes).metadata();
    const turned = spec.orientation === 6 || spec.orientation === 8;
    // Stored size: what the spec displays, turned back for orientations 6/8 — and what libvips reads.
    expect([info.width, info.height]).toEqual(turned ? [spec.height, spec.width] : [spec.width, spec.height]);
    expect([info.width, info.height]).toEqual([meta.width, meta.height]);
    expect(info.components).toBe(spec.components ?? 3);
    expect(info.components).toBe(meta.channels);
    expect(info.progressive).toBe(spec.progressive === true);
    expect(info.progressive).toBe(meta.isProgressive);
    expect(info.orientation).toBe(meta.orientation);
    if (spec.orientation !== undefined) expect(info.orientation).toBe(spec.orientation);
    expect(info.gps).toBe(spec.gps === true);
    expect(info.exif).toBe(meta.exif !== undefined);
    expect(info.truncated).toBe(spec.cut !== undefined);
    expect(info.sofMarker).toBe(spec.progressive === true ? 0xc2 : 0xc0);
  });

  it('tells how a truncated file is broken', async () => {
    expect(parseJpeg(new Uint8Array(await makePhoto('truncated'))).problem).toBe('no-eoi');
    expect(parseJpeg(new Uint8Array(await makePhoto('truncated-no-eoi'))).problem).toBe('no-eoi');
    expect(parseJpeg(new Uint8Array(await makePhoto('good'))).problem).toBeUndefined();
  });
});

describe('parseJpeg on hand-built structures', () => {
  const table: [string, Uint8Array, Partial<ReturnType<typeof parseJpeg>>][] = [
    ['baseline 413×579', jpeg(), { width: 413, height: 579, components: 3, progressive: false, truncated: false, exif: false, gps: false }],
    ['extended sequential SOF1', jpeg({ marker: 0xc1 }), { sofMarker: 0xc1, progressive: false, truncated: false }],
    ['progressive SOF2', jpeg({ marker: 0xc2 }), { progressive: true, truncated: false }],
    ['arithmetic progressive SOF10', jpeg({ marker: 0xca }), { progressive: true }],
    ['lossless SOF3', jpeg({ marker: 0xc3 }), { sofMarker: 0xc3, progressive: false }],
    ['grey, 1 component', jpeg({ components: 1 }), { components: 1 }],
    ['CMYK, 4 components', jpeg({ components: 4 }), { components: 4 }],
    ['size 65535×1', jpeg({ width: 65535, height: 1 }), { width: 65535, height: 1 }],
    ['EXIF little-endian orientation 6', jpeg({ before: [exifApp1({ orientation: 6 })] }), { orientation: 6, exif: true, gps: false }],
    ['EXIF big-endian orientation 8', jpeg({ before: [exifApp1({ little: false, orientation: 8 })] }), { orientation: 8, exif: true }],
    ['orientation written as LONG', jpeg({ before: [exifApp1({ orientation: 3, orientationType: 4 })] }), { orientation: 3 }],
    ['orientation 0 is no orientation', jpeg({ before: [exifApp1({ orientation: 0 })] }), { orientation: undefined, exif: true }],
    ['orientation 9 is no orientation', jpeg({ before: [exifApp1({ orientation: 9 })] }), { orientation: undefined }],
    ['GPS with latitude', jpeg({ before: [exifApp1({ gpsTags: [0, 1, 2] })] }), { gps: true }],
    ['GPS directory with only its version: no location', jpeg({ before: [exifApp1({ gpsTags: [0] })] }), { gps: false }],
    [
      'GPS pointer outside the block: assume location',
      jpeg({ before: [exifApp1({ gpsTags: [1], gpsPointerOutside: true })] }),
      { gps: true },
    ],
    [
      'big-endian GPS + orientation',
      jpeg({ before: [exifApp1({ little: false, orientation: 6, gpsTags: [1, 2, 3, 4] })] }),
      { gps: true, orientation: 6 },
    ],
    [
      'XMP with GPS fields',
      jpeg({
        before: [
          segment(
            0xe1,
            Array.from('http://ns.adobe.com/xap/1.0/\0<x exif:GPSLatitude="30,16.2N"/>', (c) => c.charCodeAt(0)),
          ),
        ],
      }),
      { gps: true, exif: false },
    ],
    [
      'XMP without GPS',
      jpeg({
        before: [
          segment(
            0xe1,
            Array.from('http://ns.adobe.com/xap/1.0/\0<x/>', (c) => c.charCodeAt(0)),
          ),
        ],
      }),
      { gps: false },
    ],
    ['APP1 that is neither EXIF nor XMP', jpeg({ before: [segment(0xe1, [1, 2, 3, 4])] }), { exif: false, gps: false, truncated: false }],
    [
      'EXIF with a broken TIFF header',
      jpeg({ before: [segment(0xe1, [0x45, 0x78, 0x69, 0x66, 0, 0, 0x41, 0x41, 0, 42])] }),
      { exif: true, orientation: undefined, truncated: false },
    ],
    ['a second SOF does not override the first', jpeg({ before: [sof(100, 200)] }), { width: 100, height: 200 }],
    ['trailer after EOI (motion photo)', concat(jpeg(), new Uint8Array(5000).fill(0xff), [0xff, 0xd8]), { truncated: false }],
    [
      'garbage between segments',
      concat(SOI, app0Jfif(), [1, 2, 3], sof(300, 400), sos(), scanData(), EOI),
      { width: 300, truncated: false },
    ],
    [
      'fill bytes before a marker',
      concat(SOI, [0xff, 0xff, 0xff], sof(300, 400).subarray(1), sos(), scanData(), [0xff, 0xff], EOI),
      { width: 300, truncated: false },
    ],
    [
      'progressive scans with tables between',
      concat(SOI, sof(50, 60, 3, 0xc2), sos(), scanData(), segment(0xc4, [0, 1, 2]), sos(), scanData(), EOI),
      { progressive: true, truncated: false },
    ],
  ];
  it.each(table)('%s', (_label, input, expected) => {
    const info = parseJpeg(input);
    // Key by key, so that an expected `undefined` also means "absent".
    for (const [key, value] of Object.entries(expected)) expect([key, info[key as keyof typeof info]]).toEqual([key, value]);
  });

  const broken: [string, Uint8Array, string][] = [
    ['not a JPEG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), 'not-jpeg'],
    ['empty', new Uint8Array(0), 'not-jpeg'],
    ['SOI only', Uint8Array.from(SOI), 'no-frame'],
    ['SOI EOI', concat(SOI, EOI), 'no-frame'],
    ['frame but no scan', concat(SOI, sof(10, 10), EOI), 'no-scan'],
    ['scan before any frame', concat(SOI, sos(), scanData(), EOI), 'no-frame'],
    ['no EOI after the scan', concat(SOI, sof(10, 10), sos(), scanData()), 'no-eoi'],
    ['cut inside a segment', jpeg().subarray(0, 30), 'segment-overrun'],
    ['cut inside a segment length', concat(SOI, [0xff, 0xe0, 0x00]), 'segment-overrun'],
    ['segment length below 2', concat(SOI, [0xff, 0xe0, 0x00, 0x01], sof(10, 10), sos(), scanData(), EOI), 'bad-length'],
    ['SOF too short to read', concat(SOI, segment(0xc0, [8, 0, 10]), sos(), scanData(), EOI), 'no-frame'],
  ];
  it.each(broken)('truncated: %s', (_label, input, problem) => {
    const info = parseJpeg(input);
    expect(info.truncated).toBe(true);
    expect(info.problem).toBe(problem);
  });

  it('readJpegFrame stops at the frame header', () => {
    const frameOnly = concat(SOI, app0Jfif(), sof(640, 480, 3, 0xc2)); // no scan, no end
    expect(readJpegFrame(frameOnly)).toEqual({ sofMarker: 0xc2, width: 640, height: 480, components: 3, progressive: true });
    expect(readJpegFrame(Uint8Array.from([1, 2, 3]))).toEqual({
      sofMarker: undefined,
      width: undefined,
      height: undefined,
      components: undefined,
      progressive: undefined,
    });
  });

  it('does not read the EXIF thumbnail as the picture', () => {
    // A thumbnail JPEG inside APP1 has its own SOF and EOI; only the main frame counts.
    const thumbnail = jpeg({ width: 160, height: 120 });
    const app1 = segment(0xe1, concat(exifApp1({ orientation: 6 }).subarray(4), thumbnail));
    expect(parseJpeg(jpeg({ before: [app1] }))).toMatchObject({ width: 413, height: 579, orientation: 6, truncated: false });
  });
});

describe('parseJpeg robustness', () => {
  const check = (input: Uint8Array): void => {
    const info = parseJpeg(input);
    expect(typeof info.truncated).toBe('boolean');
    expect(typeof info.gps).toBe('boolean');
    if (info.orientation !== undefined) expect(info.orientation).toBeGreaterThanOrEqual(1);
    if (info.end !== undefined) expect(info.end).toBeLessThanOrEqual(input.length);
    readJpegFrame(input);
  };

  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), check), { numRuns: 3000 });
  });

  it('never throws on random bytes after SOI', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (rest) => check(concat([0xff, 0xd8, 0xff], rest))),
      { numRuns: 3000 },
    );
  });

  it('never throws on mutated, cut and spliced real JPEGs', async () => {
    const real = new Uint8Array(await makePhoto('gps'));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
        fc.nat(real.length),
        fc.uint8Array({ maxLength: 64 }),
        (edits, cut, splice) => {
          const mutated = real.slice(0, Math.max(2, cut));
          for (const [at, value] of edits) if (at < mutated.length) mutated[at] = value;
          check(mutated);
          check(concat(mutated.subarray(0, mutated.length >> 1), splice, mutated.subarray(mutated.length >> 1)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mutations inside the EXIF block never throw and keep the frame size', () => {
    const base = jpeg({ before: [exifApp1({ orientation: 6, gpsTags: [0, 1, 2, 3, 4] })] });
    const exifStart = 2 + app0Jfif().length;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: exifStart + 10, max: exifStart + 100 }), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
        (edits) => {
          const mutated = base.slice();
          for (const [at, value] of edits) mutated[at] = value;
          const info = parseJpeg(mutated);
          expect(info.width).toBe(413);
          expect(info.truncated).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finishes quickly on pathological inputs', () => {
    const inputs = [
      concat(SOI, new Uint8Array(2_000_000).fill(0xff)),
      concat(SOI, sof(10, 10), sos(), new Uint8Array(2_000_000).fill(0xff)),
      concat(
        SOI,
        sof(10, 10),
        sos(),
        Uint8Array.from({ length: 2_000_000 }, (_, i) => (i % 2 === 0 ? 0xff : 0x00)),
      ),
      concat(
        SOI,
        Uint8Array.from({ length: 1_000_000 }, (_, i) => (i % 2 === 0 ? 0xff : 0xd0)),
      ),
    ];
    for (const input of inputs) {
      const start = performance.now();
      expect(parseJpeg(input).truncated).toBe(true);
      expect(performance.now() - start).toBeLessThan(500);
    }
  });
});
