/**
 * Profile data (一.1, 一.2), checked when edited, imported or filled, and on
 * the platform's 个人基本信息 page. Every finding names its JSON path and the
 * field meaning it belongs to.
 */
import type { Meaning } from '../meanings';
import { defineRule } from './define';
import { isEmail, isMobile } from './helpers/contact';
import { compareDates, formatDate, parseDate } from './helpers/dates';
import { parseIdNumber } from './helpers/id-number';
import { nfkc } from './helpers/text';
import type { Finding, ProfileInput, Text } from './types';

/** A present, non-blank string value, trimmed. */
function present(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export const profileIdNumber = defineRule(
  {
    id: 'profile.idNumber',
    level: 'error',
    family: 'profile',
    scope: 'platform',
    input: 'profile',
    guide: '一.1',
    docs: {
      zh: '18 位居民身份证号（GB 11643-1999）：行政区划代码、有效出生日期、MOD 11-2 校验位（X 大小写均可）。',
      en: '18-character resident ID (GB 11643-1999): region code, valid birth date, MOD 11-2 check character (X in either case).',
    },
    messages: {
      invalid: {
        zh: '身份证号“{value}”不正确：{problems}',
        en: 'The ID number "{value}" is invalid: {problemsEn}',
      },
    },
  },
  (input: ProfileInput, _plan, say) => {
    const value = present(input.profile.basic?.idNumber);
    if (value === undefined) return [];
    const parsed = parseIdNumber(value);
    if (parsed.valid) return [];
    const data = { value, problems: parsed.problems.join('；'), problemsEn: parsed.problemsEn.join('; ') };
    return [say('invalid', { data, path: 'basic.idNumber', target: 'idNumber' })];
  },
);

export const profileIdConsistency = defineRule(
  {
    id: 'profile.idConsistency',
    level: 'error',
    family: 'profile',
    scope: 'platform',
    input: 'profile',
    guide: '一.1',
    docs: {
      zh: '出生日期、性别与身份证号编码的不一致。',
      en: 'The birth date or gender differs from what the ID number encodes.',
    },
    messages: {
      birthDate: {
        zh: '出生日期为 {birthDate}，但身份证号编码的出生日期是 {idBirthDate}',
        en: 'The birth date is {birthDate}, but the ID number encodes {idBirthDate}',
      },
      gender: {
        zh: '性别为“{gender}”，但身份证号第 17 位是 {digit}（{parity}），对应“{idGender}”',
        en: 'The gender is "{gender}", but the 17th digit of the ID number is {digit} ({parityEn}), which means "{idGender}"',
      },
    },
  },
  (input: ProfileInput, _plan, say) => {
    const id = present(input.profile.basic?.idNumber);
    if (id === undefined) return [];
    const parsed = parseIdNumber(id);
    if (!parsed.valid) return []; // profile.idNumber reports it; a broken number encodes nothing reliable
    const findings: Finding[] = [];
    const birthText = present(input.profile.basic?.birthDate);
    const birth = birthText === undefined ? undefined : parseDate(birthText);
    if (birth !== undefined && parsed.birthDate !== undefined) {
      const encoded = parseDate(parsed.birthDate);
      if (encoded !== undefined && compareDates(birth, encoded) !== 0) {
        findings.push(
          say('birthDate', {
            data: { birthDate: formatDate(birth), idBirthDate: parsed.birthDate },
            path: 'basic.birthDate',
            target: 'birthDate',
            suggestion: parsed.birthDate,
          }),
        );
      }
    }
    const gender = present(input.profile.basic?.gender);
    if (gender !== undefined && parsed.gender !== undefined && nfkc(gender) !== parsed.gender) {
      const digit = Number(nfkc(id).trim()[16]);
      const odd = digit % 2 === 1;
      findings.push(
        say('gender', {
          data: { gender, digit, parity: odd ? '奇数' : '偶数', parityEn: odd ? 'odd' : 'even', idGender: parsed.gender },
          path: 'basic.gender',
          target: 'gender',
          suggestion: parsed.gender,
        }),
      );
    }
    return findings;
  },
);

/** The number with spaces, dashes and a +86/86 prefix removed, when that makes it valid. */
function cleanedMobile(value: string): string | undefined {
  const digits = nfkc(value)
    .replace(/[\s\-()]/gu, '')
    .replace(/^(\+?86)(?=1\d{10}$)/u, '');
  return isMobile(digits) ? digits : undefined;
}

export const profileMobile = defineRule(
  {
    id: 'profile.mobile',
    level: 'error',
    family: 'profile',
    scope: 'platform',
    input: 'profile',
    guide: '一.1',
    docs: { zh: '大陆手机号码：以 1 开头、第二位为 3–9 的 11 位数字。', en: 'Mainland mobile number: 11 digits starting 1[3-9].' },
    messages: {
      invalid: {
        zh: '手机号码“{value}”不正确：需为 1 开头、第二位为 3–9 的 11 位数字（当前含 {digits} 位数字）',
        en: 'The mobile number "{value}" is invalid: 11 digits starting 1 and then 3–9 are needed ({digits} digits found)',
      },
    },
  },
  (input: ProfileInput, _plan, say) => {
    const raw = input.profile.basic?.mobile;
    const value = present(raw);
    if (value === undefined || isMobile(value)) return [];
    const digits = (nfkc(value).match(/\d/gu) ?? []).length;
    const suggestion = cleanedMobile(value);
    return [
      say('invalid', {
        data: { value, digits },
        path: 'basic.mobile',
        target: 'mobile',
        ...(suggestion === undefined ? {} : { suggestion }),
      }),
    ];
  },
);

/** Full-width ＠ and 。 and stray spaces fixed, when that makes the address valid. */
function cleanedEmail(value: string): string | undefined {
  const text = nfkc(value)
    .replace(/\s+/gu, '')
    .replace(/[。．]/gu, '.');
  return isEmail(text) ? text : undefined;
}

export const profileEmail = defineRule(
  {
    id: 'profile.email',
    level: 'error',
    family: 'profile',
    scope: 'platform',
    input: 'profile',
    guide: '一.1',
    docs: { zh: '电子邮箱不是有效的地址。', en: 'The e-mail is not an e-mail address.' },
    messages: {
      invalid: {
        zh: '电子邮箱“{value}”不是有效的地址：需形如 name@example.com（半角字符，@ 后为带“.”的域名）',
        en: 'The e-mail "{value}" is not an address: name@example.com is needed (ASCII characters, a domain with a dot after @)',
      },
    },
  },
  (input: ProfileInput, _plan, say) => {
    const value = present(input.profile.basic?.email);
    if (value === undefined || isEmail(value)) return [];
    const suggestion = cleanedEmail(value);
    return [
      say('invalid', {
        data: { value },
        path: 'basic.email',
        target: 'email',
        ...(suggestion === undefined ? {} : { suggestion }),
      }),
    ];
  },
);

interface DateField {
  path: string;
  label: Text;
  value: string;
  target?: Meaning;
}

/** Values meaning "no end yet" in an end-date field. */
const ONGOING = new Set(['至今', '今', '现在', 'present', 'now']);

/** Every date of the profile with its path, label and field meaning; blank ones left out. */
function dateFields(profile: ProfileInput['profile']): { fields: DateField[]; pairs: Array<[string, string]> } {
  const fields: DateField[] = [];
  const pairs: Array<[string, string]> = [];
  const add = (path: string, value: unknown, label: Text, target?: Meaning): void => {
    const text = present(value);
    if (text === undefined || ONGOING.has(nfkc(text).toLowerCase())) return;
    fields.push({ path, value: text, label, ...(target === undefined ? {} : { target }) });
  };
  add('basic.birthDate', profile.basic?.birthDate, { zh: '出生日期', en: 'Birth date' }, 'birthDate');
  (Array.isArray(profile.education) ? profile.education : []).forEach((entry, i) => {
    add(`education[${i}].start`, entry?.start, { zh: '入学时间', en: 'Enrolment date' }, 'eduStart');
    add(`education[${i}].graduation`, entry?.graduation, { zh: '毕业时间', en: 'Graduation date' }, 'graduation');
    pairs.push([`education[${i}].start`, `education[${i}].graduation`]);
  });
  const work = profile.work;
  add('work.workStart', work?.workStart, { zh: '参加工作时间', en: 'Start of work' }, 'workStart');
  add(
    'work.professionalStart',
    work?.professionalStart,
    { zh: '从事专业技术工作时间', en: 'Start of professional work' },
    'professionalStart',
  );
  add(
    'work.currentTitleDate',
    work?.currentTitleDate,
    { zh: '现专业技术资格取得时间', en: 'Date of the current title' },
    'currentTitleDate',
  );
  add('work.appointmentDate', work?.appointmentDate, { zh: '聘任时间', en: 'Appointment date' }, 'appointmentDate');
  (Array.isArray(profile.history) ? profile.history : []).forEach((entry, i) => {
    add(`history[${i}].start`, entry?.start, { zh: '工作经历起始时间', en: 'Job start' });
    add(`history[${i}].end`, entry?.end, { zh: '工作经历终止时间', en: 'Job end' });
    pairs.push([`history[${i}].start`, `history[${i}].end`]);
  });
  (Array.isArray(profile.achievements) ? profile.achievements : []).forEach((entry, i) => {
    add(`achievements[${i}].date`, entry?.date, { zh: '业绩时间', en: 'Achievement date' }, 'achDate');
  });
  return { fields, pairs };
}

export const profileDates = defineRule(
  {
    id: 'profile.dates',
    level: 'error',
    family: 'profile',
    scope: 'platform',
    input: 'profile',
    guide: '一.1',
    docs: {
      zh: '日期无法识别、晚于今天，或结束早于开始（入学/毕业，工作经历起止）。',
      en: 'A date that is not a date, lies in the future, or ends before it starts (enrolment/graduation, job start/end).',
    },
    messages: {
      invalid: {
        zh: '{label}“{value}”不是有效日期，需为 YYYY-MM-DD 或 YYYY-MM',
        en: '{labelEn} "{value}" is not a date; YYYY-MM-DD or YYYY-MM is needed',
      },
      future: {
        zh: '{label} {value} 晚于今天（{today}），需为已经过去的日期',
        en: '{labelEn} {value} is after today ({today}); a past date is needed',
      },
      endBeforeStart: {
        zh: '{label} {value} 早于{startLabel} {start}，结束不能早于开始',
        en: '{labelEn} {value} is before {startLabelEn} {start}; an end cannot precede its start',
      },
    },
  },
  (input: ProfileInput, _plan, say) => {
    const { fields, pairs } = dateFields(input.profile);
    const today = parseDate(input.today);
    const findings: Finding[] = [];
    const parsed = new Map<string, DateField & { date: NonNullable<ReturnType<typeof parseDate>> }>();
    for (const field of fields) {
      const base = { path: field.path, ...(field.target === undefined ? {} : { target: field.target }) };
      const labels = { label: field.label.zh, labelEn: field.label.en, value: field.value };
      const date = parseDate(field.value);
      if (date === undefined) {
        findings.push(say('invalid', { ...base, data: labels }));
        continue;
      }
      parsed.set(field.path, { ...field, date });
      if (today !== undefined && compareDates(date, today) > 0) {
        findings.push(say('future', { ...base, data: { ...labels, today: input.today } }));
      }
    }
    for (const [startPath, endPath] of pairs) {
      const start = parsed.get(startPath);
      const end = parsed.get(endPath);
      if (start === undefined || end === undefined || compareDates(end.date, start.date) >= 0) continue;
      findings.push(
        say('endBeforeStart', {
          path: end.path,
          ...(end.target === undefined ? {} : { target: end.target }),
          data: {
            label: end.label.zh,
            labelEn: end.label.en,
            value: end.value,
            startLabel: start.label.zh,
            startLabelEn: start.label.en.toLowerCase(),
            start: start.value,
          },
        }),
      );
    }
    return findings;
  },
);

export const PROFILE_RULES = [profileIdNumber, profileIdConsistency, profileMobile, profileEmail, profileDates] as const;
