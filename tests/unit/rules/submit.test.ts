import { describe, expect, it } from 'vitest';
import { checkSubmit, getPlan, remindersFor } from '../../../lib/rules';
import { STEPS, type Step } from '../../../lib/steps';
import { expectFilled, summary } from './support';

const plan = getPlan('hz-manufacturing-engineer-2024');

describe('submit.unresolved', () => {
  it('nothing open: nothing to say', () => {
    expect(checkSubmit({ open: [] }, plan)).toEqual([]);
  });

  it('lists every open error with its step', () => {
    const findings = checkSubmit(
      {
        open: [
          { step: 'photo', stepName: '上传证件照', ruleId: 'photo.ratio', message: '照片宽高比为 1.33' },
          { step: 'declaration', stepName: '填写申报信息', ruleId: 'report.length', message: '本人述职已输入 1001 / 1000 字' },
        ],
      },
      plan,
    );
    expectFilled(findings);
    expect(summary(findings)).toEqual(['submit.unresolved:warn', 'submit.unresolved:warn']);
    expect(findings[0]!.message).toBe('“上传证件照”仍有错误未解决：照片宽高比为 1.33');
    expect(findings[1]!.data).toMatchObject({ step: 'declaration', ruleId: 'report.length' });
    for (const finding of findings) expect(finding.target).toBe('submit');
  });
});

describe('remindersFor', () => {
  it.each([
    ['basicInfo', []],
    ['plan', []],
    ['photo', []],
    ['declaration', []],
    ['commitment', ['commitment.sign:info']],
    ['archive', ['archive.approved:info']],
    ['achievements', ['archive.approved:info']],
    ['attachments', ['attachment.education:info']],
    ['preview', ['paper.deadline:info']],
    ['records', ['payment.reminder:info', 'paper.deadline:info']],
    ['reviewForm', ['paper.deadline:info']],
  ] as const)('%s', (step, expected) => {
    const findings = remindersFor(step, plan, '2024-06-01');
    expectFilled(findings);
    expect(summary(findings)).toEqual(expected);
  });

  it('covers every step', () => {
    for (const step of STEPS) expect(() => remindersFor(step as Step, plan, '2024-06-01')).not.toThrow();
  });

  it('targets the field or page each reminder belongs to', () => {
    expect(remindersFor('attachments', plan, '2024-06-01')[0]!.target).toBe('attEducation');
    expect(remindersFor('commitment', plan, '2024-06-01')[0]!.target).toBe('page');
    expect(remindersFor('achievements', plan, '2024-06-01')[0]!.target).toBe('achievements');
  });

  it('commitment.sign names the 保证书 and the QR code', () => {
    expect(remindersFor('commitment', plan, '2024-06-01')[0]!.message).toMatch(/扫描页面上的二维码.*《专业技术资格申报材料真实性保证书》.*字迹要端正清晰/u);
  });

  it('payment.reminder says where to pay', () => {
    expect(remindersFor('records', plan, '2024-06-01')[0]!.message).toMatch(/12333.*“我的申报记录”→“马上支付”/u);
  });
});

describe('paper.deadline: days left from today', () => {
  it.each([
    ['2024-09-01', /2024-09-30 前统一报送，还剩 29 天/u, 29],
    ['2024-09-29', /还剩 1 天/u, 1],
    ['2024-09-30', /^今天（2024-09-30）是纸质材料的报送截止日/u, 0],
    ['2024-10-02', /^纸质材料的报送截止日 2024-09-30 已过 2 天/u, 2],
    ['not a date', /受理部门须于 2024-09-30 前统一报送$/u, undefined],
  ])('today %s', (today, message, days) => {
    const [finding] = remindersFor('reviewForm', plan, today);
    expect(finding!.level).toBe('info');
    expect(finding!.message).toMatch(message);
    expect(finding!.data?.days).toBe(days);
  });

  it('uses the 2025 plan’s deadline', () => {
    expect(remindersFor('preview', getPlan('hz-manufacturing-engineer-2025'), '2025-09-20')[0]!.message).toMatch(/2025-09-30 前统一报送，还剩 10 天/u);
  });

  it('mentions the watermark, the seal and the 破格 form', () => {
    expect(remindersFor('preview', plan, '2024-06-01')[0]!.message).toMatch(/水印的评审表.*《破格推荐中级专业技术职务任职资格审批表》.*加盖公章/u);
  });
});
