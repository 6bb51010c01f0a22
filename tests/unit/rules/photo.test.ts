import { describe, expect, it } from 'vitest';
import { checkPhoto, getPlan } from '../../../lib/rules';
import {
  photoBackground,
  photoColor,
  photoColorspace,
  photoCorrupt,
  photoFilesize,
  photoFormat,
  photoMetadata,
  photoOrientation,
  photoPixels,
  photoRatio,
} from '../../../lib/rules/photo';
import type { PhotoFacts } from '../../../lib/rules/types';
import { nameOf, ruleTester, type ExpectedFinding, type InvalidCase, type ValidCase } from './rule-tester';
import { summary } from './support';

const plan = getPlan('hz-manufacturing-engineer-2024');

/** A photo that passes every rule: 295 × 413 (ratio 0.714), 50 kB, white background. */
const GOOD: PhotoFacts = {
  name: '证件照.jpg',
  bytes: 50000,
  type: 'jpeg',
  width: 295,
  height: 413,
  components: 3,
  progressive: false,
  gps: false,
  truncated: false,
  decodable: true,
  grayscale: false,
  background: { whiteShare: 0.97, lightNeutralShare: 0.99, meanRgb: [250, 250, 251] },
};

/** The good photo with some facts changed; the change names the case. */
const valid = (change: Partial<PhotoFacts>): ValidCase<PhotoFacts> => ({ input: { ...GOOD, ...change }, name: nameOf(change) });
const invalid = (change: Partial<PhotoFacts>, ...findings: ExpectedFinding[]): InvalidCase<PhotoFacts> => ({ ...valid(change), findings });
const photo = 'photo' as const;

describe('a good photo', () => {
  it('has no findings', () => {
    expect(checkPhoto(GOOD, plan)).toEqual([]);
  });
  it('passes with only the bare facts (everything optional absent)', () => {
    expect(checkPhoto({ name: 'a.JPEG', bytes: 50000, type: 'jpeg', width: 300, height: 420 }, plan)).toEqual([]);
  });
});

const formatFinding = (messageId: string, name: string, actual: string, actualEn = actual): ExpectedFinding => ({
  messageId,
  data: { name, actual, actualEn },
  target: photo,
});

ruleTester(photoFormat, {
  valid: [
    valid({ name: 'a.JPG' }),
    valid({ name: 'a.jpeg' }),
    valid({ name: 'a.Jpeg' }),
    valid({ truncated: true, width: undefined, height: undefined }),
  ],
  invalid: [
    ...(
      [
        ['png', 'PNG'],
        ['webp', 'WebP'],
        ['heic', 'HEIC'],
        ['avif', 'AVIF'],
        ['gif', 'GIF'],
        ['bmp', 'BMP'],
        ['pdf', 'PDF'],
      ] as const
    ).map(([type, actual]) => invalid({ type }, formatFinding('disguised', '证件照.jpg', actual))),
    invalid({ type: 'png', name: 'a.png' }, formatFinding('notJpeg', 'a.png', 'PNG')),
    invalid({ type: 'unknown' }, formatFinding('unknownContent', '证件照.jpg', '无法识别', 'unrecognised')),
    invalid({ name: 'photo.jfif' }, formatFinding('extension', 'photo.jfif', 'JPEG')),
    invalid({ name: 'photo' }, formatFinding('extension', 'photo', 'JPEG')),
    invalid({ width: undefined, height: undefined }, formatFinding('noSof', '证件照.jpg', 'JPEG')),
    invalid(
      { name: 'photo', width: undefined, height: undefined },
      formatFinding('extension', 'photo', 'JPEG'),
      formatFinding('noSof', 'photo', 'JPEG'),
    ),
  ],
});

ruleTester(photoCorrupt, {
  valid: [valid({}), valid({ type: 'png', decodable: false })],
  invalid: [
    invalid({ truncated: true }, { messageId: 'truncated', data: { bytes: 50000 }, target: photo }),
    invalid({ decodable: false }, { messageId: 'undecodable', data: { name: '证件照.jpg' }, target: photo }),
    invalid({ truncated: true, decodable: false }, { messageId: 'truncated', data: { bytes: 50000 }, target: photo }),
  ],
});

