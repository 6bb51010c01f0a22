/**
 * 填写申报信息 (二.3) and the 系统填报注意事项 (三): 本人述职, 受理点,
 * 申报类型 and its proof, 从事专业, 专业工作年限, 考核情况.
 */
import { defineRule } from './define';
import { APPLICATION_TYPES, chosenApplicationType } from './helpers/application-type';
import { formatAssessment, parseAssessment, type AssessmentParse } from './helpers/assessment';
import { parseDate, wholeYearsBetween } from './helpers/dates';
import { clip, countChars, isBlankValue, nfkc, normalizeChoice } from './helpers/text';
import { reportWarnAbove } from './plans/stated';
import type { Plan } from './plans/types';
import type { DeclarationInput } from './types';

export const reportRequired = defineRule(
  {
    id: 'report.required',
    level: 'error',
    family: 'declaration',
    scope: 'guide',
    input: 'declaration',
    required: true,
    guide: '二.3',
    docs: { zh: '本人述职为空。', en: 'The self-report (本人述职) is empty.' },
    messages: {
      empty: {
        zh: '本人述职为空：需填写专业工作业绩情况（限 {limit} 字以内）',
        en: 'The self-report is empty: describe your professional achievements (at most {limit} characters)',
      },
      emptyNoLimit: {
        zh: '本人述职为空：需填写专业工作业绩情况',
        en: 'The self-report is empty: describe your professional achievements',
      },
    },
  },
  (input: DeclarationInput, plan, say) => {
    if (input.selfReport === undefined || input.selfReport.trim() !== '') return [];
    const limit = plan.reportLimit;
    if (limit === undefined) return [say('emptyNoLimit', { target: 'selfReport' })];
    return [say('empty', { data: { limit }, target: 'selfReport' })];
  },
);

export const reportLength = defineRule(
  {
    id: 'report.length',
    level: 'error',
    family: 'declaration',
    scope: 'platform',
    input: 'declaration',
    guide: '二.3',
    docs: {
      zh: '本人述职限 {reportLimit} 字以内（计划或页面写明的上限；按页面计数器的 UTF-16 长度，空格和换行也计入）；超过为错误，超过 {reportWarnAbove} 字给出警告。上限未知时不检查。',
      en: 'The self-report is at most {reportLimit} characters (the limit the plan or the page states; UTF-16 length, as a page counter shows, spaces and line breaks included); more is an error, over {reportWarnAbove} warns. Silent when no limit is known.',
    },
    messages: {
      over: {
        zh: '本人述职已输入 {count} / {limit} 字，超出 {over} 字；需删减到 {limit} 字以内（空格和换行也计入）',
        en: 'Self-report: {count} / {limit} characters, {over} too many; cut it to at most {limit} (spaces and line breaks count)',
      },
      near: {
        zh: '本人述职已输入 {count} / {limit} 字，接近上限，还可输入 {left} 字（空格和换行也计入）',
        en: 'Self-report: {count} / {limit} characters, close to the limit; {left} left (spaces and line breaks count)',
      },
    },
  },
  (input: DeclarationInput, plan, say) => {
    if (input.selfReport === undefined) return [];
    const limit = plan.reportLimit;
    if (limit === undefined) return [];
    const count = countChars(input.selfReport);
    if (count > limit) return [say('over', { data: { count, limit, over: count - limit }, target: 'selfReport' })];
    if (count > (plan.reportWarnAbove ?? reportWarnAbove(limit))) {
      return [say('near', { level: 'warn', data: { count, limit, left: limit - count }, target: 'selfReport' })];
    }
    return [];
  },
);

export const officeRequired = defineRule(
  {
    id: 'office.required',
    level: 'error',
    family: 'declaration',
    scope: 'guide',
    input: 'declaration',
    required: true,
    guide: '二.3',
    docs: {
      zh: '未选择受理点（区、县（市）经信部门或市直单位职称受理点）。',
      en: 'No receiving office (district/county economy and IT bureau, or a city-level title office) is chosen.',
    },
    messages: {
      empty: {
        zh: '未选择受理点：需选择单位所在区、县（市）经信部门或市直单位职称受理点',
        en: 'No receiving office chosen: choose the economy and IT bureau of your employer’s district/county, or a city-level title office',
      },
    },
  },
  (input: DeclarationInput, _plan, say) =>
    input.office !== undefined && isBlankValue(input.office) ? [say('empty', { target: 'office' })] : [],
);

