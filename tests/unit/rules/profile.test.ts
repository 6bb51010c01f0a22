import { describe, expect, it } from 'vitest';
import { checkProfile, getPlan } from '../../../lib/rules';
import { idCheckDigit } from '../../../lib/rules/helpers/id-number';
import { profileDates, profileEmail, profileIdConsistency, profileIdNumber, profileMobile } from '../../../lib/rules/profile';
import type { Profile } from '../../../lib/profile/types';
import type { ProfileInput } from '../../../lib/rules/types';
import { nameOf, ruleTester, type ExpectedFinding, type InvalidCase, type ValidCase } from './rule-tester';

const plan = getPlan();
const TODAY = '2024-06-15';
const ID = '33010619900101123' + idCheckDigit('33010619900101123'); // 1990-01-01, 男
const WRONG_CHECK = ID.slice(0, 17) + (ID[17] === 'X' ? '0' : 'X');

const GOOD: Partial<Profile> = {
  basic: { name: '张三', idNumber: ID, gender: '男', birthDate: '1990-01-01', mobile: '13800138000', email: 'zhangsan@example.com' },
  education: [{ level: '大学本科', start: '2008-09', graduation: '2012-06-30' }],
  work: { workStart: '2012-07-01', professionalStart: '2012-07-01', currentTitleDate: '2018-12', appointmentDate: '2019-01-01' },
  history: [
    { start: '2012-07', end: '' },
    { start: '2010-07', end: '至今' },
  ],
  achievements: [{ id: 'a1', date: '2020-05-01' }],
};

/** The good profile with some basic facts changed; the change names the case. */
const basic = (change: Partial<Profile['basic']>): ValidCase<ProfileInput> => ({
  input: { profile: { ...GOOD, basic: { ...GOOD.basic, ...change } }, today: TODAY },
  name: nameOf(change),
});
/** A profile of only these parts. */
const only = (profile: Partial<Profile>, today = TODAY): ValidCase<ProfileInput> => ({ input: { profile, today }, name: nameOf(profile) });
const withFindings = (item: ValidCase<ProfileInput>, ...findings: ExpectedFinding[]): InvalidCase<ProfileInput> => ({ ...item, findings });

describe('a good profile', () => {
  it('has no findings', () => {
    expect(checkProfile({ profile: GOOD, today: TODAY }, plan)).toEqual([]);
  });
  it('an empty profile has none either', () => {
    expect(checkProfile({ profile: {}, today: TODAY }, plan)).toEqual([]);
    expect(checkProfile({ profile: { basic: {}, education: [], work: {}, history: [], achievements: [] }, today: TODAY }, plan)).toEqual(
      [],
    );
  });
  it('tolerates malformed imported data', () => {
    const weird = { basic: { idNumber: 42 }, education: 'none', history: [null], work: null } as unknown as Partial<Profile>;
    expect(() => checkProfile({ profile: weird, today: TODAY }, plan)).not.toThrow();
  });
});

const idInvalid = (value: string, problems: string, problemsEn: string): ExpectedFinding => ({
  messageId: 'invalid',
  data: { value, problems, problemsEn },
  path: 'basic.idNumber',
  target: 'idNumber',
});

ruleTester(profileIdNumber, {
  valid: [ID, '11010519491231002x', ''].map((idNumber) => basic({ idNumber, birthDate: undefined, gender: undefined })),
  invalid: [
    withFindings(
      basic({ idNumber: WRONG_CHECK }),
      idInvalid(WRONG_CHECK, '校验位为 0，按前 17 位计算应为 X', 'the check character is 0; the first 17 digits require X'),
    ),
    withFindings(
      basic({ idNumber: '330106900101123' }),
      idInvalid('330106900101123', '这是 15 位旧身份证号，需填写 18 位号码', 'this is an old 15-digit number; 18 characters are needed'),
    ),
    withFindings(
      basic({ idNumber: '1234' }),
      idInvalid('1234', '共 4 个字符，需为 17 位数字加 1 位数字或 X', '4 characters; 17 digits and a final digit or X are needed'),
    ),
  ],
});

ruleTester(profileIdConsistency, {
  valid: [
    basic({ birthDate: '1990-01-01', gender: '男' }),
    basic({ birthDate: '1990-01', gender: '男' }),
    basic({ birthDate: '1990-1-1', gender: '男' }),
    basic({ birthDate: 'unknown' }),
    // a broken number encodes nothing reliable
    basic({ idNumber: '1234', gender: '女' }),
  ],
  invalid: [
    withFindings(basic({ birthDate: '1990-01-02' }), {
      messageId: 'birthDate',
      data: { birthDate: '1990-01-02', idBirthDate: '1990-01-01' },
      path: 'basic.birthDate',
      suggestion: '1990-01-01',
      target: 'birthDate',
    }),
    withFindings(basic({ gender: '女' }), {
      messageId: 'gender',
      data: { gender: '女', digit: 3, parity: '奇数', parityEn: 'odd', idGender: '男' },
      path: 'basic.gender',
      suggestion: '男',
      target: 'gender',
    }),
  ],
});

