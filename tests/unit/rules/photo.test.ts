import { describe, expect, it } from 'vitest';
import { checkPhoto, getPlan } from '../../../lib/rules';
import type { PhotoFacts } from '../../../lib/rules/types';
import { expectFilled, of, summary } from './support';

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

const photo = (change: Partial<PhotoFacts>): PhotoFacts => ({ ...GOOD, ...change });

function check(change: Partial<PhotoFacts>) {
  const findings = checkPhoto(photo(change), plan);
  expectFilled(findings);
  return findings;
}

describe('a good photo', () => {
  it('has no findings', () => {
    expect(checkPhoto(GOOD, plan)).toEqual([]);
  });
  it('passes with only the bare facts (everything optional absent)', () => {
    expect(checkPhoto({ name: 'a.JPEG', bytes: 50000, type: 'jpeg', width: 300, height: 420 }, plan)).toEqual([]);
  });
});

describe('photo.format', () => {
  it.each([
    [{ name: 'a.JPG' }, []],
    [{ name: 'a.jpeg' }, []],
    [{ name: 'a.Jpeg' }, []],
    [{ type: 'png' as const }, ['photo.format:error'], /文件名是“证件照.jpg”，但内容是 PNG 格式/u],
    [{ type: 'webp' as const }, ['photo.format:error'], /WebP/u],
    [{ type: 'heic' as const }, ['photo.format:error'], /HEIC/u],
    [{ type: 'avif' as const }, ['photo.format:error'], /AVIF/u],
    [{ type: 'gif' as const }, ['photo.format:error'], /GIF/u],
    [{ type: 'bmp' as const }, ['photo.format:error'], /BMP/u],
    [{ type: 'pdf' as const }, ['photo.format:error'], /PDF/u],
    [{ type: 'png' as const, name: 'a.png' }, ['photo.format:error'], /照片“a.png”是 PNG 格式，需为 JPG\/JPEG/u],
    [{ type: 'unknown' as const }, ['photo.format:error'], /无法识别/u],
    [{ name: 'photo.jfif' }, ['photo.format:error'], /不以 .jpg 或 .jpeg 结尾/u],
    [{ name: 'photo' }, ['photo.format:error'], /不以 .jpg/u],
    [{ width: undefined, height: undefined }, ['photo.format:error'], /SOF/u],
  ])('%j', (change, expected, message?: RegExp) => {
    const findings = of(check(change), 'photo.format');
    expect(summary(findings)).toEqual(expected);
    if (message) expect(findings[0]?.message).toMatch(message);
    for (const finding of findings) expect(finding.target).toBe('photo');
  });
});

describe('photo.corrupt', () => {
  it.each([
    [{}, []],
    [{ truncated: true }, ['photo.corrupt:error'], /不完整.*50000 字节/u],
    [{ decodable: false }, ['photo.corrupt:error'], /无法解码/u],
    [{ truncated: true, decodable: false }, ['photo.corrupt:error'], /不完整/u],
    [{ type: 'png' as const, decodable: false }, []],
  ])('%j', (change, expected, message?: RegExp) => {
    const findings = of(check(change), 'photo.corrupt');
    expect(summary(findings)).toEqual(expected);
    if (message) expect(findings[0]?.message).toMatch(message);
  });

  it('a truncated file without SOF is not also a format error', () => {
    expect(of(check({ truncated: true, width: undefined, height: undefined }), 'photo.format')).toEqual([]);
  });
});

describe('photo.filesize (K and M as 1000 or 1024)', () => {
  it.each([
    [0, 'error'],
    [29999, 'error'],
    [30000, 'error'],
    [30001, 'warn'],
    [30719, 'warn'],
    [30720, 'warn'],
    [30721, null],
    [500000, null],
    [999999, null],
    [1000000, 'warn'],
    [1000001, 'warn'],
    [1048575, 'warn'],
    [1048576, 'error'],
    [5000000, 'error'],
  ])('%i bytes → %s', (bytes, level) => {
    const findings = of(check({ bytes }), 'photo.filesize');
    expect(summary(findings)).toEqual(level ? [`photo.filesize:${level}`] : []);
    if (level) {
      expect(findings[0]!.message).toContain(`${bytes} 字节`);
      expect(findings[0]!.message).toContain('30721–999999 字节');
      expect(findings[0]!.data?.bytes).toBe(bytes);
    }
  });

  it('names both readings in the warning bands', () => {
    expect(of(check({ bytes: 30500 }), 'photo.filesize')[0]!.message).toMatch(/30K 按 30000 字节算已达标，按 30720 字节算则不够/u);
    expect(of(check({ bytes: 1020000 }), 'photo.filesize')[0]!.message).toMatch(/1M 按 1048576 字节算已达标，按 1000000 字节算则过大/u);
  });
});

describe('photo.pixels (stored size)', () => {
  it.each([
    [216, 301, null],
    [215, 301, 'warn'],
    [216, 300, 'warn'],
    [215, 300, 'warn'],
    [214, 301, 'error'],
    [216, 299, 'error'],
    [215, 299, 'error'],
    [100, 140, 'error'],
    [413, 579, null],
  ])('%i × %i → %s', (width, height, level) => {
    const findings = of(check({ width, height }), 'photo.pixels');
    expect(summary(findings)).toEqual(level ? [`photo.pixels:${level}`] : []);
    if (level) expect(findings[0]!.message).toContain(`${width} × ${height}`);
  });

  it('warns with the size that is safe', () => {
    expect(of(check({ width: 215, height: 301 }), 'photo.pixels')[0]!.message).toMatch(/建议至少 216 × 301/u);
  });

  it('is silent without a size', () => {
    expect(of(check({ width: undefined, height: 400 }), 'photo.pixels')).toEqual([]);
  });
});

