/**
 * The profile as plain TypeScript types, per docs/profile-format.md.
 * No zod here: the content script imports these types and must stay small.
 * lib/profile/schema.ts validates against the same shape.
 */
export type AssessmentResult = '优秀' | '称职' | '合格' | '基本称职' | '基本合格' | '不称职' | '不合格';
export type ApplicationType = '正常申报' | '破格申报' | '转（兼）评' | '技能人才申报';
export type AchievementKind = '论文' | '著作' | '项目' | '报告' | '成果鉴定' | '专利' | '标准' | '获奖' | '其他';

export interface BasicInfo {
  name?: string;
  idNumber?: string;
  gender?: '男' | '女';
  birthDate?: string;
  ethnicity?: string;
  politicalStatus?: string;
  mobile?: string;
  email?: string;
  address?: string;
  postcode?: string;
  [extra: string]: unknown;
}

export interface Education {
  level?: string;
  degree?: string;
  school?: string;
  major?: string;
  start?: string;
  graduation?: string;
  fullTime?: boolean;
  highest?: boolean;
  [extra: string]: unknown;
}

export interface Work {
  employer?: string;
  department?: string;
  position?: string;
  workStart?: string;
  professionalStart?: string;
  currentMajor?: string;
  currentTitle?: string;
  currentTitleDate?: string;
  appointmentDate?: string;
  [extra: string]: unknown;
}

export interface HistoryEntry {
  start?: string;
  end?: string;
  employer?: string;
  position?: string;
  [extra: string]: unknown;
}

export interface Assessment {
  year: number;
  result: AssessmentResult;
  [extra: string]: unknown;
}

export interface ContinuingEducation {
  year: number;
  hours: number;
  system?: string;
  [extra: string]: unknown;
}

export interface Declaration {
  type?: ApplicationType;
  major?: string;
  office?: string;
  selfReport?: string;
  exceptionalDetail?: string;
  [extra: string]: unknown;
}

export interface Achievement {
  id: string;
  kind?: AchievementKind;
  title?: string;
  date?: string;
  role?: string;
  rank?: number;
  collective?: boolean;
  representative?: boolean;
  publication?: string;
  issn?: string;
  description?: string;
  [extra: string]: unknown;
}

export interface Profile {
  id: string;
  label: string;
  basic: BasicInfo;
  education: Education[];
  work: Work;
  history: HistoryEntry[];
  assessments: Assessment[];
  continuingEducation: ContinuingEducation[];
  declaration: Declaration;
  achievements: Achievement[];
  [extra: string]: unknown;
}

export interface ProfileFile {
  format: 'zcps-assistant/profile';
  version: 1;
  exportedAt: string;
  profiles: Profile[];
  [extra: string]: unknown;
}
