/**
 * Plan parameters a page states in words, which win over data: the plan
 * page's requirements (专业工作年限计算到2026年12月31日, 近三年（2023-2025）
 * 考核, 于9月30日前统一报中评委办公室, 近4年聘书) and a label such as
 * 本人述职（限1000字以内）. Pure string parsing on compact text (NFKC, no
 * spaces); a wording it does not know states nothing.
 */
import { daysInMonth, formatDate } from '../helpers/dates';
import { compactText } from './name';
import type { PlanParams } from './types';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function number(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = /^\d+$/u.test(text) ? Number(text) : CN_DIGITS[text];
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return formatDate({ year, month, day });
}

const STOP = '[^。；;]';
const DATE = '(\\d{4})[年./-](\\d{1,2})[月./-](\\d{1,2})日?';

/** 专业工作年限计算到2024年12月31日 / 工作年限截止时间为2026-12-31. */
const CUTOFF = new RegExp(`年限${STOP}{0,20}?(?:计算|计至|算至|截至|截止|统计)${STOP}{0,6}?${DATE}`, 'u');

/** 近三年（2021-2023）… 考核 / 2023—2025年度考核 / 近三年（2023、2024、2025年）考核. */
const ASSESSMENT_RANGE = [
  new RegExp(`近(?:三|3)年[(（]?(\\d{4})年?度?[-—–~～至到](\\d{4})年?度?[)）]?${STOP}{0,12}?考核`, 'u'),
  new RegExp(`(\\d{4})年?度?[-—–~～至到](\\d{4})年度?${STOP}{0,4}?考核`, 'u'),
];
const ASSESSMENT_LIST = new RegExp(`近(?:三|3)年[(（]((?:\\d{4}年?[、，,]){2}\\d{4})年?[)）]${STOP}{0,12}?考核`, 'u');

/** 于9月30日前统一报 / 纸质材料…2026年9月30日前送达. */
const DEADLINE = [
  new RegExp(`纸质${STOP}{0,40}?(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:前|之前|以前)`, 'u'),
  new RegExp(`(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:前|之前)统一报`, 'u'),
];

/** 本人述职（限1000字以内）/ 述职报告不超过1500字 / 述职…2000字以内. */
const REPORT_LIMIT = [
  new RegExp(`述职${STOP}{0,30}?(?:限|不超过|不得超过|不多于|不超|最多)(\\d{2,5})个?字`, 'u'),
  new RegExp(`述职${STOP}{0,30}?(\\d{2,5})个?字(?:以内|以下|之内)`, 'u'),
];

/** 近4年专业技术职务资格聘书. */
const APPOINTMENT = /近(\d|[一二三四五六七八九十])年(?:的|内)?(?:专业技术)?(?:职务)?(?:资格)?聘(?:书|任证书)/u;

/** The share of the limit above which the self-report counter warns (950 of 1000). */
export const REPORT_WARN_SHARE = 0.95;

export function reportWarnAbove(limit: number): number {
  return Math.floor(limit * REPORT_WARN_SHARE);
}

/**
 * The parameters the text states. `year` (the plan's) completes dates
 * written without one (9月30日前).
 */
export function parseStatedParams(text: string, year?: number): PlanParams {
  const compact = compactText(text);
  const stated: PlanParams = {};

  const cutoff = CUTOFF.exec(compact);
  if (cutoff) {
    const date = isoDate(Number(cutoff[1]), Number(cutoff[2]), Number(cutoff[3]));
    if (date) stated.workYearsCutoff = date;
  }

  const years = assessmentYears(compact);
  if (years) stated.assessmentYears = years;

  for (const pattern of DEADLINE) {
    const m = pattern.exec(compact);
    const y = m?.[1] !== undefined ? Number(m[1]) : year;
    if (!m || y === undefined) continue;
    const date = isoDate(y, Number(m[2]), Number(m[3]));
    if (date) {
      stated.paperDeadline = date;
      break;
    }
  }

  const limit = reportLimit(compact);
  if (limit !== undefined) {
    stated.reportLimit = limit;
    stated.reportWarnAbove = reportWarnAbove(limit);
  }

  const appointment = number(APPOINTMENT.exec(compact)?.[1]);
  if (appointment !== undefined && appointment > 0 && appointment <= 10) stated.appointmentYears = appointment;
  return stated;
}

/** The self-report limit a label or note states (限1000字以内), or undefined. */
export function reportLimit(text: string): number | undefined {
  const compact = compactText(text);
  for (const pattern of REPORT_LIMIT) {
    const limit = number(pattern.exec(compact)?.[1]);
    if (limit !== undefined && limit >= 50 && limit <= 20000) return limit;
  }
  return undefined;
}

function assessmentYears(compact: string): number[] | undefined {
  const list = ASSESSMENT_LIST.exec(compact);
  if (list) {
    const years = (list[1] ?? '')
      .split(/[年、，,]+/u)
      .filter(Boolean)
      .map(Number);
    if (years.length === 3 && years.every((y, i) => i === 0 || y === (years[i - 1] as number) + 1)) return years;
  }
  for (const pattern of ASSESSMENT_RANGE) {
    const m = pattern.exec(compact);
    if (!m) continue;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to >= from && to - from <= 4) return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return undefined;
}
