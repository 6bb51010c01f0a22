import { describe, expect, it } from 'vitest';
import { ASSESSMENT_SEPARATOR, formatAssessment, parseAssessment } from '../../../../lib/rules/helpers/assessment';

const GUIDE = [
  { year: 2021, result: '称职（或合格）' },
  { year: 2022, result: '优秀' },
  { year: 2023, result: '称职（或合格）' },
];

describe('parseAssessment: well-formed texts', () => {
  it.each([
    ['2021年称职（或合格）、2022年优秀、2023年称职（或合格）', GUIDE],
    ['2021年称职(或合格)，2022年优秀，2023年称职(或合格)', GUIDE],
    ['2021年称职（或合格）,2022年优秀,2023年称职（或合格）', GUIDE],
    ['2021年称职（或合格）；2022年优秀；2023年称职（或合格）', GUIDE],
    ['2021年称职（或合格）;2022年优秀;2023年称职（或合格）', GUIDE],
    ['2021年称职（或合格） 2022年优秀 2023年称职（或合格）', GUIDE],
    ['2021年称职（或合格）\u30002022年优秀\u30002023年称职（或合格）', GUIDE],
    ['2021年称职（或合格）\n2022年优秀\r\n2023年称职（或合格）', GUIDE],
    ['２０２１年称职（或合格）、２０２２年优秀、２０２３年称职（或合格）', GUIDE],
    ['  2021 年 称职 ( 或合格 )、 2022年优秀、2023年称职（或合格）  ', GUIDE],
    [
      '2021年基本称职、2022年不合格、2023年基本合格',
      [
        { year: 2021, result: '基本称职' },
        { year: 2022, result: '不合格' },
        { year: 2023, result: '基本合格' },
      ],
    ],
    [
      '2021年合格、2022年称职、2023年不称职',
      [
        { year: 2021, result: '合格' },
        { year: 2022, result: '称职' },
        { year: 2023, result: '不称职' },
      ],
    ],
  ])('%j', (text, entries) => {
    const parsed = parseAssessment(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.complete).toBe(true);
    expect(parsed.entries).toEqual(entries);
  });
});

describe('parseAssessment: problems', () => {
  it.each([
    ['', /为空/u, false, 0],
    ['   ', /为空/u, false, 0],
    ['优秀', /未找到/u, false, 0],
    ['21年优秀、22年优秀', /未找到/u, false, 0],
    ['2021年', /缺少考核结果/u, false, 0],
    ['2021年良好、2022年优秀、2023年优秀', /“良好”无法识别/u, false, 2],
    ['2021年度优秀、2022年优秀、2023年优秀', /应写作“2021年”/u, true, 3],
    ['2021年：优秀、2022年优秀、2023年优秀', /冒号/u, true, 3],
    ['2021年优秀2022年优秀、2023年优秀', /缺少分隔符/u, true, 3],
    ['考核情况：2021年优秀、2022年优秀、2023年优秀', /第一个年份前多出/u, true, 3],
    ['2021年优秀、2022年优秀、2023年优秀。', /末尾多出/u, true, 3],
    ['2021年优秀/2022年优秀/2023年优秀', /无法识别/u, false, 1],
  ])('%j', (text, problem, complete, entries) => {
    const parsed = parseAssessment(text);
    expect(parsed.problems.join('\n')).toMatch(problem);
    expect(parsed.problemsEn).toHaveLength(parsed.problems.length);
    expect(parsed.complete).toBe(complete);
    expect(parsed.entries).toHaveLength(entries);
  });

  it('lists every year written, recognised result or not', () => {
    const parsed = parseAssessment('2021年良好、2022年优秀、2023年');
    expect(parsed.years).toEqual([2021, 2022, 2023]);
    expect(parsed.entries).toEqual([{ year: 2022, result: '优秀' }]);
  });

  it('does not read a year out of a longer number', () => {
    expect(parseAssessment('20211年优秀').entries).toEqual([]);
  });

  it('clips long quoted text', () => {
    const parsed = parseAssessment('x'.repeat(500));
    expect(parsed.problems[0]!.length).toBeLessThan(60);
  });
});

describe('formatAssessment', () => {
  it('writes the canonical text with 、', () => {
    expect(ASSESSMENT_SEPARATOR).toBe('、');
    expect(formatAssessment(GUIDE)).toBe('2021年称职（或合格）、2022年优秀、2023年称职（或合格）');
  });

  it('writes 称职(或合格) with the guide’s full-width brackets', () => {
    expect(formatAssessment([{ year: 2022, result: '称职(或合格)' }])).toBe('2022年称职（或合格）');
  });

  it('keeps the given order and writes nothing for no entries', () => {
    expect(
      formatAssessment([
        { year: 2023, result: '优秀' },
        { year: 2021, result: '合格' },
      ]),
    ).toBe('2023年优秀、2021年合格');
    expect(formatAssessment([])).toBe('');
  });

  it('is unchanged by NFKC', () => {
    const text = formatAssessment(GUIDE);
    expect(parseAssessment(text.normalize('NFKC')).entries).toEqual(GUIDE);
  });
});