/** Photo bytes: the guide's "大于30K且小于1M" under both readings of K and M. */
const sizeData = (bytes: number, kb: string, mb: string) => ({
  bytes,
  kb,
  mb,
  min: 30721,
  max: 999999,
  kLow: 30000,
  kHigh: 30720,
  mLow: 1000000,
  mHigh: 1048576,
});

ruleTester(photoFilesize, {
  valid: [30721, 500000, 999999].map((bytes) => valid({ bytes })),
  invalid: (
    [
      [0, 'tooSmall', '0.0', '0.00'],
      [29999, 'tooSmall', '29.3', '0.03'],
      [30000, 'tooSmall', '29.3', '0.03'],
      [30001, 'smallBand', '29.3', '0.03'],
      [30500, 'smallBand', '29.8', '0.03'],
      [30719, 'smallBand', '30.0', '0.03'],
      [30720, 'smallBand', '30.0', '0.03'],
      [1000000, 'largeBand', '976.6', '0.95'],
      [1000001, 'largeBand', '976.6', '0.95'],
      [1020000, 'largeBand', '996.1', '0.97'],
      [1048575, 'largeBand', '1024.0', '1.00'],
      [1048576, 'tooLarge', '1024.0', '1.00'],
      [5000000, 'tooLarge', '4882.8', '4.77'],
    ] as const
  ).map(([bytes, messageId, kb, mb]) =>
    invalid({ bytes }, { messageId, level: messageId.endsWith('Band') ? 'warn' : 'error', data: sizeData(bytes, kb, mb), target: photo }),
  ),
});

const pixels = (width: number, height: number) => ({ width, height, minWidth: 215, minHeight: 300, safeWidth: 216, safeHeight: 301 });

ruleTester(photoPixels, {
  valid: [valid({ width: 216, height: 301 }), valid({ width: 413, height: 579 }), valid({ width: undefined, height: 400 })],
  invalid: [
    ...(
      [
        [215, 301],
        [216, 300],
        [215, 300],
      ] as const
    ).map(([width, height]) =>
      invalid({ width, height }, { messageId: 'atLimit', level: 'warn', data: pixels(width, height), target: photo }),
    ),
    ...(
      [
        [214, 301],
        [216, 299],
        [215, 299],
        [100, 140],
      ] as const
    ).map(([width, height]) => invalid({ width, height }, { messageId: 'tooSmall', data: pixels(width, height), target: photo })),
  ],
});

const ratio = (value: string, width: number, height: number) => ({
  ratio: value,
  width,
  height,
  min: '0.65',
  max: '0.80',
  typical: '0.71',
});

ruleTester(photoRatio, {
  // inclusive 0.65–0.8
  valid: [
    [260, 400],
    [320, 400],
    [13, 20],
    [4, 5],
    [295, 413],
  ].map(([width, height]) => valid({ width, height })),
  invalid: [
    invalid({ width: 259, height: 400 }, { messageId: 'outOfRange', data: ratio('0.647', 259, 400), target: photo }),
    invalid({ width: 321, height: 400 }, { messageId: 'outOfRange', data: ratio('0.802', 321, 400), target: photo }),
    // never rounded into the range
    invalid({ width: 2599, height: 4000 }, { messageId: 'outOfRange', data: ratio('0.6498', 2599, 4000), target: photo }),
    invalid({ width: 300, height: 300 }, { messageId: 'outOfRange', data: ratio('1.00', 300, 300), target: photo }),
    invalid({ width: 4000, height: 3000 }, { messageId: 'landscape', data: ratio('1.33', 4000, 3000), target: photo }),
  ],
});

const TURNS: Record<number, [string, string]> = {
  2: ['水平翻转', 'mirrored horizontally'],
  3: ['旋转 180°', 'rotated 180°'],
  4: ['垂直翻转', 'mirrored vertically'],
  5: ['翻转并逆时针旋转 90°', 'mirrored and rotated 90° anticlockwise'],
  6: ['顺时针旋转 90°', 'rotated 90° clockwise'],
  7: ['翻转并顺时针旋转 90°', 'mirrored and rotated 90° clockwise'],
  8: ['逆时针旋转 90°', 'rotated 90° anticlockwise'],
};
const turn = (orientation: number) => ({ orientation, how: TURNS[orientation]![0], howEn: TURNS[orientation]![1] });