export const typeRequired = defineRule(
  {
    id: 'type.required',
    level: 'error',
    family: 'declaration',
    scope: 'guide',
    input: 'declaration',
    required: true,
    guide: '二.3(1)',
    docs: {
      zh: '申报类型需恰好选择一项：正常申报、破格申报、转（兼）评、技能人才申报（全角、半角括号同等对待）。',
      en: 'Exactly one application type is chosen: 正常申报, 破格申报, 转（兼）评 or 技能人才申报 (full- and half-width brackets alike).',
    },
    messages: {
      none: {
        zh: '未选择申报类型：需在 {types} 中选择一项（直接申报人员选“正常申报”）',
        en: 'No application type chosen: choose one of {types} (direct applicants choose 正常申报)',
      },
      several: {
        zh: '选择了 {count} 个申报类型（{chosen}），只能选择一项',
        en: '{count} application types are chosen ({chosen}); choose exactly one',
      },
    },
  },
  (input: DeclarationInput, _plan, say) => {
    const chosen = input.applicationTypes?.map((label) => label.trim()).filter((label) => label !== '');
    if (chosen === undefined) return [];
    const types = APPLICATION_TYPES.join(' / ');
    if (chosen.length === 0) return [say('none', { data: { types }, target: 'applicationType' })];
    if (chosen.length > 1) {
      return [say('several', { data: { count: chosen.length, chosen: chosen.join('、') }, target: 'applicationType' })];
    }
    return [];
  },
);

export const typeSkillProof = defineRule(
  {
    id: 'type.skill.proof',
    level: 'error',
    family: 'declaration',
    scope: 'guide',
    input: 'declaration',
    guide: '二.3(3)',
    docs: { zh: '选择“技能人才申报”但未上传佐证材料。', en: '技能人才申报 is chosen but no supporting material is uploaded.' },
    messages: {
      missing: {
        zh: '选择了“技能人才申报”，需上传佐证材料（当前已上传 {files} 个文件）',
        en: '技能人才申报 is chosen: upload the supporting material ({files} files uploaded)',
      },
    },
  },
  (input: DeclarationInput, _plan, say) => {
    if (chosenApplicationType(input.applicationTypes) !== '技能人才申报' || input.typeProofFiles !== 0) return [];
    return [say('missing', { data: { files: 0 }, target: 'typeProof' })];
  },
);

export const typeExceptionalDetail = defineRule(
  {
    id: 'type.exceptional.detail',
    level: 'error',
    family: 'declaration',
    scope: 'guide',
    input: 'declaration',
    guide: '二.3(4)',
    docs: { zh: '选择“破格申报”但未填写破格申报的具体内容。', en: '破格申报 is chosen but the exceptional-case details are empty.' },
    messages: {
      empty: {
        zh: '选择了“破格申报”，需填写符合破格申报条件的具体内容（当前为空）',
        en: '破格申报 is chosen: describe how you meet the exceptional-case conditions (now empty)',
      },
    },
  },
  (input: DeclarationInput, _plan, say) => {
    if (chosenApplicationType(input.applicationTypes) !== '破格申报') return [];
    if (input.exceptionalDetail === undefined || input.exceptionalDetail.trim() !== '') return [];
    return [say('empty', { target: 'exceptionalDetail' })];
  },
);

export const typeExceptionalProof = defineRule(
  {
    id: 'type.exceptional.proof',
    level: 'error',
    family: 'declaration',
    scope: 'guide',
    input: 'declaration',
    guide: '二.3(4)',
    docs: { zh: '选择“破格申报”但未上传佐证材料。', en: '破格申报 is chosen but no supporting material is uploaded.' },
    messages: {
      missing: {
        zh: '选择了“破格申报”，需上传佐证材料（当前已上传 {files} 个文件）',
        en: '破格申报 is chosen: upload the supporting material ({files} files uploaded)',
      },
    },
  },
  (input: DeclarationInput, _plan, say) => {
    if (chosenApplicationType(input.applicationTypes) !== '破格申报' || input.typeProofFiles !== 0) return [];
    return [say('missing', { data: { files: 0 }, target: 'typeProof' })];
  },
);

