/**
 * The zod schema of one profile and of the exchange file (docs/profile-format.md),
 * in line with ./types.ts. Popup and background only: the content script
 * imports types.ts, never this file.
 *
 * Two strengths of the same shape:
 * - `profileSchema` (strict): formats too (ISO dates, whole years, counts).
 *   The editor shows its messages; import refuses what fails it.
 * - `profileDraftSchema`: types only. The store accepts it, so a half-typed
 *   date ("2021-0") is saved rather than lost while the user is typing.
 * Every object is loose: unknown keys are kept, never dropped.
 */
import * as z from 'zod';

// No eval, ever: zod's JIT (new Function) is off, so is its probe for it
// (MV3's CSP forbids eval; the build also removes that code, scripts/harden-bundles.ts).
z.config({ jitless: true });
import type { AchievementKind, ApplicationType, AssessmentResult, Profile, ProfileFile } from './types';
import { valueAt, type Path } from './path';

export const PROFILE_FORMAT = 'zcps-assistant/profile';
export const PROFILE_FILE_VERSION = 1;

export const GENDERS = ['男', '女'] as const;
export const ASSESSMENT_RESULTS = [
  '优秀',
  '称职',
  '合格',
  '基本称职',
  '基本合格',
  '不称职',
  '不合格',
] as const satisfies readonly AssessmentResult[];
export const APPLICATION_TYPES = ['正常申报', '破格申报', '转（兼）评', '技能人才申报'] as const satisfies readonly ApplicationType[];
export const ACHIEVEMENT_KINDS = [
  '论文',
  '著作',
  '项目',
  '报告',
  '成果鉴定',
  '专利',
  '标准',
  '获奖',
  '其他',
] as const satisfies readonly AchievementKind[];

// Compile-time guard: the lists above name every member of the shared unions.
type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const listsCoverUnions: [
  Covers<AssessmentResult, (typeof ASSESSMENT_RESULTS)[number]>,
  Covers<ApplicationType, (typeof APPLICATION_TYPES)[number]>,
  Covers<AchievementKind, (typeof ACHIEVEMENT_KINDS)[number]>,
] = [true, true, true];
void listsCoverUnions;

/** YYYY-MM-DD (a real calendar day) or YYYY-MM. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

export const YEAR_MIN = 1950;
export const YEAR_MAX = 2100;
export const HOURS_MAX = 10_000;

function buildProfileSchema(strict: boolean) {
  // '' means "not known" (and 至今 for history.end), so it is always allowed.
  const date = strict ? z.string().refine((v) => v === '' || isIsoDate(v), { params: { kind: 'date' } }) : z.string();
  const year = strict ? z.int().min(YEAR_MIN).max(YEAR_MAX) : z.number();
  const hours = strict ? z.number().min(0).max(HOURS_MAX) : z.number();
  const rank = strict ? z.int().min(1) : z.number();
  const text = z.string().optional();

  const basic = z.looseObject({
    name: text,
    idNumber: text,
    gender: z.enum(GENDERS).optional(),
    birthDate: date.optional(),
    ethnicity: text,
    politicalStatus: text,
    mobile: text,
    email: text,
    address: text,
    postcode: text,
  });
  const education = z.looseObject({
    level: text,
    degree: text,
    school: text,
    major: text,
    start: date.optional(),
    graduation: date.optional(),
    fullTime: z.boolean().optional(),
    highest: z.boolean().optional(),
  });
  const work = z.looseObject({
    employer: text,
    department: text,
    position: text,
    workStart: date.optional(),
    professionalStart: date.optional(),
    currentMajor: text,
    currentTitle: text,
    currentTitleDate: date.optional(),
    appointmentDate: date.optional(),
  });
  const history = z.looseObject({
    start: date.optional(),
    end: date.optional(),
    employer: text,
    position: text,
  });
  const assessment = z.looseObject({
    year,
    result: z.enum(ASSESSMENT_RESULTS),
  });
  const continuingEducation = z.looseObject({
    year,
    hours,
    system: text,
  });
  const declaration = z.looseObject({
    type: z.enum(APPLICATION_TYPES).optional(),
    major: text,
    office: text,
    selfReport: text,
    exceptionalDetail: text,
  });
  const achievement = z.looseObject({
    id: z.string().min(1),
    kind: z.enum(ACHIEVEMENT_KINDS).optional(),
    title: text,
    date: date.optional(),
    role: text,
    rank: rank.optional(),
    collective: z.boolean().optional(),
    representative: z.boolean().optional(),
    publication: text,
    issn: text,
    description: text,
  });

  return z
    .looseObject({
      id: z.string().min(1),
      label: z.string(),
      basic,
      education: z.array(education),
      work,
      history: z.array(history),
      assessments: z.array(assessment),
      continuingEducation: z.array(continuingEducation),
      declaration,
      achievements: z.array(achievement),
    })
    .superRefine((profile, ctx) => {
      if (!strict) return;
      // Achievement ids identify rows for the page's 业绩 table: keep them unique.
      const seen = new Set<string>();
      profile.achievements.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          ctx.addIssue({ code: 'custom', path: ['achievements', index, 'id'], params: { kind: 'duplicateId' } });
        }
        seen.add(entry.id);
      });
    });
}

export const profileSchema = buildProfileSchema(true);
export const profileDraftSchema = buildProfileSchema(false);

export const profileFileSchema = z
  .looseObject({
    format: z.literal(PROFILE_FORMAT),
    version: z.literal(PROFILE_FILE_VERSION),
    exportedAt: z.string(),
    profiles: z.array(profileSchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.profiles.forEach((profile, index) => {
      if (seen.has(profile.id)) {
        ctx.addIssue({ code: 'custom', path: ['profiles', index, 'id'], params: { kind: 'duplicateId' } });
      }
      seen.add(profile.id);
    });
  });

// The inferred types must be usable as the shared types (checked by tsc).
const schemaMatchesTypes: [
  z.infer<typeof profileSchema> extends Profile ? true : false,
  z.infer<typeof profileFileSchema> extends ProfileFile ? true : false,
] = [true, true];
void schemaMatchesTypes;

/** A new, empty profile with a fresh id. */
export function emptyProfile(label: string): Profile {
  return {
    id: newId(),
    label,
    basic: {},
    education: [],
    work: {},
    history: [],
    assessments: [],
    continuingEducation: [],
    declaration: {},
    achievements: [],
  };
}

