import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHeifLayout } from '../../../lib/photo/heif';
import { headerSize } from '../../../lib/photo/header';
import { photoFactsFromBytes } from '../../../lib/photo/facts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(`tests/fixtures/heic/${name}`));

// ---------------------------------------------------------------- a tiny box writer

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
const be32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const be16 = (n: number): number[] => [(n >>> 8) & 0xff, n & 0xff];
const box = (type: string, ...content: number[][]): number[] => {
  const body = content.flat();
  return [...be32(body.length + 8), ...ascii(type), ...body];
};
const fullBox = (type: string, version: number, flags: number, ...content: number[][]): number[] =>
  box(type, [version, (flags >> 16) & 0xff, (flags >> 8) & 0xff, flags & 0xff], ...content);
const ispe = (width: number, height: number): number[] => fullBox('ispe', 0, 0, be32(width), be32(height));
const irot = (quarterTurnsAnticlockwise: number): number[] => box('irot', [quarterTurnsAnticlockwise]);
const imir = (axis: number): number[] => box('imir', [axis]);

/** A HEIC whose primary item 1 has the given properties, listed as `order` (1-based) says. */
function heic(properties: number[][], associations: Record<number, number[]>, primary = 1): Uint8Array {
  const entries = Object.entries(associations);
  const ipma = fullBox(
    'ipma',
    0,
    0,
    be32(entries.length),
    ...entries.map(([id, indexes]) => [...be16(Number(id)), indexes.length, ...indexes.map((index) => 0x80 | index)]),
  );
  const meta = fullBox('meta', 0, 0, fullBox('pitm', 0, 0, be16(primary)), box('iprp', box('ipco', ...properties), ipma));
  return Uint8Array.from([...box('ftyp', ascii('heic'), be32(0), ascii('mif1heic')), ...meta, ...box('mdat', [1, 2, 3])]);
}

describe('readHeifLayout on the committed HEIC photos (heif-enc output)', () => {
  it('IMG_0001.HEIC: a 3024×4032 portrait without transforms', () => {
    expect(readHeifLayout(fixture('IMG_0001.HEIC'))).toEqual({
      coded: { width: 3024, height: 4032 },
      displayed: { width: 3024, height: 4032 },
      rotation: 0,
      mirrored: false,
    });
  });

  it('IMG_0002.HEIC: stored landscape, turned 90° clockwise into a portrait', () => {
    expect(readHeifLayout(fixture('IMG_0002.HEIC'))).toEqual({
      coded: { width: 4032, height: 3024 },
      displayed: { width: 3024, height: 4032 },
      rotation: 90,
      mirrored: false,
    });
  });

  it('the facts name the type and the size people see, whatever the file is called', () => {
    for (const name of ['IMG_0001.HEIC', 'IMG_0001.jpg', 'IMG_0002.HEIC']) {
      const facts = photoFactsFromBytes(name, fixture(name));
      expect(facts, name).toMatchObject({ type: 'heic', width: 3024, height: 4032 });
    }
    expect(photoFactsFromBytes('IMG_0002.HEIC', fixture('IMG_0002.HEIC')).heifTransform).toEqual({
      rotation: 90,
      mirrored: false,
      stored: { width: 4032, height: 3024 },
    });
    expect(photoFactsFromBytes('IMG_0001.HEIC', fixture('IMG_0001.HEIC')).heifTransform).toBeUndefined();
    expect(headerSize(fixture('IMG_0002.HEIC'))).toEqual({ width: 3024, height: 4032 });
  });
});

describe('readHeifLayout on hand-built boxes', () => {
  const table: [string, Uint8Array, ReturnType<typeof readHeifLayout>][] = [
    [
      'no transform',
      heic([ispe(4032, 3024)], { 1: [1] }),
      { coded: { width: 4032, height: 3024 }, displayed: { width: 4032, height: 3024 }, rotation: 0, mirrored: false },
    ],
    [
      'irot 1 = 90° anti-clockwise',
      heic([ispe(4032, 3024), irot(1)], { 1: [1, 2] }),
      { coded: { width: 4032, height: 3024 }, displayed: { width: 3024, height: 4032 }, rotation: 270, mirrored: false },
    ],
    [
      'irot 2 = 180°, sides kept',
      heic([ispe(400, 500), irot(2)], { 1: [1, 2] }),
      { coded: { width: 400, height: 500 }, displayed: { width: 400, height: 500 }, rotation: 180, mirrored: false },
    ],
    [
      'irot 3 with a mirror',
      heic([ispe(4032, 3024), imir(0), irot(3)], { 1: [1, 2, 3] }),
      { coded: { width: 4032, height: 3024 }, displayed: { width: 3024, height: 4032 }, rotation: 90, mirrored: true },
    ],
    [
      'a grid picture: the primary item (the grid) counts, not its tiles',
      heic([ispe(512, 512), ispe(4032, 3024), irot(3)], { 2: [1], 3: [1], 9: [2, 3] }, 9),
      { coded: { width: 4032, height: 3024 }, displayed: { width: 3024, height: 4032 }, rotation: 90, mirrored: false },
    ],
    [
      'a rotation on another item is not the primary picture’s',
      heic([ispe(4032, 3024), irot(1)], { 1: [1], 2: [1, 2] }),
      { coded: { width: 4032, height: 3024 }, displayed: { width: 4032, height: 3024 }, rotation: 0, mirrored: false },
    ],
  ];
  it.each(table)('%s', (_label, bytes, expected) => {
    expect(readHeifLayout(bytes)).toEqual(expected);
  });

  it('gives nothing when the boxes do not say, and the size falls back to the largest ispe', () => {
    const noPitm = Uint8Array.from([
      ...box('ftyp', ascii('heic'), be32(0)),
      ...fullBox('meta', 0, 0, box('iprp', box('ipco', ispe(640, 480)))),
    ]);
    expect(readHeifLayout(noPitm)).toBeUndefined();
    expect(headerSize(noPitm)).toEqual({ width: 640, height: 480 });
    expect(readHeifLayout(heic([ispe(0, 0)], { 1: [1] }))).toBeUndefined();
    expect(readHeifLayout(Uint8Array.from(box('ftyp', ascii('heic'))))).toBeUndefined();
  });

  it('never throws, whatever the bytes', () => {
    const real = fixture('IMG_0002.HEIC').subarray(0, 600);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(599), (noise, cut) => {
        readHeifLayout(noise);
        const damaged = real.slice();
        damaged.set(noise.subarray(0, 600 - cut), cut);
        readHeifLayout(damaged);
        readHeifLayout(real.subarray(0, cut));
      }),
      { numRuns: 500 },
    );
  });
});
