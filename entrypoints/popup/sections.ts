/**
 * The editor's sections and fields as data: which control each profile field
 * gets. Labels come from lib/profile/field-names.ts so the popup and the
 * validation messages name a field the same way.
 */
import { ACHIEVEMENT_KINDS, APPLICATION_TYPES, ASSESSMENT_RESULTS, GENDERS } from '../../lib/profile/schema';
import type { SectionKey } from '../../lib/profile/field-names';

export type FieldKind = 'text' | 'date' | 'select' | 'checkbox' | 'number' | 'textarea';

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  options?: readonly string[];
  /** Suggestions (a datalist): free text stays allowed. */
  suggestions?: readonly string[];
  placeholder?: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  autoComplete?: string;
  /** Number fields: required numbers cannot be left empty (year, hours). */
  required?: boolean;
  /** Spans both columns in the wide layout. */
  wide?: boolean;
}

const DATE_HINT = 'YYYY-MM-DD 或 YYYY-MM';

export const BASIC_FIELDS: readonly FieldSpec[] = [
  { key: 'name', kind: 'text', autoComplete: 'name' },
  { key: 'idNumber', kind: 'text', placeholder: '18 位，末位可为 X', autoComplete: 'off' },
  { key: 'gender', kind: 'select', options: GENDERS },
  { key: 'birthDate', kind: 'date', placeholder: 'YYYY-MM-DD' },
  { key: 'ethnicity', kind: 'text', suggestions: ['汉族'] },
  { key: 'politicalStatus', kind: 'text', suggestions: ['中共党员', '中共预备党员', '共青团员', '民主党派', '群众'] },
  { key: 'mobile', kind: 'text', inputMode: 'tel', autoComplete: 'tel', placeholder: '11 位手机号码' },
  { key: 'email', kind: 'text', inputMode: 'email', autoComplete: 'email', placeholder: 'name@example.com' },
  { key: 'address', kind: 'text', autoComplete: 'street-address', wide: true },
  { key: 'postcode', kind: 'text', inputMode: 'numeric', autoComplete: 'postal-code' },
];

export const EDUCATION_FIELDS: readonly FieldSpec[] = [
  { key: 'level', kind: 'text', suggestions: ['大学专科', '大学本科', '硕士研究生', '博士研究生'] },
  { key: 'degree', kind: 'text', suggestions: ['工学学士', '工学硕士', '工程硕士', '工学博士'] },
  { key: 'school', kind: 'text' },
  { key: 'major', kind: 'text' },
  { key: 'start', kind: 'date', placeholder: DATE_HINT },
  { key: 'graduation', kind: 'date', placeholder: DATE_HINT },
  { key: 'fullTime', kind: 'checkbox' },
  { key: 'highest', kind: 'checkbox' },
];

export const WORK_FIELDS: readonly FieldSpec[] = [
  { key: 'employer', kind: 'text', wide: true },
  { key: 'department', kind: 'text' },
  { key: 'position', kind: 'text' },
  { key: 'workStart', kind: 'date', placeholder: DATE_HINT },
  { key: 'professionalStart', kind: 'date', placeholder: DATE_HINT },
  { key: 'currentMajor', kind: 'text' },
  { key: 'currentTitle', kind: 'text', suggestions: ['技术员', '助理工程师', '工程师'] },
  { key: 'currentTitleDate', kind: 'date', placeholder: DATE_HINT },
  { key: 'appointmentDate', kind: 'date', placeholder: DATE_HINT },
];

export const HISTORY_FIELDS: readonly FieldSpec[] = [
  { key: 'start', kind: 'date', placeholder: DATE_HINT },
  { key: 'end', kind: 'date', placeholder: '留空表示至今' },
  { key: 'employer', kind: 'text', wide: true },
  { key: 'position', kind: 'text' },
];

export const ASSESSMENT_FIELDS: readonly FieldSpec[] = [
  { key: 'year', kind: 'number', required: true, placeholder: '如 2023' },
  { key: 'result', kind: 'select', options: ASSESSMENT_RESULTS, required: true },
];

export const CONTINUING_EDUCATION_FIELDS: readonly FieldSpec[] = [
  { key: 'year', kind: 'number', required: true, placeholder: '如 2023' },
  { key: 'hours', kind: 'number', required: true },
  { key: 'system', kind: 'text', suggestions: ['学习新干线', '工信继续教育'], wide: true },
];

/** selfReport has its own control with the live counter (SelfReport.tsx). */
export const DECLARATION_FIELDS: readonly FieldSpec[] = [
  { key: 'type', kind: 'select', options: APPLICATION_TYPES },
  { key: 'major', kind: 'text' },
  { key: 'office', kind: 'text', wide: true, placeholder: '区、县（市）经信部门或市直单位职称受理点' },
];

export const EXCEPTIONAL_FIELD: FieldSpec = { key: 'exceptionalDetail', kind: 'textarea', wide: true };

export const ACHIEVEMENT_FIELDS: readonly FieldSpec[] = [
  { key: 'kind', kind: 'select', options: ACHIEVEMENT_KINDS },
  { key: 'title', kind: 'text', wide: true },
  { key: 'date', kind: 'date', placeholder: DATE_HINT },
  { key: 'role', kind: 'text', suggestions: ['第一作者', '通讯作者', '项目负责人', '主要完成人', '参与人'] },
  { key: 'rank', kind: 'number', placeholder: '1 = 第一' },
  { key: 'collective', kind: 'checkbox' },
  { key: 'representative', kind: 'checkbox' },
  { key: 'publication', kind: 'text' },
  { key: 'issn', kind: 'text' },
  { key: 'description', kind: 'textarea', wide: true },
];

/** The order of the sections and the jump links. */
export const SECTION_ORDER: readonly SectionKey[] = [
  'basic',
  'education',
  'work',
  'history',
  'assessments',
  'continuingEducation',
  'declaration',
  'achievements',
];
