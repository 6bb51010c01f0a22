import { describe, expect, it } from 'vitest';
import { checkProfile, getPlan } from '../../../lib/rules';
import { idCheckDigit } from '../../../lib/rules/helpers/id-number';
import type { Profile } from '../../../lib/profile/types';
import type { Finding } from '../../../lib/rules/types';
import { expectFilled, summary } from './support';

const plan = getPlan();
const TODAY = '2024-06-15';
const ID = '33010619900101123' + idCheckDigit('33010619900101123'); // 1990-01-01, 男

const GOOD: Partial<Profile> = {
  basic: { name: '张三', idNumber: ID, gender: '男', birthDate: '1990-01-01', mobile: '13800138000', email: 'zhangsan@example.com' },
  education: [{ level: '大学本科', start: '2008-09', graduation: '2012-06-30' }],
  work: { workStart: '2012-07-01', professionalStart: '2012-07-01', currentTitleDate: '2018-12', appointmentDate: '2019-01-01' },
  history: [{ start: '2012-07', end: '' }, { start: '2010-07', end: '至今' }],
  achievements: [{ id: 'a1', date: '2020-05-01' }],
};

function check(profile: Partial<Profile>, today = TODAY): Finding[] {
  const findings = checkProfile({ profile, today }, plan);
  expectFilled(findings);
  for (const finding of findings) expect(finding.path).toBeDefined();
  return findings;
}

const basic = (change: Partial<Profile['basic']>): Partial<Profile> => ({ ...GOOD, basic: { ...GOOD.basic, ...change } });

describe('a good profile', () => {
  it('has no findings', () => {
    expect(check(GOOD)).toEqual([]);
  });
  it('an empty profile has none either', () => {
    expect(check({})).toEqual([]);
    expect(check({ basic: {}, education: [], work: {}, history: [], achievements: [] })).toEqual([]);
  });
});

describe('profile.idNumber', () => {
  it.each([
    [ID, []],
    [ID.slice(0, 17) + (ID[17] === 'X' ? '0' : 'X'), ['profile.idNumber:error']],
    ['11010519491231002x', []],
    ['330106900101123', ['profile.idNumber:error']],
    ['1234', ['profile.idNumber:error']],
    ['', []],
  ])('%j', (idNumber, expected) => {
    const findings = check(basic({ idNumber, birthDate: undefined, gender: undefined }));
    expect(summary(findings)).toEqual(expected);
    for (const finding of findings) {
      expect(finding.path).toBe('basic.idNumber');
      expect(finding.target).toBe('idNumber');
      expect(finding.message).toContain(idNumber);
    }
  });
});

describe('profile.idConsistency', () => {
  it.each([
    [{ birthDate: '1990-01-01', gender: '男' as const }, []],
    [{ birthDate: '1990-01', gender: '男' as const }, []],
    [{ birthDate: '1990-1-1', gender: '男' as const }, []],
    [{ birthDate: '1990-01-02' }, ['basic.birthDate', '1990-01-01', 'birthDate']],
    [{ gender: '女' as const }, ['basic.gender', '男', 'gender']],
    [{ birthDate: 'unknown' }, []],
    [{ idNumber: '1234', gender: '女' as const }, []],
  ])('%j', (change, expected) => {
    const findings = check(basic(change)).filter((f) => f.ruleId === 'profile.idConsistency');
    if (expected.length === 0) {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ level: 'error', path: expected[0], suggestion: expected[1], target: expected[2] });
  });

  it('explains the 17th digit', () => {
    const [finding] = check(basic({ gender: '女' })).filter((f) => f.ruleId === 'profile.idConsistency');
    expect(finding!.message).toMatch(/^性别为“女”，但身份证号第 17 位是 3（奇数），对应“男”$/u);
  });
});