describe('photo.ratio (inclusive 0.65–0.8)', () => {
  it.each([
    [260, 400, null], // exactly 0.65
    [320, 400, null], // exactly 0.8
    [13, 20, null], // 0.65
    [4, 5, null], // 0.8
    [295, 413, null],
    [259, 400, 'error'], // 0.6475
    [321, 400, 'error'], // 0.8025
    [300, 300, 'error'],
    [4000, 3000, 'error'],
  ])('%i × %i → %s', (width, height, level) => {
    const findings = of(check({ width, height }), 'photo.ratio');
    expect(summary(findings)).toEqual(level ? [`photo.ratio:${level}`] : []);
  });

  it('explains a landscape phone photo', () => {
    const finding = of(check({ width: 4000, height: 3000, bytes: 900000 }), 'photo.ratio')[0]!;
    expect(finding.message).toBe('照片宽高比为 1.33（宽 4000 × 高 3000），需在 0.65–0.80 之间；手机照片可能是旋转后显示的');
  });

  it('never rounds a failing ratio into the range', () => {
    const finding = of(check({ width: 2599, height: 4000 }), 'photo.ratio')[0]!;
    expect(finding.message).toMatch(/宽高比为 0\.649\d（/u);
    expect(finding.message).toMatch(/约为 0\.71/u);
  });
});

describe('photo.orientation', () => {
  it.each([
    [undefined, []],
    [1, []],
    [0, []],
    [9, []],
    [2, ['photo.orientation:error']],
    [3, ['photo.orientation:error']],
    [4, ['photo.orientation:error']],
    [5, ['photo.orientation:error']],
    [6, ['photo.orientation:error']],
    [7, ['photo.orientation:error']],
    [8, ['photo.orientation:error']],
  ])('orientation %j', (orientation, expected) => {
    expect(summary(of(check({ orientation }), 'photo.orientation'))).toEqual(expected);
  });

  it('says the server sees the stored size when 5–8 swap it', () => {
    const finding = of(check({ orientation: 6, width: 4000, height: 3000 }), 'photo.orientation')[0]!;
    expect(finding.message).toMatch(/显示为 3000 × 4000，但服务器按存储的 4000 × 3000 读取/u);
    expect(finding.messageEn).toMatch(/server reads the stored 4000 × 3000/u);
  });

  it('explains a flip without sizes', () => {
    expect(of(check({ orientation: 3 }), 'photo.orientation')[0]!.message).toMatch(/方向标记 3（旋转 180°）.*服务器读取的却是未转正的原图/u);
  });
});

describe('photo.colorspace and photo.color', () => {
  it.each([
    [{ components: 3 }, []],
    [{ components: 4 }, ['photo.colorspace:error']],
    [{ components: 1 }, ['photo.color:warn']],
    [{ grayscale: true }, ['photo.color:warn']],
    [{ components: 1, grayscale: true }, ['photo.color:warn']],
  ])('%j', (change, expected) => {
    const findings = check(change).filter((f) => f.ruleId === 'photo.colorspace' || f.ruleId === 'photo.color');
    expect(summary(findings)).toEqual(expected);
  });

  it('names CMYK and the channel count', () => {
    expect(of(check({ components: 4 }), 'photo.colorspace')[0]!.message).toMatch(/CMYK.*4 个通道/u);
  });
});

describe('photo.background (92 % white)', () => {
  const bg = (whiteShare: number, lightNeutralShare: number, meanRgb: [number, number, number]) => ({
    background: { whiteShare, lightNeutralShare, meanRgb },
  });
  it.each([
    [bg(0.92, 0.95, [245, 245, 245]), null],
    [bg(1, 1, [255, 255, 255]), null],
    [bg(0.9199, 0.99, [238, 238, 238]), /^照片背景偏灰：背景中白色像素只占 91.9%，需至少 92%/u],
    [bg(0.1, 0.92, [215, 215, 215]), /背景偏灰/u],
    [bg(0.05, 0.3, [67, 142, 219]), /^检测到蓝色背景（平均颜色 RGB 67, 142, 219）：白色像素只占 5%/u],
    [bg(0, 0, [205, 30, 40]), /^检测到红色背景/u],
    [bg(0.5, 0.6, [180, 180, 180]), /^检测到灰色背景/u],
    [bg(0.91, 0.91, [230, 230, 230]), /^检测到浅灰色背景/u],
  ])('%j', (change, message) => {
    const findings = of(check(change), 'photo.background');
    expect(summary(findings)).toEqual(message ? ['photo.background:warn'] : []);
    if (message) expect(findings[0]!.message).toMatch(message);
  });

  it('is silent when the background was not measured', () => {
    expect(of(check({ background: undefined }), 'photo.background')).toEqual([]);
  });
});

describe('photo.metadata', () => {
  it.each([
    [{ gps: true }, ['photo.metadata:info']],
    [{ gps: false }, []],
    [{ gps: undefined }, []],
  ])('%j', (change, expected) => {
    expect(summary(of(check(change), 'photo.metadata'))).toEqual(expected);
  });
});

describe('a typical phone photo', () => {
  it('reports every problem the server would see', () => {
    const findings = check({
      name: 'IMG_2024.HEIC.jpg',
      bytes: 3_500_000,
      width: 4032,
      height: 3024,
      orientation: 6,
      gps: true,
      background: { whiteShare: 0.2, lightNeutralShare: 0.4, meanRgb: [120, 130, 140] },
    });
    expect(summary(findings)).toEqual([
      'photo.filesize:error',
      'photo.ratio:error',
      'photo.orientation:error',
      'photo.background:warn',
      'photo.metadata:info',
    ]);
  });
});
