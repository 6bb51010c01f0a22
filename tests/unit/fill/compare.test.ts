import { describe, expect, test } from 'vitest';
import { comparable, findChoice, sameText, yesNo, type ChoiceText } from '../../../lib/fill/compare';

const choices = (...texts: string[]): ChoiceText[] => texts.map((text, i) => ({ text, value: String(i + 1) }));

describe('comparable text', () => {
  test.each([
    ['转（兼）评', '转(兼)评', true],
    ['转 (兼) 评', '转（兼）评', true],
    ['ＩＳＳＮ　1001', 'issn1001', true],
    ['正常申报', '破格申报', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(sameText(a, b)).toBe(same);
  });
  test('drops all whitespace and lowers case', () => {
    expect(comparable(' A b\u3000C ')).toBe('abc');
  });
});

describe('yesNo', () => {
  test.each([
    ['是', true],
    ['否', false],
    ['Yes', true],
    ['无', false],
    ['全日制', undefined],
    ['', undefined],
  ])('%s → %s', (t, want) => {
    expect(yesNo(t)).toBe(want);
  });
});

describe('findChoice', () => {
  test.each<[string, ChoiceText[], string, readonly string[], number]>([
    [
      'by value attribute',
      [
        { text: '汉族', value: '01' },
        { text: '回族', value: '03' },
      ],
      '03',
      [],
      1,
    ],
    ['by exact text', choices('男', '女'), '女', [], 1],
    ['by text with full-width parentheses', choices('正常申报', '转(兼)评'), '转（兼）评', [], 1],
    ['by text with spaces', choices('大学 本科', '大学专科'), '大学本科', [], 0],
    [
      'the text wins over another option whose value is the same',
      [
        { text: '3', value: '2' },
        { text: '2', value: '1' },
      ],
      '2',
      [],
      1,
    ],
    ['an alternative word', choices('全日制', '非全日制'), '是', ['全日制'], 0],
    ['unique containment', choices('本科', '专科'), '大学本科', [], 0],
    ['containment is ambiguous', choices('中共党员', '中共预备党员'), '党员', [], -1],
    ['one character never contains', choices('男性', '女性'), '男', [], -1],
    ['nothing matches', choices('机械工程', '电气工程'), '土木工程', [], -1],
    ['empty wanted', choices('A'), '  ', [], -1],
  ])('%s', (_name, list, wanted, also, index) => {
    expect(findChoice(list, wanted, also)).toBe(index);
  });
});
