import { describe, expect, it } from 'vitest';
import { applicationTypeOf, chosenApplicationType } from '../../../../lib/rules/helpers/application-type';
import { colourName } from '../../../../lib/rules/helpers/colour';
import { expectedTypes, extensionOf } from '../../../../lib/rules/helpers/file-type';
import { formatPercentDown, formatRatio, kib, mib } from '../../../../lib/rules/helpers/numbers';

describe('colourName', () => {
  it.each([
    [[60, 120, 220], '蓝色'],
    [[0, 90, 180], '蓝色'],
    [[200, 30, 40], '红色'],
    [[240, 180, 190], '粉色'],
    [[40, 160, 60], '绿色'],
    [[230, 220, 60], '黄色'],
    [[230, 140, 40], '橙色'],
    [[120, 70, 30], '棕色'],
    [[40, 200, 210], '青色'],
    [[130, 60, 200], '紫色'],
    [[200, 40, 160], '紫红色'],
    [[128, 128, 130], '灰色'],
    [[215, 215, 210], '浅灰色'],
    [[20, 20, 30], '黑色'],
  ] as const)('%j is %s', (rgb, name) => {
    expect(colourName(rgb).zh).toBe(name);
    expect(colourName(rgb).en).toMatch(/^[a-z ]+$/u);
  });
});

describe('numbers', () => {
  it.each([
    [0.65, '0.65'],
    [0.8, '0.80'],
    [4000 / 3000, '1.33'],
    [0.6496, '0.6496'],
    [0.64999, '0.64999'],
    [0.8004, '0.8004'],
    [0.71, '0.71'],
  ])('formatRatio(%f) = %s', (value, text) => {
    expect(formatRatio(value, 0.65, 0.8)).toBe(text);
  });

  it('never rounds a failing share up to the threshold', () => {
    expect(formatPercentDown(0.9199)).toBe('91.9');
    expect(formatPercentDown(0.92)).toBe('92');
    expect(formatPercentDown(0)).toBe('0');
    expect(formatPercentDown(0.5)).toBe('50');
  });

  it('writes K and M with 1024', () => {
    expect(kib(30720)).toBe('30.0');
    expect(mib(1048576)).toBe('1.00');
  });
});

describe('file types by name', () => {
  it.each([
    ['scan.PDF', 'pdf', ['pdf']],
    ['照片.JPEG', 'jpeg', ['jpeg']],
    ['a.b.docx', 'docx', ['doc', 'zip']],
    ['README', '', undefined],
    ['x.rar', 'rar', undefined],
  ])('%s', (name, ext, types) => {
    expect(extensionOf(name)).toBe(ext);
    expect(expectedTypes(name)).toEqual(types);
  });
});

describe('application types', () => {
  it.each([
    ['正常申报', '正常申报'],
    ['转(兼)评', '转（兼）评'],
    ['转 （兼） 评', '转（兼）评'],
    ['破格申报（需上传佐证材料）', '破格申报'],
    ['技能人才申报', '技能人才申报'],
    ['其他', undefined],
    [undefined, undefined],
  ])('%j → %j', (label, type) => {
    expect(applicationTypeOf(label)).toBe(type);
  });

  it('needs exactly one checked choice', () => {
    expect(chosenApplicationType(['破格申报'])).toBe('破格申报');
    expect(chosenApplicationType(['破格申报', '正常申报'])).toBeUndefined();
    expect(chosenApplicationType([])).toBeUndefined();
    expect(chosenApplicationType(undefined)).toBeUndefined();
  });
});
