import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_RESULTS, formatAssessment, parseAssessment } from '../../../../lib/rules/helpers/assessment';
import { isEmail, isMobile } from '../../../../lib/rules/helpers/contact';
import { daysBetween, parseDate, wholeYearsBetween } from '../../../../lib/rules/helpers/dates';
import { idCheckDigit, parseIdNumber } from '../../../../lib/rules/helpers/id-number';
import { countChars, normalizeChoice } from '../../../../lib/rules/helpers/text';

/** Any string: arbitrary UTF-16 units (lone surrogates included) or assessment-like text. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({
    unit: fc.constantFrom(
      '2',
      '0',
      '1',
      '年',
      '度',
      '优',
      '秀',
      '称',
      '职',
      '（',
      '）',
      '(',
      ')',
      '或',
      '合',
      '格',
      '、',
      '，',
      ' ',
      '\n',
      ':',
      '。',
    ),
    maxLength: 60,
  }),
);

const dateText = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

describe('parsers never throw', () => {
  it('parseAssessment', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const parsed = parseAssessment(text);
        expect(parsed.problems.length).toBe(parsed.problemsEn.length);
        // well-formed text always yields entries
        if (parsed.problems.length === 0) expect(parsed.entries.length).toBeGreaterThan(0);
      }),
    );
  });

  it('parseIdNumber', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.stringMatching(/^[0-9xX]{14,19}$/u)), (text) => {
        const parsed = parseIdNumber(text);
        expect(parsed.valid).toBe(parsed.problems.length === 0);
      }),
    );
  });

  it('dates, counts, contacts and choices', () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        parseDate(a);
        wholeYearsBetween(a, b);
        daysBetween(a, b);
        expect(countChars(a)).toBe(a.length);
        expect(typeof isMobile(a)).toBe('boolean');
        expect(typeof isEmail(a)).toBe('boolean');
        expect(normalizeChoice(a)).not.toMatch(/\s/u);
      }),
    );
  });
});

describe('round trips and laws', () => {
  const entry = fc.record({ year: fc.integer({ min: 1000, max: 9999 }), result: fc.constantFrom(...ASSESSMENT_RESULTS) });

  it('formatAssessment output parses back to the same entries, without problems', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
        const parsed = parseAssessment(formatAssessment(entries));
        expect(parsed.problems).toEqual([]);
        expect(parsed.entries).toEqual(entries);
      }),
    );
  });

  it('a number built with its check digit is valid, and any other last character is not', () => {
    const region = fc.constantFrom('110105', '330106', '440305', '650102');
    const birth = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(region, birth, fc.integer({ min: 0, max: 999 }), fc.constantFrom(...'0123456789X'), (r, d, seq, last) => {
        const ymd = d.toISOString().slice(0, 10);
        const first17 = `${r}${ymd.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
        const check = idCheckDigit(first17);
        const parsed = parseIdNumber(first17 + check);
        expect(parsed.valid).toBe(true);
        expect(parsed.birthDate).toBe(ymd);
        expect(parsed.gender).toBe(seq % 2 === 1 ? '男' : '女');
        expect(parseIdNumber(first17 + last).valid).toBe(last === check);
      }),
    );
  });

  it('whole years: antisymmetric, 0 on the same day, and never more than the calendar years apart', () => {
    fc.assert(
      fc.property(dateText, dateText, (a, b) => {
        const forward = wholeYearsBetween(a, b);
        const backward = wholeYearsBetween(b, a);
        if (parseDate(a) === undefined || parseDate(b) === undefined) {
          expect(forward).toBeUndefined();
          return;
        }
        expect(forward).toBe(backward === 0 ? 0 : -(backward as number));
        expect(wholeYearsBetween(a, a)).toBe(0);
        const span = Math.abs(Number(b.slice(0, 4)) - Number(a.slice(0, 4)));
        expect(Math.abs(forward as number)).toBeLessThanOrEqual(span);
        expect(Math.abs(forward as number)).toBeGreaterThanOrEqual(Math.max(0, span - 1));
      }),
    );
  });

  it('daysBetween agrees with Date arithmetic', () => {
    fc.assert(
      fc.property(dateText, dateText, (a, b) => {
        if (parseDate(a) === undefined || parseDate(b) === undefined) return;
        const expected = (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000;
        expect(daysBetween(a, b)).toBe(expected);
      }),
    );
  });
});