export const majorRequired = defineRule(
  {
    id: 'major.required',
    level: 'error',
    family: 'declaration',
    scope: 'guide',
    input: 'declaration',
    required: true,
    guide: '三.1',
    docs: { zh: '从事专业为空。', en: 'The declared specialty (从事专业) is empty.' },
    messages: {
      empty: {
        zh: '从事专业为空：需填写申报职称所从事的专业（名称见评审计划的“可评审专业”）',
        en: 'The specialty is empty: enter the specialty you apply in (names are listed under 可评审专业 in the plan)',
      },
    },
  },
  (input: DeclarationInput, _plan, say) =>
    input.major !== undefined && isBlankValue(input.major) ? [say('empty', { target: 'major' })] : [],
);

/** The options to compare against: the page's own, else the plan's list; placeholders dropped. */
function allowedMajors(input: DeclarationInput, plan: Plan): string[] {
  const fromPage = (input.majorOptions ?? []).filter((option) => !isBlankValue(option));
  if (fromPage.length > 0) return fromPage;
  return (plan.majors ?? []).filter((option) => !isBlankValue(option));
}

export const majorAllowed = defineRule(
  {
    id: 'major.allowed',
    level: 'error',
    family: 'declaration',
    scope: 'platform',
    input: 'declaration',
    guide: '三.1',
    docs: {
      zh: '从事专业不在本计划的可评审专业中（取自页面选项或计划页；都没有时只检查是否为空）。',
      en: 'The specialty is not one of the plan’s 可评审专业 (from the page’s options or the plan page; without either only emptiness is checked).',
    },
    messages: {
      notAllowed: {
        zh: '从事专业“{major}”不在本计划的可评审专业中（共 {count} 项，如：{examples}）',
        en: 'The specialty "{major}" is not one of the plan’s {count} specialties (e.g. {examples})',
      },
      close: {
        zh: '从事专业“{major}”不在本计划的可评审专业中；是否应为“{closest}”？',
        en: 'The specialty "{major}" is not one of the plan’s specialties; did you mean "{closest}"?',
      },
    },
  },
  (input: DeclarationInput, plan, say) => {
    if (input.major === undefined || isBlankValue(input.major)) return [];
    const options = allowedMajors(input, plan);
    if (options.length === 0) return [];
    const major = normalizeChoice(input.major);
    if (options.some((option) => normalizeChoice(option) === major)) return [];
    // One option containing what was typed (or contained in it) is a likely intent.
    const near = options.filter((option) => {
      const text = normalizeChoice(option);
      return text.includes(major) || major.includes(text);
    });
    const data = { major: clip(input.major.trim()), count: options.length, examples: options.slice(0, 3).join('、') };
    if (near.length === 1) {
      const closest = near[0] as string;
      return [say('close', { data: { ...data, closest }, target: 'major', suggestion: closest })];
    }
    return [say('notAllowed', { data, target: 'major' })];
  },
);

/** The whole years from the profile's start of professional work to the plan's cutoff. */
function computedWorkYears(input: DeclarationInput, plan: Plan): number | undefined {
  const cutoff = plan.workYearsCutoff;
  if (cutoff === undefined || input.professionalStart === undefined || parseDate(input.professionalStart) === undefined) return undefined;
  const years = wholeYearsBetween(input.professionalStart, cutoff);
  return years === undefined ? undefined : Math.max(0, years);
}

/** 专业工作年限 as a whole number: digits, optionally followed by 年 ("8" or "8年"). */
function enteredWorkYears(text: string): number | undefined {
  const match = /^(\d+)\s*年?$/u.exec(nfkc(text).trim());
  return match ? Number(match[1]) : undefined;
}