describe('profile.mobile and profile.email', () => {
  it.each([
    [{ mobile: '13800138000' }, [], undefined],
    [{ mobile: '12800138000' }, ['profile.mobile:error'], undefined],
    [{ mobile: '1380013800' }, ['profile.mobile:error'], undefined],
    [{ mobile: '+86 138-0013-8000' }, ['profile.mobile:error'], '13800138000'],
    [{ mobile: '１３８００１３８０００' }, ['profile.mobile:error'], '13800138000'],
    [{ email: 'a@b.cn' }, [], undefined],
    [{ email: 'zhangsan' }, ['profile.email:error'], undefined],
    [{ email: 'zhangsan＠example。com' }, ['profile.email:error'], 'zhangsan@example.com'],
    [{ email: 'zhang san@example.com' }, ['profile.email:error'], 'zhangsan@example.com'],
  ])('%j', (change, expected, suggestion) => {
    const findings = check(basic(change));
    expect(summary(findings)).toEqual(expected);
    for (const finding of findings) {
      expect(finding.suggestion).toBe(suggestion);
      expect(finding.target).toBe(finding.ruleId === 'profile.mobile' ? 'mobile' : 'email');
      expect(finding.path).toBe(finding.ruleId === 'profile.mobile' ? 'basic.mobile' : 'basic.email');
    }
  });

  it('counts the digits found', () => {
    expect(check(basic({ mobile: '1380013800' }))[0]!.message).toMatch(/当前含 10 位数字/u);
  });
});

describe('profile.dates', () => {
  it.each([
    [{ work: { workStart: '2024-06-15' } }, []],
    [{ work: { workStart: '2024-06' } }, []],
    [{ work: { workStart: '2024-06-16' } }, ['work.workStart', 'workStart', /参加工作时间 2024-06-16 晚于今天（2024-06-15）/u]],
    [{ work: { professionalStart: '2024-07' } }, ['work.professionalStart', 'professionalStart', /晚于今天/u]],
    [{ work: { appointmentDate: '2019-02-30' } }, ['work.appointmentDate', 'appointmentDate', /聘任时间“2019-02-30”不是有效日期/u]],
    [{ basic: { birthDate: '2030-01-01' } }, ['basic.birthDate', 'birthDate', /出生日期 2030-01-01 晚于今天/u]],
    [{ education: [{ start: '2012-09', graduation: '2008-06' }] }, ['education[0].graduation', 'graduation', /毕业时间 2008-06 早于入学时间 2012-09/u]],
    [{ education: [{ start: '2012-09', graduation: '2012-09' }] }, []],
    [{ education: [{}, { start: '2012-09-01', graduation: '2012-08-31' }] }, ['education[1].graduation', 'graduation', /早于入学时间/u]],
    [{ history: [{ start: '2015-01', end: '2014-12' }] }, ['history[0].end', undefined, /工作经历终止时间 2014-12 早于工作经历起始时间 2015-01/u]],
    [{ history: [{ start: '2015-01', end: '至今' }] }, []],
    [{ achievements: [{ id: 'x', date: '2025-01-01' }] }, ['achievements[0].date', 'achDate', /业绩时间 2025-01-01 晚于今天/u]],
  ])('%j', (profile, expected) => {
    const findings = check(profile as Partial<Profile>);
    if (expected.length === 0) {
      expect(findings).toEqual([]);
      return;
    }
    expect(summary(findings)).toEqual(['profile.dates:error']);
    expect(findings[0]!.path).toBe(expected[0]);
    expect(findings[0]!.target).toBe(expected[1]);
    expect(findings[0]!.message).toMatch(expected[2] as RegExp);
  });

  it('skips the future check when today is unknown', () => {
    expect(check({ work: { workStart: '2999-01-01' } }, '')).toEqual([]);
  });

  it('tolerates malformed imported data', () => {
    const weird = { basic: { idNumber: 42 }, education: 'none', history: [null], work: null } as unknown as Partial<Profile>;
    expect(() => check(weird)).not.toThrow();
  });
});
