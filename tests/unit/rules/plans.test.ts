import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_ID, PLANS, findPlanByName, getPlan, listPlans } from '../../../lib/rules/plans';
import { parseDate } from '../../../lib/rules/helpers/dates';

describe('plans', () => {
  it('the default plan is the guide’s 2024 plan', () => {
    const plan = getPlan();
    expect(plan.id).toBe(DEFAULT_PLAN_ID);
    expect(plan.id).toBe('hz-manufacturing-engineer-2024');
    expect(plan.name).toBe('2024年度杭州市制造业专业工程师资格评审申报计划');
    expect(plan.workYearsCutoff).toBe('2024-12-31');
    expect(plan.assessmentYears).toEqual([2021, 2022, 2023]);
    expect(plan.appointmentYears).toBe(4);
    expect(plan.paperDeadline).toBe('2024-09-30');
    expect(plan.reportLimit).toBe(1000);
    expect(plan.reportWarnAbove).toBe(950);
    expect(plan.achievementsHint).toBe(5);
    expect(plan.photo).toMatchObject({
      bytesPassMin: 30720,
      bytesPassMax: 1000000,
      bytesErrorAtOrBelow: 30000,
      bytesErrorAtOrAbove: 1048576,
      minWidth: 215,
      minHeight: 300,
      ratioMin: 0.65,
      ratioMax: 0.8,
      fix: { targetRatio: 5 / 7, maxWidth: 413, maxHeight: 579, bytesMin: 40000, bytesMax: 900000 },
    });
  });

  it('the 2025 plan differs only in data', () => {
    const plan = getPlan('hz-manufacturing-engineer-2025');
    expect(plan.year).toBe(2025);
    expect(plan.assessmentYears).toEqual([2022, 2023, 2024]);
    expect(plan.workYearsCutoff).toBe('2025-12-31');
    expect(plan.paperDeadline).toBe('2025-09-30');
  });

  it.each([[undefined], ['no-such-plan'], ['']])('getPlan(%j) falls back to the default', (id) => {
    expect(getPlan(id).id).toBe(DEFAULT_PLAN_ID);
  });

  it('lists every plan, newest first', () => {
    expect(listPlans().map((plan) => plan.id)).toEqual(['hz-manufacturing-engineer-2025', 'hz-manufacturing-engineer-2024']);
    expect(Object.keys(PLANS).sort()).toEqual(listPlans().map((plan) => plan.id).sort());
  });

  it.each(Object.values(PLANS).map((plan) => [plan.id, plan] as const))('%s is internally consistent', (id, plan) => {
    expect(plan.id).toBe(id);
    expect(plan.name).toContain(String(plan.year));
    expect(parseDate(plan.workYearsCutoff)?.day).toBeDefined();
    expect(parseDate(plan.paperDeadline)?.day).toBeDefined();
    expect(plan.assessmentYears).toHaveLength(3);
    expect(plan.assessmentYears.every((year, i) => i === 0 || year === (plan.assessmentYears[i - 1] as number) + 1)).toBe(true);
    expect(plan.assessmentYears.at(-1)).toBe(plan.year - 1);
    expect(plan.reportWarnAbove).toBeLessThan(plan.reportLimit);
    const p = plan.photo;
    expect(p.bytesErrorAtOrBelow).toBeLessThan(p.bytesPassMin);
    expect(p.bytesPassMin).toBeLessThan(p.bytesPassMax);
    expect(p.bytesPassMax).toBeLessThan(p.bytesErrorAtOrAbove);
    expect(p.ratioMin).toBeLessThan(p.ratioMax);
    expect(p.fix.targetRatio).toBeGreaterThanOrEqual(p.ratioMin);
    expect(p.fix.targetRatio).toBeLessThanOrEqual(p.ratioMax);
    expect(p.fix.bytesMin).toBeGreaterThan(p.bytesPassMin);
    expect(p.fix.bytesMax).toBeLessThan(p.bytesPassMax);
    expect(p.fix.maxWidth).toBeGreaterThan(p.minWidth);
    expect(p.fix.maxHeight).toBeGreaterThan(p.minHeight);
  });

  it.each([
    ['选择“2024年度杭州市制造业专业工程师资格评审申报计划”', 'hz-manufacturing-engineer-2024'],
    ['2025 年度 杭州市制造业专业工程师资格评审申报计划 马上申报', 'hz-manufacturing-engineer-2025'],
    ['2023年度杭州市制造业专业工程师资格评审申报计划', undefined],
    ['', undefined],
  ])('findPlanByName(%j)', (text, id) => {
    expect(findPlanByName(text)?.id).toBe(id);
  });
});
