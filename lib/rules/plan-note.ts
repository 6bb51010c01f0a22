/**
 * The plan in words for the panel and the popup: which plan, where its
 * parameters come from, and for a plan the guide is not about, which checks
 * are off and why. Pure.
 */
import { ALL_RULES } from './index';
import { PLAN_SERIES } from './plans/series';
import type { Plan, PlanParam } from './plans/types';
import type { Family } from './types';

export interface PlanNote {
  /** One line: 申报计划：… */
  line: string;
  /** What the applicant should know about it, when anything. */
  note?: string;
}

const FAMILY_NAMES: Partial<Record<Family, string>> = {
  declaration: '填写申报信息',
  achievement: '选择相关业绩',
  attachment: '上传相关附件',
  submit: '提交与报送',
};

const GUIDE_SERIES = PLAN_SERIES.map((s) => `${s.city}${s.field}专业${s.title}`).join('、');

/** The steps whose guide-only checks are off for a plan of another series. */
function guideOnlyFamilies(): string[] {
  const families = new Set(ALL_RULES.filter((r) => r.meta.scope === 'guide').map((r) => r.meta.family));
  return [...families].map((f) => FAMILY_NAMES[f]).filter((name): name is string => name !== undefined);
}

function statedText(plan: Plan): string | undefined {
  const parts: string[] = [];
  const said = new Set<PlanParam>(plan.stated ?? []);
  if (said.has('reportLimit') && plan.reportLimit !== undefined) parts.push(`本人述职限 ${plan.reportLimit} 字`);
  if (said.has('workYearsCutoff') && plan.workYearsCutoff) parts.push(`专业工作年限算至 ${plan.workYearsCutoff}`);
  if (said.has('assessmentYears') && plan.assessmentYears) parts.push(`考核年份 ${plan.assessmentYears.join('、')}`);
  if (said.has('appointmentYears') && plan.appointmentYears) parts.push(`近 ${plan.appointmentYears} 年聘书`);
  if (said.has('paperDeadline') && plan.paperDeadline) parts.push(`纸质材料 ${plan.paperDeadline} 前报送`);
  if (said.has('majors') && plan.majors?.length) parts.push(`可评审专业 ${plan.majors.length} 项`);
  return parts.length > 0 ? `按页面写明的要求检查：${parts.join('；')}。` : undefined;
}

export function describePlan(plan: Plan): PlanNote {
  const stated = statedText(plan);
  switch (plan.basis) {
    case 'derived':
      return { line: `申报计划：${plan.name}（按 ${plan.derivedFrom?.year ?? ''} 年指南推算）`, ...(stated ? { note: stated } : {}) };
    case 'other': {
      const off = `本计划不是申报指南（${GUIDE_SERIES}）所适用的计划，指南中的专门检查（${guideOnlyFamilies().join('、')}）未启用；照片、身份证号、手机、邮箱、日期和附件文件的通用检查照常进行。`;
      return { line: `申报计划：${plan.name}`, note: stated ? `${off}${stated}` : off };
    }
    case 'assumed': {
      const how = `未在页面上识别到申报计划名称，暂按“${plan.name}”检查；如不是这个计划，请先打开平台上的申报计划页面，或在扩展弹窗中选择。`;
      return { line: `申报计划：未识别（暂按 ${plan.year} 年度指南）`, note: stated ? `${how}${stated}` : how };
    }
    default:
      return { line: `申报计划：${plan.name}`, ...(stated ? { note: stated } : {}) };
  }
}
