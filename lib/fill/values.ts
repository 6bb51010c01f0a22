/**
 * The profile's value for each field meaning, including the derived ones
 * (docs/design.md "How values are written"): 专业工作年限 from work.professionalStart to the
 * plan's cutoff, 考核情况 as the canonical text of the plan's years, booleans
 * as 是 / 否, the highest education entry, and the add-entry form of
 * 我的业绩档案 from one chosen achievement. undefined = the profile has nothing.
 */
import type { Meaning } from '../meanings';
import type { Achievement, Education, Profile } from '../profile/types';
import { formatAssessment } from '../rules/helpers/assessment';
import { parseDate, wholeYearsBetween } from '../rules/helpers/dates';
import type { Plan } from '../rules/plans/types';
import { fieldPathParts, isProfileFieldPath } from '../profile/field-paths';

export interface FillSource {
  profile: Profile;
  plan: Plan;
  /** The achievement whose values fill 我的业绩档案's add-entry form. */
  achievement?: Achievement;
}

/** What each meaning is called in the preview and the "对应档案项…" list. Data. */
export const MEANING_NAMES: Readonly<Record<Meaning, string>> = {
  name: '姓名',
  idNumber: '身份证号',
  gender: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  politicalStatus: '政治面貌',
  mobile: '手机号码',
  email: '电子邮箱',
  address: '通讯地址',
  postcode: '邮政编码',
  eduLevel: '学历',
  degree: '学位',
  school: '毕业院校',
  eduMajor: '所学专业',
  eduStart: '入学时间',
  graduation: '毕业时间',
  fullTime: '是否全日制',
  employer: '现工作单位',
  department: '所在部门',
  position: '现任职务',
  workStart: '参加工作时间',
  professionalStart: '从事专业技术工作时间',
  currentMajor: '现从事专业',
  currentTitle: '现专业技术资格',
  currentTitleDate: '取得资格时间',
  appointmentDate: '聘任时间',
  historyStart: '工作经历·起始时间',
  historyEnd: '工作经历·终止时间',
  historyEmployer: '工作经历·工作单位',
  historyPosition: '工作经历·职务',
  selfReport: '本人述职',
  office: '受理点',
  applicationType: '申报类型',
  major: '从事专业',
  workYears: '专业工作年限',
  assessment: '考核情况',
  exceptionalDetail: '破格申报的具体内容',
  typeProof: '佐证材料',
  achKind: '业绩类型',
  achTitle: '业绩名称',
  achDate: '完成时间',
  achRole: '本人角色',
  achRank: '本人排名',
  achCollective: '是否集体项目',
  achPublication: '刊物/出版社',
  achIssn: '刊号',
  achDescription: '业绩简介',
  achFile: '业绩附件',
  photo: '证件照',
  attEducation: '学历学位证书',
  attAppointment: '职务资格聘书',
  attContract: '劳动（聘用）合同',
  attSocial: '社保证明',
  attCpd: '继续教育学时证明',
  attWorks: '著作论文等',
  attExceptional: '破格推荐审批表',
};

/** Meanings whose value is a calendar date, written in the format of the field. */
export const DATE_MEANINGS: ReadonlySet<Meaning> = new Set<Meaning>([
  'birthDate',
  'eduStart',
  'graduation',
  'workStart',
  'professionalStart',
  'currentTitleDate',
  'appointmentDate',
  'achDate',
  'historyStart',
  'historyEnd',
]);

/** Other words a choice may use for the same answer (全日制 for 是). Data. */
const CHOICE_WORDS: Partial<Record<Meaning, Readonly<Record<string, readonly string[]>>>> = {
  gender: { 男: ['男性'], 女: ['女性'] },
  fullTime: { 是: ['全日制'], 否: ['非全日制', '在职'] },
  achCollective: { 是: ['集体', '集体项目'], 否: ['个人', '非集体', '独立完成'] },
};

/** The other spellings a radio or select may use for this meaning's value. */
export function choiceAlternatives(meaning: Meaning, value: string): readonly string[] {
  return CHOICE_WORDS[meaning]?.[value] ?? [];
}

const yesNo = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : value ? '是' : '否');

/** A non-empty trimmed string, else undefined. */
function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The entry marked highest; else the latest graduation; else the first. */
export function highestEducation(list: readonly Education[]): Education | undefined {
  const marked = list.find((e) => e.highest === true);
  if (marked) return marked;
  const dated = list.filter((e) => parseDate(e.graduation ?? '') !== undefined);
  if (dated.length > 0) return [...dated].sort((a, b) => (b.graduation as string).localeCompare(a.graduation as string))[0];
  return list[0];
}

