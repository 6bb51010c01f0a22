import { describe, expect, it } from 'vitest';
import { clip, countChars, fillTemplate, isBlankValue, normalizeChoice, placeholdersOf } from '../../../../lib/rules/helpers/text';

describe('normalizeChoice', () => {
  it.each([
    ['转（兼）评', '转(兼)评'],
    ['转 (兼) 评', '转(兼)评'],
    ['\u3000正常申报 ', '正常申报'],
    ['技能人才\n申报', '技能人才申报'],
    ['ＡＢＣ１２３', 'ABC123'],
  ])('%j → %j', (input, output) => {
    expect(normalizeChoice(input)).toBe(output);
  });
});

describe('countChars', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['本人述职', 4],
    ['a b\nc', 5],
    ['line\r\n', 6],
    ['😀', 2], // UTF-16 length: what a page counter (value.length) shows
    ['x'.repeat(1000), 1000],
  ])('%j has %i', (text, n) => {
    expect(countChars(text)).toBe(n);
  });
});

describe('isBlankValue', () => {
  it.each(['', '   ', '请选择', '--请选择--', '—请选择受理点—', '\u3000', '---'])('%j is blank', (value) => {
    expect(isBlankValue(value)).toBe(true);
  });
  it.each(['市直单位职称受理点', '机械工程', '0'])('%j is not blank', (value) => {
    expect(isBlankValue(value)).toBe(false);
  });
});

describe('templates', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('已输入 {count} / {limit} 字', { count: 12, limit: 1000 })).toBe('已输入 12 / 1000 字');
    expect(fillTemplate('{a}{b}', { a: 'x' })).toBe('x{b}');
  });
  it('lists placeholders once each', () => {
    expect(placeholdersOf('{a} {b} {a}')).toEqual(['a', 'b']);
    expect(placeholdersOf('none')).toEqual([]);
  });
  it('clips long text', () => {
    expect(clip('abc', 5)).toBe('abc');
    expect(clip('abcdef', 5)).toBe('abcde…');
    expect(clip('😀😀😀', 2)).toBe('😀😀…');
  });
});