export const worktimeInteger = defineRule(
  {
    id: 'worktime.integer',
    level: 'error',
    family: 'declaration',
    scope: 'guide',
    input: 'declaration',
    guide: '三.2',
    docs: { zh: '专业工作年限不是整数年。', en: 'The professional work years (专业工作年限) are not a whole number.' },
    messages: {
      empty: {
        zh: '专业工作年限为空：需填写从事工程技术工作的整年数（计算到 {cutoff}）',
        en: 'The professional work years are empty: enter the whole years of engineering work up to {cutoff}',
      },
      notInteger: {
        zh: '专业工作年限填写为“{value}”，需为整数年（计算到 {cutoff}，不足一年的部分不计）',
        en: 'The professional work years are "{value}"; a whole number of years up to {cutoff} is needed (part years do not count)',
      },
    },
  },
  (input: DeclarationInput, plan, say) => {
    // Plans of the guide's series always carry a cutoff.
    if (input.workYears === undefined || plan.workYearsCutoff === undefined) return [];
    const computed = computedWorkYears(input, plan);
    const suggestion = computed === undefined ? undefined : String(computed);
    const options = { target: 'workYears' as const, ...(suggestion === undefined ? {} : { suggestion }) };
    if (input.workYears.trim() === '') return [say('empty', { ...options, data: { cutoff: plan.workYearsCutoff } })];
    if (enteredWorkYears(input.workYears) !== undefined) return [];
    return [say('notInteger', { ...options, data: { value: clip(input.workYears.trim()), cutoff: plan.workYearsCutoff } })];
  },
);

export const worktimeCutoff = defineRule(
  {
    id: 'worktime.cutoff',
    level: 'error',
    family: 'declaration',
    scope: 'platform',
    input: 'declaration',
    guide: '三.2',
    docs: {
      zh: '专业工作年限与档案中从事专业技术工作时间到计划截止日（{workYearsCutoff}）的整年数不一致；提示给出计算值。截止日未知时不检查。',
      en: 'The professional work years differ from the whole years between the profile’s start of professional work and the plan’s cutoff ({workYearsCutoff}); the hint gives the computed number. Silent when the cutoff is unknown.',
    },
    messages: {
      differs: {
        zh: '专业工作年限填写为 {entered} 年，但按档案中的从事专业技术工作时间 {start} 计算到 {cutoff} 为 {computed} 整年；需填写 {computed}',
        en: 'The professional work years are {entered}, but from the profile’s start of professional work {start} to {cutoff} they are {computed} whole years; enter {computed}',
      },
    },
  },
  (input: DeclarationInput, plan, say) => {
    if (input.workYears === undefined || input.professionalStart === undefined) return [];
    const entered = enteredWorkYears(input.workYears);
    const computed = computedWorkYears(input, plan);
    if (entered === undefined || computed === undefined || entered === computed) return [];
    const data = { entered, computed, start: input.professionalStart.trim(), cutoff: plan.workYearsCutoff as string };
    return [say('differs', { data, target: 'workYears', suggestion: String(computed) })];
  },
);

/** The guide's example (三.3) moved to the plan's years: 称职（或合格）, 优秀, 称职（或合格）. */
export function assessmentExample(plan: Plan): string {
  return formatAssessment((plan.assessmentYears ?? []).map((year, i) => ({ year, result: i === 1 ? '优秀' : '称职（或合格）' })));
}

/**
 * The canonical text when the typed one allows it without the profile: every
 * part understood, every plan year present with one result. Extra years are
 * dropped and the order becomes the plan's.
 */
export function canonicalAssessment(parsed: AssessmentParse, plan: Plan): string | undefined {
  if (!parsed.complete || plan.assessmentYears === undefined) return undefined;
  const entries = [];
  for (const year of plan.assessmentYears) {
    const results = new Set(parsed.entries.filter((entry) => entry.year === year).map((entry) => entry.result));
    if (results.size !== 1) return undefined;
    entries.push({ year, result: [...results][0] as string });
  }
  return formatAssessment(entries);
}

function withSuggestion(suggestion: string | undefined): { suggestion?: string } {
  return suggestion === undefined ? {} : { suggestion };
}

