import { describe, expect, it } from 'vitest';
import {
  compareDates,
  daysBetween,
  daysInMonth,
  formatDate,
  isLeapYear,
  parseDate,
  wholeYearsBetween,
} from '../../../../lib/rules/helpers/dates';

describe('parseDate', () => {
  it.each([
    ['2024-12-31', { year: 2024, month: 12, day: 31 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2014-06', { year: 2014, month: 6 }],
    ['2014-6-1', { year: 2014, month: 6, day: 1 }],
    ['2014/06/01', { year: 2014, month: 6, day: 1 }],
    ['2014.06', { year: 2014, month: 6 }],
    [' ２０１４－０６－０１ '.replace('－', '-').replace('－', '-'), { year: 2014, month: 6, day: 1 }],
  ])('%j is a date', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it.each([
    '',
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-01-00',
    '24-01-01',
    '2024',
    '2024-01-01T00:00',
    '明年',
    '2024年1月',
  ])('%j is not a date', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('formats back zero-padded', () => {
    expect(formatDate({ year: 2014, month: 6, day: 1 })).toBe('2014-06-01');
    expect(formatDate({ year: 2014, month: 6 })).toBe('2014-06');
  });
});

describe('calendar', () => {
  it.each([
    [2000, true],
    [1900, false],
    [2024, true],
    [2023, false],
    [2100, false],
  ])('isLeapYear(%i) = %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('compares at the precision both dates have', () => {
    const d = (s: string) => parseDate(s)!;
    expect(compareDates(d('2024-06'), d('2024-06-30'))).toBe(0);
    expect(compareDates(d('2024-05-31'), d('2024-06'))).toBeLessThan(0);
    expect(compareDates(d('2024-06-02'), d('2024-06-01'))).toBeGreaterThan(0);
  });
});

describe('wholeYearsBetween', () => {
  it.each([
    // anniversaries on the 2024 cutoff
    ['2014-12-31', '2024-12-31', 10],
    ['2015-01-01', '2024-12-31', 9],
    ['2014-12-30', '2024-12-31', 10],
    ['2024-12-31', '2024-12-31', 0],
    ['2024-01-01', '2024-12-31', 0],
    ['2023-12-31', '2024-12-31', 1],
    // 29 February: the anniversary in a common year is 28 February
    ['2000-02-29', '2001-02-28', 1],
    ['2000-02-29', '2001-02-27', 0],
    ['2000-02-29', '2004-02-28', 3],
    ['2000-02-29', '2004-02-29', 4],
    ['2020-02-29', '2024-12-31', 4],
    ['2021-02-28', '2024-02-28', 3],
    ['2021-02-28', '2024-02-27', 2],
    // month-only dates ignore the days
    ['2014-12', '2024-12-31', 10],
    ['2015-01', '2024-12-31', 9],
    ['2014-06', '2024-12', 10],
    ['2014-06-15', '2024-06', 10],
    // end before start
    ['2024-12-31', '2014-12-31', -10],
    ['2025-06-01', '2024-12-31', 0],
    ['2026-01-01', '2024-12-31', -1],
  ])('%s → %s = %i', (start, end, years) => {
    expect(wholeYearsBetween(start, end)).toBe(years);
  });

  it.each([
    ['', '2024-12-31'],
    ['2014-02-30', '2024-12-31'],
    ['2014-06-01', 'soon'],
  ])('%j → %j is undefined', (start, end) => {
    expect(wholeYearsBetween(start, end)).toBeUndefined();
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-09-30', '2024-09-30', 0],
    ['2024-09-29', '2024-09-30', 1],
    ['2024-01-01', '2024-09-30', 273],
    ['2023-09-30', '2024-09-30', 366],
    ['2024-10-01', '2024-09-30', -1],
    ['2024-12-31', '2025-01-01', 1],
    ['1999-12-31', '2000-03-01', 61],
  ])('%s → %s = %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2024-09', '2024-09-30'],
    ['2024-09-30', 'x'],
  ])('needs two full dates: %j → %j', (from, to) => {
    expect(daysBetween(from, to)).toBeUndefined();
  });
});
