// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  dateForField,
  datePatternOf,
  formatInPattern,
  parseLooseDate,
  patternFrom,
  patternOfExample,
  sameDate,
} from '../../../lib/fill/dates';

function input(attrs: Record<string, string>, value = ''): HTMLInputElement {
  const el = document.createElement('input');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.value = value;
  return el;
}

describe('patterns', () => {
  test.each([
    ['yyyy-MM-dd', 'yyyy-MM-dd'],
    ['YYYY-MM-DD', 'yyyy-MM-dd'],
    ['yyyy-mm', 'yyyy-MM'],
    ['yyyy年MM月dd日', 'yyyy年MM月dd日'],
    ['请按 yyyy/MM/dd 填写', 'yyyy/MM/dd'],
    ['yyyy-MM-dd HH:mm:ss', undefined],
    ['请输入', undefined],
  ])('patternFrom(%s) = %s', (text, want) => {
    expect(patternFrom(text)).toBe(want);
  });

  test.each([
    ['2020-01-01', 'yyyy-MM-dd'],
    ['如：2019/9/1', 'yyyy/M/d'],
    ['2020年01月', 'yyyy年MM月'],
    ['2020年1月2日', 'yyyy年M月d日'],
    ['2020.01', 'yyyy.MM'],
    ['无', undefined],
  ])('patternOfExample(%s) = %s', (text, want) => {
    expect(patternOfExample(text)).toBe(want);
  });

  test.each<[string, Record<string, string>, string, string | undefined]>([
    ['type=date', { type: 'date' }, '', 'yyyy-MM-dd'],
    ['type=month', { type: 'month' }, '', 'yyyy-MM'],
    ['My97 dateFmt', { onclick: "WdatePicker({dateFmt:'yyyy年MM月'})" }, '', 'yyyy年MM月'],
    ['data-format', { 'data-format': 'yyyy/MM/dd' }, '', 'yyyy/MM/dd'],
    ['placeholder pattern', { placeholder: 'yyyy-MM' }, '', 'yyyy-MM'],
    ['placeholder example', { placeholder: '例如 2020年01月01日' }, '', 'yyyy年MM月dd日'],
    ['existing value', {}, '2019/03/04', 'yyyy/MM/dd'],
    ['nothing tells', { placeholder: '请输入' }, '', undefined],
  ])('datePatternOf: %s', (_name, attrs, value, want) => {
    expect(datePatternOf(input(attrs, value))).toBe(want);
  });
});

describe('formatting', () => {
  test.each([
    ['2012-07-15', 'yyyy-MM-dd', '2012-07-15'],
    ['2012-07-15', 'yyyy-MM', '2012-07'],
    ['2012-07-15', 'yyyy年MM月dd日', '2012年07月15日'],
    ['2012-07-05', 'yyyy/M/d', '2012/7/5'],
    ['2012年7月', 'yyyy-MM', '2012-07'],
  ])('%s in %s → %s', (value, pattern, want) => {
    const date = parseLooseDate(value);
    expect(date).toBeDefined();
    expect(formatInPattern(date!, pattern)).toEqual({ ok: true, text: want });
  });

  test('a month-only date is never given an invented day', () => {
    const result = formatInPattern(parseLooseDate('2022-05')!, 'yyyy-MM-dd');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain('只到月份');
  });

  test.each(['2022-13-01', '2023-02-29', 'abc', ''])('%s is no date', (text) => {
    expect(parseLooseDate(text)).toBeUndefined();
  });

  test('dateForField uses the field, else the profile precision in ISO', () => {
    expect(dateForField(input({ placeholder: 'yyyy年MM月dd日' }), '2016-12-20')).toEqual({ ok: true, text: '2016年12月20日' });
    expect(dateForField(input({}), '2022-05')).toEqual({ ok: true, text: '2022-05' });
    expect(dateForField(input({}), 'soon').ok).toBe(false);
  });

  test.each([
    ['2012-07-15', '2012/7/15', true],
    ['2012年07月15日', '2012-07-15', true],
    ['2012-07', '2012-07-15', false],
    ['x', 'x', false],
  ])('sameDate(%s, %s) = %s', (a, b, want) => {
    expect(sameDate(a, b)).toBe(want);
  });
});