export const assessmentFormat = defineRule(
  {
    id: 'assessment.format',
    level: 'error',
    family: 'declaration',
    scope: 'guide',
    input: 'declaration',
    guide: '三.3',
    docs: {
      zh: '考核情况需逐年写作“YYYY年考核结果”（如“YYYY年称职（或合格）”“YYYY年优秀”），以 ，、； 空格或换行分隔；提示给出规范写法。',
      en: 'The assessment must read "YYYY年<result>" per year (e.g. "YYYY年称职（或合格）" "YYYY年优秀"), separated by ，、； space or line break; the hint offers the canonical text.',
    },
    messages: {
      empty: {
        zh: '考核情况为空：需逐年填写近三年考核结果，如“{example}”',
        en: 'The assessment is empty: give each of the last three years’ results, e.g. "{example}"',
      },
      invalid: {
        zh: '考核情况格式不符：{problems}；需逐年写作“YYYY年考核结果”，如“{example}”',
        en: 'The assessment is not one "YYYY年<result>" per year: {problemsEn}; e.g. "{example}"',
      },
    },
  },
  (input: DeclarationInput, plan, say) => {
    if (input.assessment === undefined || plan.assessmentYears === undefined) return [];
    const example = assessmentExample(plan);
    if (input.assessment.trim() === '') return [say('empty', { data: { example }, target: 'assessment' })];
    const parsed = parseAssessment(input.assessment);
    if (parsed.problems.length === 0) return [];
    const data = { problems: parsed.problems.join('；'), problemsEn: parsed.problemsEn.join('; '), example };
    return [say('invalid', { data, target: 'assessment', ...withSuggestion(canonicalAssessment(parsed, plan)) })];
  },
);

export const assessmentYears = defineRule(
  {
    id: 'assessment.years',
    level: 'error',
    family: 'declaration',
    scope: 'platform',
    input: 'declaration',
    guide: '三.3',
    docs: {
      zh: '考核情况的年份需恰好是本计划的近三年（{assessmentYears}，计划或页面写明），每年一次。年份未知时不检查。',
      en: 'The assessment years are exactly the plan’s three years ({assessmentYears}, as the plan or the page states), each once. Silent when the years are unknown.',
    },
    messages: {
      wrongYears: {
        zh: '考核情况中的年份为 {found}，需为 {expected} 各一次（{detail}）',
        en: 'The assessment gives the years {found}; {expected} are needed, each once ({detailEn})',
      },
    },
  },
  (input: DeclarationInput, plan, say) => {
    if (input.assessment === undefined) return [];
    const parsed = parseAssessment(input.assessment);
    const years = parsed.years;
    if (years.length === 0) return []; // nothing year-like: assessment.format says so
    const expected = plan.assessmentYears;
    if (expected === undefined) return [];
    const missing = expected.filter((year) => !years.includes(year));
    const extra = [...new Set(years.filter((year) => !expected.includes(year)))];
    const repeated = [...new Set(years.filter((year, i) => years.indexOf(year) !== i))];
    if (missing.length === 0 && extra.length === 0 && repeated.length === 0) return [];
    const detail: string[] = [];
    const detailEn: string[] = [];
    if (missing.length > 0) {
      detail.push(`缺少 ${missing.join('、')}`);
      detailEn.push(`missing ${missing.join(', ')}`);
    }
    if (extra.length > 0) {
      detail.push(`多出 ${extra.join('、')}`);
      detailEn.push(`not needed ${extra.join(', ')}`);
    }
    if (repeated.length > 0) {
      detail.push(`重复 ${repeated.join('、')}`);
      detailEn.push(`repeated ${repeated.join(', ')}`);
    }
    const data = {
      found: years.join('、'),
      expected: expected.join('、'),
      detail: detail.join('，'),
      detailEn: detailEn.join('; '),
    };
    return [say('wrongYears', { data, target: 'assessment', ...withSuggestion(canonicalAssessment(parsed, plan)) })];
  },
);

export const DECLARATION_RULES = [
  reportRequired,
  reportLength,
  officeRequired,
  typeRequired,
  typeSkillProof,
  typeExceptionalDetail,
  typeExceptionalProof,
  majorRequired,
  majorAllowed,
  worktimeInteger,
  worktimeCutoff,
  assessmentFormat,
  assessmentYears,
] as const;
