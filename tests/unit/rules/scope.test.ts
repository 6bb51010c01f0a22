/**
 * A plan of another series or city runs only the platform rules; the guide's
 * plans (data, derived, assumed) run all of them. Same failing inputs, both plans.
 */
import { describe, expect, it } from 'vitest';
import {
  ALL_RULES,
  checkAchievements,
  checkAttachmentFile,
  checkAttachments,
  checkDeclaration,
  getPlan,
  parsePlanName,
  planFromName,
  remindersFor,
  ruleById,
} from '../../../lib/rules';
import type { Finding, Plan } from '../../../lib/rules';
import { describePlan } from '../../../lib/rules/plan-note';
import { STEPS } from '../../../lib/steps';

const other = planFromName(parsePlanName('2026年度宁波市经济专业中级经济师资格评审申报计划')!);
const derived = planFromName(parsePlanName('2031年度杭州市制造业专业工程师资格评审申报计划')!);

function everything(plan: Plan): Finding[] {
  return [
    ...checkDeclaration(
      {
        selfReport: '',
        office: '',
        applicationTypes: ['破格申报'],
        typeProofFiles: 0,
        exceptionalDetail: '',
        major: '',
        workYears: '8.5',
        assessment: '2019年好',
        professionalStart: '2010-01-01',
      },
      plan,
    ),
    ...checkDeclaration({ selfReport: 'x'.repeat(3000), workYears: '3', assessment: '2019年优秀', professionalStart: '2010-01-01' }, plan),
    ...checkAchievements({ selected: [] }, plan),
    ...checkAttachments({ applicationType: '正常申报', slots: { appointment: [], contract: [], works: [] }, representativeCount: 0 }, plan),
    ...checkAttachmentFile({ name: 'a.pdf', bytes: 0, type: 'unknown' }, 'works', plan),
    ...STEPS.flatMap((step) => remindersFor(step, plan, '2026-06-01')),
  ];
}

describe('rule scope', () => {
  it('every rule says whether it is platform-wide or the guide’s own', () => {
    for (const { meta } of ALL_RULES) expect(['platform', 'guide']).toContain(meta.scope);
  });

  it('a plan of another series reports no guide rule', () => {
    const ids = new Set(everything(other).map((f) => f.ruleId));
    for (const id of ids) expect(ruleById(id)?.meta.scope, id).toBe('platform');
    expect(ids).toContain('attachment.file');
    expect(ids).toContain('paper.deadline');
  });

  it('the same inputs on the guide’s plans report guide rules too', () => {
    for (const plan of [getPlan(), derived]) {
      const ids = new Set(everything(plan).map((f) => f.ruleId));
      for (const id of [
        'report.required',
        'office.required',
        'worktime.integer',
        'assessment.format',
        'achievement.required',
        'attachment.appointment',
      ]) {
        expect(ids, `${plan.id} ${id}`).toContain(id);
      }
    }
  });

  it('platform rules that need an unknown parameter stay silent; the deadline says it is unknown', () => {
    const findings = everything(other);
    for (const id of ['report.length', 'assessment.years', 'worktime.cutoff']) expect(findings.map((f) => f.ruleId)).not.toContain(id);
    expect(findings.find((f) => f.ruleId === 'paper.deadline')?.messageId).toBe('unknownDate');
  });

  it('a derived year names its own years and dates', () => {
    const findings = everything(derived);
    expect(findings.find((f) => f.ruleId === 'assessment.years')?.data).toMatchObject({ expected: '2028、2029、2030' });
    expect(findings.find((f) => f.ruleId === 'worktime.cutoff')?.data).toMatchObject({ cutoff: '2031-12-31', computed: 21 });
    expect(remindersFor('preview', derived, '2031-09-20')[0]).toMatchObject({
      messageId: 'daysLeft',
      data: { deadline: '2031-09-30', days: 10 },
    });
  });

  it('the panel says what the plan is and, for another series, which checks are off', () => {
    expect(describePlan(getPlan()).line).toBe('申报计划：2024年度杭州市制造业专业工程师资格评审申报计划');
    expect(describePlan(derived).line).toBe('申报计划：2031年度杭州市制造业专业工程师资格评审申报计划（按 2024 年指南推算）');
    const note = describePlan(other).note ?? '';
    expect(note).toMatch(/不是申报指南（杭州市制造业专业工程师）所适用的计划/u);
    expect(note).toMatch(/填写申报信息、选择相关业绩、上传相关附件/u);
    expect(describePlan({ ...getPlan(), basis: 'assumed' }).note).toMatch(/未在页面上识别到申报计划名称/u);
  });
});