/** Whole years from the start of professional work to the plan's cutoff (never below 0). */
export function workYearsValue(profile: Profile, plan: Plan): string | undefined {
  const start = text(profile.work?.professionalStart);
  if (!start || plan.workYearsCutoff === undefined) return undefined;
  const years = wholeYearsBetween(start, plan.workYearsCutoff);
  return years === undefined ? undefined : String(Math.max(0, years));
}

/** The canonical 考核情况 of the plan's years; only when the profile has exactly one result for each of them. */
export function assessmentValue(profile: Profile, plan: Plan): string | undefined {
  const entries = [];
  for (const year of plan.assessmentYears ?? []) {
    const results = new Set((profile.assessments ?? []).filter((a) => a.year === year).map((a) => a.result));
    if (results.size !== 1) return undefined;
    entries.push({ year, result: [...results][0] as string });
  }
  return entries.length > 0 ? formatAssessment(entries) : undefined;
}

/** The profile's value for a meaning, as text; undefined when the profile has nothing for it. */
export function profileValue(meaning: Meaning, source: FillSource): string | undefined {
  const { profile, plan, achievement } = source;
  const basic = profile.basic ?? {};
  const work = profile.work ?? {};
  const declaration = profile.declaration ?? {};
  const edu = highestEducation(profile.education ?? []) ?? {};
  switch (meaning) {
    case 'name':
    case 'idNumber':
    case 'gender':
    case 'birthDate':
    case 'ethnicity':
    case 'politicalStatus':
    case 'mobile':
    case 'email':
    case 'address':
    case 'postcode':
      return text(basic[meaning]);
    case 'eduLevel':
      return text(edu.level);
    case 'degree':
      return text(edu.degree);
    case 'school':
      return text(edu.school);
    case 'eduMajor':
      return text(edu.major);
    case 'eduStart':
      return text(edu.start);
    case 'graduation':
      return text(edu.graduation);
    case 'fullTime':
      return yesNo(typeof edu.fullTime === 'boolean' ? edu.fullTime : undefined);
    case 'employer':
    case 'department':
    case 'position':
    case 'workStart':
    case 'professionalStart':
    case 'currentMajor':
    case 'currentTitle':
    case 'currentTitleDate':
    case 'appointmentDate':
      return text(work[meaning]);
    case 'selfReport':
      return text(declaration.selfReport);
    case 'office':
      return text(declaration.office);
    case 'applicationType':
      return text(declaration.type);
    case 'major':
      return text(declaration.major);
    case 'exceptionalDetail':
      return text(declaration.exceptionalDetail);
    case 'workYears':
      return workYearsValue(profile, plan);
    case 'assessment':
      return assessmentValue(profile, plan);
    case 'achKind':
      return text(achievement?.kind);
    case 'achTitle':
      return text(achievement?.title);
    case 'achDate':
      return text(achievement?.date);
    case 'achRole':
      return text(achievement?.role);
    case 'achRank':
      return text(achievement?.rank);
    case 'achCollective':
      return yesNo(typeof achievement?.collective === 'boolean' ? achievement.collective : undefined);
    case 'achPublication':
      return text(achievement?.publication);
    case 'achIssn':
      return text(achievement?.issn);
    case 'achDescription':
      return text(achievement?.description);
    // Files are chosen by the applicant, never filled.
    default:
      return undefined;
  }
}

/** The meanings the profile has a value for, in vocabulary order (the "对应档案项…" list). */
export function availableMeanings(meanings: readonly Meaning[], source: FillSource): Meaning[] {
  return meanings.filter((m) => profileValue(m, source) !== undefined);
}

/**
 * The value at a profile path such as 'work.employer' or 'education[0].school'
 * (learned mappings for fields outside the vocabulary); text only.
 */
export function pathValue(profile: Profile, path: string): string | undefined {
  // Only a field of the profile (a planted mapping must not reach anything else).
  const parts = fieldPathParts(path);
  if (!parts || !isProfileFieldPath(path)) return undefined;
  let node: unknown = profile;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    if (typeof part === 'number' ? !Array.isArray(node) : !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  if (typeof node === 'boolean') return yesNo(node);
  return text(node);
}
