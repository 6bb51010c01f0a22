/**
 * Dates in the format a field shows or expects. The profile keeps ISO dates
 * (YYYY-MM-DD, or YYYY-MM when only the month is known); a platform field
 * may want yyyy-MM-dd, yyyy-MM, yyyy年MM月dd日, yyyy/MM/dd … The format is
 * read from the control: its type, a date picker's dateFmt in its markup,
 * a format attribute, the placeholder, the value it already holds.
 */
import type { CalendarDate } from '../rules/helpers/dates';
import { parseDate } from '../rules/helpers/dates';

/** A pattern in picker notation: yyyy, MM (two digits) or M, dd or d; everything else is literal. */
export type DatePattern = string;

export const ISO_DAY: DatePattern = 'yyyy-MM-dd';
export const ISO_MONTH: DatePattern = 'yyyy-MM';

const TOKENS = /yyyy|MM|M|dd|d/g;
/** A pattern inside a format text: year, then month, then day, with their separators. */
const PATTERN_RUN = /[yY]{4}(?:\s*[-/.年]\s*[mM]{1,2}(?:\s*[-/.月]\s*[dD]{1,2}\s*日?|\s*月)?)?/u;
/** Hours or seconds: a date-time field; no time is known, so it is not filled. */
const TIME = /[Hh]{1,2}|ss/u;

/**
 * The pattern in a format text: 'YYYY-MM-DD', 'yyyy年MM月dd日', 'yyyy-mm' (mm
 * is the month when nothing else is), '请按yyyy-MM-dd填写'. undefined when it
 * has no year or asks for a time of day.
 */
export function patternFrom(text: string): DatePattern | undefined {
  if (TIME.test(text)) return undefined;
  const run = PATTERN_RUN.exec(text)?.[0];
  if (!run) return undefined;
  return run.replace(/\s+/gu, '').replace(/Y/gu, 'y').replace(/m/gu, 'M').replace(/D/gu, 'd');
}

const EXAMPLE = /(\d{4})\s*([-/.年])\s*(\d{1,2})(?:\s*([-/.月])\s*(\d{1,2})\s*(日)?|\s*(月))?/u;

/** The pattern an example date is written in ('2020-01-01', '2020年1月', '如：2019/09/01'). */
export function patternOfExample(text: string): DatePattern | undefined {
  const m = EXAMPLE.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const month = (m[3] as string).length === 2 ? 'MM' : 'M';
  let pattern = `yyyy${m[2]}${month}`;
  if (m[5] !== undefined) pattern += `${m[4]}${m[5].length === 2 ? 'dd' : 'd'}${m[6] ?? ''}`;
  else if (m[7] !== undefined) pattern += m[7];
  return pattern;
}

const PICKER_FORMAT = /(?:dateFmt|format)\s*:\s*['"]([^'"]{4,40})['"]/u;
const FORMAT_ATTRIBUTES = ['data-format', 'data-date-format', 'date-format', 'lay-format', 'format'];

/**
 * The pattern the control expects, by evidence in this order: input type
 * (date / month), the picker's dateFmt in onclick/onfocus, a format
 * attribute, the placeholder (a pattern or an example), the value it holds.
 * undefined when nothing tells.
 */
export function datePatternOf(el: HTMLElement): DatePattern | undefined {
  if (el.tagName === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'date') return ISO_DAY;
    if (type === 'month') return ISO_MONTH;
  }
  for (const name of ['onclick', 'onfocus', 'data-options', 'lay-options']) {
    const m = PICKER_FORMAT.exec(el.getAttribute(name) ?? '');
    const p = m ? patternFrom(m[1] as string) : undefined;
    if (p) return p;
  }
  for (const name of FORMAT_ATTRIBUTES) {
    const attr = el.getAttribute(name);
    const p = attr ? patternFrom(attr) : undefined;
    if (p) return p;
  }
  const placeholder = el.getAttribute('placeholder') ?? '';
  const fromPlaceholder = patternFrom(placeholder) ?? patternOfExample(placeholder);
  if (fromPlaceholder) return fromPlaceholder;
  // Month pickers say so in words or in their box's class (选择月, 请选择月份, el-date-editor--month).
  if (MONTH_WORDS.test(placeholder) || monthPicker(el)) return ISO_MONTH;
  const value = (el as HTMLInputElement).value;
  return typeof value === 'string' && value.trim() !== '' ? patternOfExample(value) : undefined;
}

const MONTH_WORDS = /^(?:请)?选择?(?:年)?月(?:份)?$|月份|选择月/u;
const MONTH_BOX = /date-editor--month|month-?picker|picker-month|datebox-month|x-form-month/i;

function monthPicker(el: HTMLElement): boolean {
  let box: Element | null = el;
  for (let i = 0; box && i < 3; i += 1, box = box.parentElement) if (MONTH_BOX.test(box.getAttribute('class') ?? '')) return true;
  return false;
}

const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)?$/u;

/** A date written in any of the patterns above (or ISO); undefined when it is not a real date. */
export function parseLooseDate(text: string): CalendarDate | undefined {
  const m = LOOSE_DATE.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  // The parts, written the strict way: one calendar check for every date the assistant reads.
  return parseDate(m[3] === undefined ? `${m[1]}-${m[2]}` : `${m[1]}-${m[2]}-${m[3]}`);
}

export type DateFormatResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The date written in the pattern. A pattern with a day needs a date with a
 * day: a day is never invented. A pattern without a day drops the day.
 */
export function formatInPattern(date: CalendarDate, pattern: DatePattern): DateFormatResult {
  if (pattern.includes('d') && date.day === undefined) {
    return { ok: false, reason: `档案中的日期只到月份（${date.year}年${date.month}月），本栏需要具体到日` };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = pattern.replace(TOKENS, (token) => {
    switch (token) {
      case 'yyyy':
        return String(date.year).padStart(4, '0');
      case 'MM':
        return pad(date.month);
      case 'M':
        return String(date.month);
      case 'dd':
        return pad(date.day ?? 1);
      default:
        return String(date.day ?? 1);
    }
  });
  return { ok: true, text };
}

/**
 * The profile date (ISO or any loose form) in the format this control
 * expects; the profile's own precision in ISO when the control says nothing.
 */
export function dateForField(el: HTMLElement, value: string): DateFormatResult {
  const date = parseLooseDate(value);
  if (!date) return { ok: false, reason: `档案中的“${value}”不是有效日期` };
  const pattern = datePatternOf(el) ?? (date.day === undefined ? ISO_MONTH : ISO_DAY);
  return formatInPattern(date, pattern);
}

/** Whether two texts are the same date (at the precision both have); false when either is no date. */
export function sameDate(a: string, b: string): boolean {
  const x = parseLooseDate(a);
  const y = parseLooseDate(b);
  if (!x || !y) return false;
  return x.year === y.year && x.month === y.month && (x.day ?? 0) === (y.day ?? 0);
}
