/**
 * Calendar dates as the profile and the platform write them: YYYY-MM-DD, or
 * YYYY-MM when only the month is known. Pure arithmetic on y/m/d, no Date
 * objects, so no time zone can shift a day.
 */
import { nfkc } from './text';

export interface CalendarDate {
  year: number;
  month: number;
  /** Absent when only the month is known. */
  day?: number;
}

const DATE = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/u;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses YYYY-MM-DD or YYYY-MM (also with / or . and one-digit month/day,
 * full-width digits allowed); undefined when it is not a real calendar date.
 */
export function parseDate(text: string): CalendarDate | undefined {
  const match = DATE.exec(nfkc(text).trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** YYYY-MM-DD or YYYY-MM, zero-padded. */
export function formatDate(date: CalendarDate): string {
  const ym = `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}`;
  return date.day === undefined ? ym : `${ym}-${String(date.day).padStart(2, '0')}`;
}

/**
 * Compares two dates at the precision both have: a month-only date equals
 * every day of its month. Negative when a is earlier.
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}

/** Whole months from a to b (a ≤ b); days count only when both dates have one. */
function wholeMonths(a: CalendarDate, b: CalendarDate): number {
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (a.day !== undefined && b.day !== undefined) {
    // The anniversary of the 31st (or of 29 February) in a shorter month is
    // that month's last day, as 民法典 第二百零三条 counts periods.
    const anniversary = Math.min(a.day, daysInMonth(b.year, b.month));
    if (b.day < anniversary) months -= 1;
  }
  return months;
}

/**
 * Whole years from start to end: the anniversary day counts as a full year
 * (2014-12-31 → 2024-12-31 is 10). 29 February's anniversary in a common
 * year is 28 February. With a month-only date the days are ignored (the
 * first-of-month reading). Negative when end is before start; undefined when
 * either is not a date.
 */
export function wholeYearsBetween(start: string, end: string): number | undefined {
  const a = parseDate(start);
  const b = parseDate(end);
  if (!a || !b) return undefined;
  if (compareDates(a, b) > 0) return 0 - Math.floor(wholeMonths(b, a) / 12) || 0; // never -0
  return Math.floor(wholeMonths(a, b) / 12);
}

/** Days since 0000-03-01 of a full date (proleptic Gregorian), for differences. */
function dayNumber(date: Required<CalendarDate>): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const m = date.month <= 2 ? date.month + 12 : date.month;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * (m - 3) + 2) / 5) + date.day;
}

/** Days from `from` to `to` (negative when `to` is earlier); both must be YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a || !b || a.day === undefined || b.day === undefined) return undefined;
  return dayNumber({ year: b.year, month: b.month, day: b.day }) - dayNumber({ year: a.year, month: a.month, day: a.day });
}