export function newId(): string {
  return crypto.randomUUID();
}

/** One problem found in a profile or a file: where, and what, in Chinese and English. */
export interface FieldProblem {
  /** Path from the validated value's root, e.g. ['basic', 'mobile']. */
  path: Path;
  message: string;
  en: string;
  /** Set when a rule (docs/rules.md) found it, e.g. 'profile.mobile'. */
  ruleId?: string;
}

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是/否（true/false）', en: 'true or false' },
  object: { zh: '对象 {…}', en: 'an object {…}' },
  array: { zh: '列表 […]', en: 'a list […]' },
};

/** A short, safe description of a found value for a message. */
export function describeValue(value: unknown): { zh: string; en: string } {
  if (value === undefined) return { zh: '空缺', en: 'missing' };
  if (value === null) return { zh: 'null', en: 'null' };
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { zh: `“${shown}”`, en: `"${shown}"` };
  }
  if (typeof value === 'number') return { zh: `数字 ${value}`, en: `the number ${value}` };
  if (typeof value === 'boolean') return { zh: `${value}`, en: `${value}` };
  if (Array.isArray(value)) return { zh: `列表（${value.length} 项）`, en: `a list of ${value.length}` };
  return { zh: '对象 {…}', en: 'an object {…}' };
}

/**
 * Chinese and English text for one zod issue. `root` is the value that was
 * parsed, so the message can say what was actually found there.
 */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): { message: string; en: string } {
  const found = describeValue(valueAt(root, issue.path));
  switch (issue.code) {
    case 'custom': {
      const kind = (issue.params as { kind?: string } | undefined)?.kind;
      if (kind === 'date') {
        return {
          message: `日期应为 YYYY-MM-DD 或 YYYY-MM（例如 2021-07-01 或 2021-07），现为${found.zh}`,
          en: `a date must be YYYY-MM-DD or YYYY-MM (e.g. 2021-07-01 or 2021-07); found ${found.en}`,
        };
      }
      if (kind === 'duplicateId') {
        return { message: `编号${found.zh}重复，每项的编号须唯一`, en: `id ${found.en} is used twice; ids must be unique` };
      }
      return { message: issue.message, en: issue.message };
    }
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      if (valueAt(root, issue.path) === undefined) {
        return { message: `缺少此项，应为${expected.zh}`, en: `missing; expected ${expected.en}` };
      }
      return { message: `应为${expected.zh}，现为${found.zh}`, en: `expected ${expected.en}, found ${found.en}` };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      if (valueAt(root, issue.path) === undefined) {
        return { message: `缺少此项，应为 ${values.join(' / ')} 之一`, en: `missing; expected one of ${values.join(' / ')}` };
      }
      return {
        message: `应为 ${values.join(' / ')} 之一，现为${found.zh}`,
        en: `expected one of ${values.join(' / ')}, found ${found.en}`,
      };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return { message: `不能为空（至少 ${min} 个字符）`, en: `must have at least ${min} character(s)` };
      if (issue.origin === 'array') return { message: `至少需要 ${min} 项`, en: `needs at least ${min} item(s)` };
      return { message: `应不小于 ${min}，现为${found.zh}`, en: `must be at least ${min}, found ${found.en}` };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string')
        return {
          message: `最多 ${max} 个字符，现为 ${lengthOf(root, issue.path)} 个`,
          en: `at most ${max} characters, found ${lengthOf(root, issue.path)}`,
        };
      if (issue.origin === 'array') return { message: `最多 ${max} 项`, en: `at most ${max} item(s)` };
      return { message: `应不大于 ${max}，现为${found.zh}`, en: `must be at most ${max}, found ${found.en}` };
    }
    default:
      return { message: `内容不符合要求：${issue.message}`, en: issue.message };
  }
}

function lengthOf(root: unknown, path: readonly PropertyKey[]): number {
  const value = valueAt(root, path);
  return typeof value === 'string' ? value.length : 0;
}

/** Structure and format problems of one profile (strict schema). */
export function schemaProblems(value: unknown, schema: z.ZodType = profileSchema): FieldProblem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    ...describeIssue(issue, value),
  }));
}
