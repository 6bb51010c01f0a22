import { describe, expect, it } from 'vitest';
import { idCheckDigit, parseIdNumber } from '../../../../lib/rules/helpers/id-number';

/** Builds a valid number from 17 digits with the check character they require. */
const withCheck = (first17: string) => first17 + idCheckDigit(first17);

describe('parseIdNumber: valid', () => {
  it.each([
    // GB 11643-1999's own examples
    ['11010519491231002X', '1949-12-31', '女'],
    ['11010519491231002x', '1949-12-31', '女'],
    ['440524188001010014', '1880-01-01', '男'],
    [withCheck('33010619900101123'), '1990-01-01', '男'],
    [withCheck('33010620000229124'), '2000-02-29', '女'],
    [withCheck('81000019900101123'), '1990-01-01', '男'],
    [withCheck('93310019900101123'), '1990-01-01', '男'],
    [' ' + withCheck('33010619900101123') + ' ', '1990-01-01', '男'],
  ])('%s', (id, birthDate, gender) => {
    const parsed = parseIdNumber(id);
    expect(parsed.problems).toEqual([]);
    expect(parsed.valid).toBe(true);
    expect(parsed.birthDate).toBe(birthDate);
    expect(parsed.gender).toBe(gender);
  });
});

describe('parseIdNumber: invalid', () => {
  it.each([
    ['', /共 0 个字符/u],
    ['330106900101123', /15 位旧身份证号/u],
    ['3301061990010112', /共 16 个字符/u],
    ['33010619900101123XX', /共 19 个字符/u],
    ['33010619900101123Y', /需为 17 位数字/u],
    ['X30106199001011234', /需为 17 位数字/u],
    [withCheck('00010619900101123'), /前两位 00/u],
    [withCheck('99010619900101123'), /前两位 99/u],
    [withCheck('33010619900230123'), /19900230 不是有效的出生日期/u],
    [withCheck('33010619001301123'), /不是有效的出生日期/u],
    [withCheck('33010620230229123'), /不是有效的出生日期/u],
    ['11010519491231002Y'.slice(0, 17) + '1', /校验位为 1，按前 17 位计算应为 X/u],
  ])('%j', (id, problem) => {
    const parsed = parseIdNumber(id);
    expect(parsed.valid).toBe(false);
    expect(parsed.problems.join('；')).toMatch(problem);
    expect(parsed.problemsEn).toHaveLength(parsed.problems.length);
  });

  it('still reports the encoded gender of a number with a wrong check digit', () => {
    const parsed = parseIdNumber('110105194912310021');
    expect(parsed.valid).toBe(false);
    expect(parsed.gender).toBe('女');
    expect(parsed.expectedCheck).toBe('X');
  });
});
