import { describe, expect, it } from 'vitest';
import { parseStatedParams, reportLimit } from '../../../lib/rules/plans';
import type { PlanParams } from '../../../lib/rules/plans';

describe('plan parameters a page states', () => {
  it.each<[string, PlanParams]>([
    // The guide's own wording (the plan page repeats it).
    ['2.专业工作年限：指从事工程技术工作整年年限，专业工作年限计算到2024年12月31日。', { workYearsCutoff: '2024-12-31' }],
    ['专业工作年限 计算到 2026 年 12 月 31 日', { workYearsCutoff: '2026-12-31' }],
    ['工作年限截止时间为2026-12-31', { workYearsCutoff: '2026-12-31' }],
    ['专业技术工作年限统计至2031年12月31日止', { workYearsCutoff: '2031-12-31' }],
    ['专业工作年限计算到2026年2月30日', {}],
    ['（7）近三年（2021-2023）年度考核材料（业绩维护后系统自动提取）。', { assessmentYears: [2021, 2022, 2023] }],
    ['考核情况指近三年（2023—2025）单位考核情况', { assessmentYears: [2023, 2024, 2025] }],
    ['近3年(2028~2030年)年度考核', { assessmentYears: [2028, 2029, 2030] }],
    ['提供2023至2025年度考核表', { assessmentYears: [2023, 2024, 2025] }],
    ['近三年（2023年、2024年、2025年）考核结果', { assessmentYears: [2023, 2024, 2025] }],
    ['近三年（2023-2030）年度考核', {}],
    ['（2）近4年专业技术职务资格聘书（适用于正常申报要求人员）。', { appointmentYears: 4 }],
    ['近五年聘任证书', { appointmentYears: 5 }],
    ['“本人述职”内容为专业工作业绩情况（限1000字以内）', { reportLimit: 1000, reportWarnAbove: 950 }],
    ['本人述职：不超过1500字', { reportLimit: 1500, reportWarnAbove: 1425 }],
    ['述职报告 2000 字以内', { reportLimit: 2000, reportWarnAbove: 1900 }],
    ['申报时间：2026年7月1日至8月31日', {}],
  ])('%j', (text, want) => {
    expect(parseStatedParams(text)).toEqual(want);
  });

  it.each<[string, number | undefined, string | undefined]>([
    ['受理部门汇总后于9月30日前统一报中评委办公室', 2026, '2026-09-30'],
    ['受理部门汇总后于9月30日前统一报中评委办公室', undefined, undefined],
    ['纸质材料请于2031年10月15日前送达受理部门', undefined, '2031-10-15'],
    ['纸质材料报送截止：10月8日前', 2027, '2027-10-08'],
    ['网上申报截止时间为7月31日', 2026, undefined],
  ])('paper deadline in %j (plan year %s) → %s', (text, year, want) => {
    expect(parseStatedParams(text, year).paperDeadline).toBe(want);
  });

  it('reads a whole plan page at once', () => {
    const page = `四、专业工作年限指从事工程技术工作整年年限，计算到2026年12月31日。考核情况指近三年（2023-2025）单位考核情况。
      三、本人述职内容为专业工作业绩情况，限1000字以内。
      六、……受理部门汇总后于9月30日前统一报中评委办公室。（2）近4年专业技术职务资格聘书`;
    expect(parseStatedParams(page, 2026)).toEqual({
      workYearsCutoff: '2026-12-31',
      assessmentYears: [2023, 2024, 2025],
      paperDeadline: '2026-09-30',
      reportLimit: 1000,
      reportWarnAbove: 950,
      appointmentYears: 4,
    });
  });

  it.each<[string, number | undefined]>([
    ['本人述职（专业工作业绩情况，限1000字以内）', 1000],
    ['本人述职(限800字)', 800],
    ['请输入本人述职，最多1200字', 1200],
    ['本人述职', undefined],
    ['本人述职（1000）', undefined],
    ['述职限3字', undefined],
  ])('the limit in the label %j → %s', (label, want) => {
    expect(reportLimit(label)).toBe(want);
  });
});
