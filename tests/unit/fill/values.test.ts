import { describe, expect, test } from 'vitest';
import type { Meaning } from '../../../lib/meanings';
import { MEANINGS } from '../../../lib/meanings';
import type { Profile } from '../../../lib/profile/types';
import { getPlan, planById } from '../../../lib/rules/plans';
import {
  MEANING_NAMES,
  assessmentValue,
  availableMeanings,
  choiceAlternatives,
  highestEducation,
  pathValue,
  profileValue,
  workYearsValue,
} from '../../../lib/fill/values';
import { emptyProfile, sampleProfile } from './helpers';

const plan = getPlan();

describe('profileValue from the sample profile', () => {
  const profile = sampleProfile();
  const achievement = profile.achievements[1];
  test.each<[Meaning, string | undefined]>([
    ['name', '张伟'],
    ['gender', '男'],
    ['birthDate', '1990-03-15'],
    ['eduLevel', '大学本科'],
    ['eduMajor', '机械设计制造及其自动化'],
    ['fullTime', '是'],
    ['professionalStart', '2012-07-15'],
    ['currentTitle', '助理工程师'],
    ['applicationType', '正常申报'],
    ['office', '西湖区经信局'],
    ['major', '机械工程'],
    ['workYears', '12'],
    ['assessment', '2021年称职、2022年优秀、2023年称职'],
    ['exceptionalDetail', undefined],
    ['achKind', '项目'],
    ['achRank', '2'],
    ['achCollective', '是'],
    ['achIssn', undefined],
    ['achFile', undefined],
    ['photo', undefined],
    ['typeProof', undefined],
  ])('%s → %s', (meaning, want) => {
    expect(profileValue(meaning, { profile, plan, achievement })).toBe(want);
  });

  test('achievement fields are empty without a chosen achievement', () => {
    expect(profileValue('achTitle', { profile, plan })).toBeUndefined();
  });

  test('an empty profile has nothing for any meaning', () => {
    for (const meaning of MEANINGS) expect(profileValue(meaning, { profile: emptyProfile, plan })).toBeUndefined();
  });
});

describe('derived values', () => {
  test.each([
    ['2012-07-15', '12'],
    ['2014-12-31', '10'],
    ['2015-01-01', '9'],
    ['2012-07', '12'],
    ['2026-01-01', '0'],
    ['not a date', undefined],
  ])('专业工作年限 from %s to the cutoff → %s', (start, want) => {
    expect(workYearsValue({ ...emptyProfile, work: { professionalStart: start } }, plan)).toBe(want);
  });

  test('专业工作年限 follows the plan’s cutoff', () => {
    const later = planById('hz-manufacturing-engineer-2025');
    expect(later?.workYearsCutoff).toBe('2025-12-31');
    expect(workYearsValue({ ...emptyProfile, work: { professionalStart: '2012-07-15' } }, later!)).toBe('13');
  });

  test.each<[string, Profile['assessments'], string | undefined]>([
    [
      'all three years',
      [
        { year: 2023, result: '称职' },
        { year: 2021, result: '优秀' },
        { year: 2022, result: '合格' },
      ],
      '2021年优秀、2022年合格、2023年称职',
    ],
    [
      'extra years are left out',
      [
        { year: 2020, result: '优秀' },
        { year: 2021, result: '称职' },
        { year: 2022, result: '称职' },
        { year: 2023, result: '称职' },
      ],
      '2021年称职、2022年称职、2023年称职',
    ],
    [
      'a plan year missing',
      [
        { year: 2021, result: '称职' },
        { year: 2023, result: '称职' },
      ],
      undefined,
    ],
    [
      'two results for one year',
      [
        { year: 2021, result: '称职' },
        { year: 2021, result: '优秀' },
        { year: 2022, result: '称职' },
        { year: 2023, result: '称职' },
      ],
      undefined,
    ],
    ['none', [], undefined],
  ])('考核情况: %s', (_name, assessments, want) => {
    expect(assessmentValue({ ...emptyProfile, assessments }, plan)).toBe(want);
  });

  test.each([
    [true, '是'],
    [false, '否'],
    [undefined, undefined],
  ])('是否全日制 %s → %s', (fullTime, want) => {
    expect(profileValue('fullTime', { profile: { ...emptyProfile, education: [{ level: '大学本科', fullTime }] }, plan })).toBe(want);
  });

  test('the highest education: marked, else the latest graduation', () => {
    expect(
      highestEducation([
        { level: '大学专科', graduation: '2010-06' },
        { level: '大学本科', highest: true, graduation: '2008-06' },
      ])?.level,
    ).toBe('大学本科');
    expect(
      highestEducation([
        { level: '大学专科', graduation: '2010-06' },
        { level: '硕士研究生', graduation: '2015-06' },
      ])?.level,
    ).toBe('硕士研究生');
    expect(highestEducation([])).toBeUndefined();
  });
});

describe('names, alternatives, paths', () => {
  test('every meaning has a Chinese name', () => {
    for (const meaning of MEANINGS) expect(MEANING_NAMES[meaning]).toMatch(/\p{Script=Han}/u);
  });
  test('choice alternatives', () => {
    expect(choiceAlternatives('fullTime', '是')).toContain('全日制');
    expect(choiceAlternatives('name', '是')).toEqual([]);
  });
  test('available meanings are those with a value', () => {
    const got = availableMeanings(['name', 'exceptionalDetail', 'workYears', 'photo'], { profile: sampleProfile(), plan });
    expect(got).toEqual(['name', 'workYears']);
  });
  test.each([
    ['work.employer', '杭州示例精密机械有限公司'],
    ['education[0].school', '浙江工业大学'],
    ['history[1].position', '机械工程师'],
    ['education[0].fullTime', '是'],
    ['continuingEducation[0].hours', '90'],
    ['work', undefined],
    ['nothing.here', undefined],
    // Only fields of the profile: nothing else a planted mapping could name.
    ['id', undefined],
    ['label', undefined],
    ['basic.__proto__', undefined],
    ['basic.constructor', undefined],
    ['education.length', undefined],
    ['education[0].constructor', undefined],
    ['achievements[0].id', 'ach-1'],
  ])('pathValue %s', (path, want) => {
    expect(pathValue(sampleProfile(), path)).toBe(want);
  });
});