ruleTester(photoOrientation, {
  valid: [undefined, 1, 0, 9].map((orientation) => valid({ orientation })),
  invalid: [
    ...[2, 3, 4].map((orientation) => invalid({ orientation }, { messageId: 'transformed', data: turn(orientation), target: photo })),
    // 5–8 swap width and height: the server sees the stored size
    ...[5, 6, 7, 8].map((orientation) =>
      invalid(
        { orientation },
        { messageId: 'swapped', data: { ...turn(orientation), width: 295, height: 413, shownWidth: 413, shownHeight: 295 }, target: photo },
      ),
    ),
    invalid(
      { orientation: 6, width: 4000, height: 3000 },
      { messageId: 'swapped', data: { ...turn(6), width: 4000, height: 3000, shownWidth: 3000, shownHeight: 4000 }, target: photo },
    ),
    invalid({ orientation: 6, width: undefined, height: undefined }, { messageId: 'transformed', data: turn(6), target: photo }),
  ],
});

ruleTester(photoColorspace, {
  valid: [valid({ components: 3 }), valid({ components: 1 }), valid({ grayscale: true })],
  invalid: [invalid({ components: 4 }, { messageId: 'cmyk', data: { components: 4 }, target: photo })],
});

ruleTester(photoColor, {
  valid: [valid({ components: 3 }), valid({ components: 4 })],
  invalid: [
    invalid({ components: 1 }, { messageId: 'oneComponent', target: photo }),
    invalid({ grayscale: true }, { messageId: 'noColour', target: photo }),
    invalid({ components: 1, grayscale: true }, { messageId: 'oneComponent', target: photo }),
  ],
});

const background = (whiteShare: number, lightNeutralShare: number, meanRgb: [number, number, number]): Partial<PhotoFacts> => ({
  background: { whiteShare, lightNeutralShare, meanRgb },
});
const colour = (name: string, nameEn: string, [r, g, b]: [number, number, number], white: string) => ({
  colour: name,
  colourEn: nameEn,
  r,
  g,
  b,
  white,
  need: 92,
});

// at least 92 % of the background white
ruleTester(photoBackground, {
  valid: [valid(background(0.92, 0.95, [245, 245, 245])), valid(background(1, 1, [255, 255, 255])), valid({ background: undefined })],
  invalid: [
    invalid(background(0.9199, 0.99, [238, 238, 238]), { messageId: 'grey', data: { white: '91.9', need: 92 }, target: photo }),
    invalid(background(0.1, 0.92, [215, 215, 215]), { messageId: 'grey', data: { white: '10', need: 92 }, target: photo }),
    invalid(background(0.05, 0.3, [67, 142, 219]), {
      messageId: 'colour',
      data: colour('蓝色', 'blue', [67, 142, 219], '5'),
      target: photo,
    }),
    invalid(background(0, 0, [205, 30, 40]), { messageId: 'colour', data: colour('红色', 'red', [205, 30, 40], '0'), target: photo }),
    invalid(background(0.5, 0.6, [180, 180, 180]), {
      messageId: 'colour',
      data: colour('灰色', 'grey', [180, 180, 180], '50'),
      target: photo,
    }),
    invalid(background(0.91, 0.91, [230, 230, 230]), {
      messageId: 'colour',
      data: colour('浅灰色', 'light grey', [230, 230, 230], '91'),
      target: photo,
    }),
  ],
});

ruleTester(photoMetadata, {
  valid: [valid({ gps: false }), valid({ gps: undefined })],
  invalid: [invalid({ gps: true }, { messageId: 'gps', target: photo })],
});

describe('a typical phone photo', () => {
  it('reports every problem the server would see', () => {
    const findings = checkPhoto(
      {
        ...GOOD,
        name: 'IMG_2024.HEIC.jpg',
        bytes: 3_500_000,
        width: 4032,
        height: 3024,
        orientation: 6,
        gps: true,
        background: { whiteShare: 0.2, lightNeutralShare: 0.4, meanRgb: [120, 130, 140] },
      },
      plan,
    );
    expect(summary(findings)).toEqual([
      'photo.filesize:error',
      'photo.ratio:error',
      'photo.orientation:error',
      'photo.background:warn',
      'photo.metadata:info',
    ]);
    expect(findings.map((f) => f.messageId)).toEqual(['tooLarge', 'landscape', 'swapped', 'colour', 'gps']);
  });
});