const mobile = (value: string, digits: number, suggestion?: string): ExpectedFinding => ({
  messageId: 'invalid',
  data: { value, digits },
  path: 'basic.mobile',
  target: 'mobile',
  suggestion,
});

ruleTester(profileMobile, {
  valid: [basic({ mobile: '13800138000' }), basic({ mobile: '' })],
  invalid: [
    withFindings(basic({ mobile: '12800138000' }), mobile('12800138000', 11)),
    withFindings(basic({ mobile: '1380013800' }), mobile('1380013800', 10)),
    withFindings(basic({ mobile: '+86 138-0013-8000' }), mobile('+86 138-0013-8000', 13, '13800138000')),
    withFindings(basic({ mobile: '１３８００１３８０００' }), mobile('１３８００１３８０００', 11, '13800138000')),
  ],
});

const email = (value: string, suggestion?: string): ExpectedFinding => ({
  messageId: 'invalid',
  data: { value },
  path: 'basic.email',
  target: 'email',
  suggestion,
});

ruleTester(profileEmail, {
  valid: [basic({ email: 'a@b.cn' }), basic({ email: '' })],
  invalid: [
    withFindings(basic({ email: 'zhangsan' }), email('zhangsan')),
    withFindings(basic({ email: 'zhangsan＠example。com' }), email('zhangsan＠example。com', 'zhangsan@example.com')),
    withFindings(basic({ email: 'zhang san@example.com' }), email('zhang san@example.com', 'zhangsan@example.com')),
  ],
});

const future = (path: string, label: string, labelEn: string, value: string, target?: string): ExpectedFinding => ({
  messageId: 'future',
  data: { label, labelEn, value, today: TODAY },
  path,
  ...(target ? { target: target as ExpectedFinding['target'] } : {}),
});

ruleTester(profileDates, {
  valid: [
    only(GOOD),
    only({ work: { workStart: '2024-06-15' } }),
    only({ work: { workStart: '2024-06' } }),
    only({ education: [{ start: '2012-09', graduation: '2012-09' }] }),
    only({ history: [{ start: '2015-01', end: '至今' }] }),
    // the future check needs today
    only({ work: { workStart: '2999-01-01' } }, ''),
  ],
  invalid: [
    withFindings(
      only({ work: { workStart: '2024-06-16' } }),
      future('work.workStart', '参加工作时间', 'Start of work', '2024-06-16', 'workStart'),
    ),
    withFindings(
      only({ work: { professionalStart: '2024-07' } }),
      future('work.professionalStart', '从事专业技术工作时间', 'Start of professional work', '2024-07', 'professionalStart'),
    ),
    withFindings(only({ work: { appointmentDate: '2019-02-30' } }), {
      messageId: 'invalid',
      data: { label: '聘任时间', labelEn: 'Appointment date', value: '2019-02-30' },
      path: 'work.appointmentDate',
      target: 'appointmentDate',
    }),
    withFindings(
      only({ basic: { birthDate: '2030-01-01' } }),
      future('basic.birthDate', '出生日期', 'Birth date', '2030-01-01', 'birthDate'),
    ),
    withFindings(only({ education: [{ start: '2012-09', graduation: '2008-06' }] }), {
      messageId: 'endBeforeStart',
      data: {
        label: '毕业时间',
        labelEn: 'Graduation date',
        value: '2008-06',
        startLabel: '入学时间',
        startLabelEn: 'enrolment date',
        start: '2012-09',
      },
      path: 'education[0].graduation',
      target: 'graduation',
    }),
    withFindings(only({ education: [{}, { start: '2012-09-01', graduation: '2012-08-31' }] }), {
      messageId: 'endBeforeStart',
      data: {
        label: '毕业时间',
        labelEn: 'Graduation date',
        value: '2012-08-31',
        startLabel: '入学时间',
        startLabelEn: 'enrolment date',
        start: '2012-09-01',
      },
      path: 'education[1].graduation',
      target: 'graduation',
    }),
    withFindings(only({ history: [{ start: '2015-01', end: '2014-12' }] }), {
      messageId: 'endBeforeStart',
      data: {
        label: '工作经历终止时间',
        labelEn: 'Job end',
        value: '2014-12',
        startLabel: '工作经历起始时间',
        startLabelEn: 'job start',
        start: '2015-01',
      },
      path: 'history[0].end',
      target: undefined,
    }),
    withFindings(
      only({ achievements: [{ id: 'x', date: '2025-01-01' }] }),
      future('achievements[0].date', '业绩时间', 'Achievement date', '2025-01-01', 'achDate'),
    ),
  ],
});
