import { describe, expect, it } from 'vitest';
import { getPlan, parsePlanName, planFromName, remindersFor } from '../../../lib/rules';
import { archiveApproved } from '../../../lib/rules/achievement';
import { attachmentEducation } from '../../../lib/rules/attachment';
import { commitmentSign } from '../../../lib/rules/commitment';
import { paperDeadline, paymentReminder, submitUnresolved } from '../../../lib/rules/submit';
import { STEPS } from '../../../lib/steps';
import { ruleTester } from './rule-tester';
import { expectFilled, summary } from './support';

const plan = getPlan('hz-manufacturing-engineer-2024');
const otherSeries = planFromName(parsePlanName('2026年度宁波市经济专业中级经济师资格评审申报计划')!);

const PHOTO_OPEN = { step: 'photo', stepName: '上传证件照', ruleId: 'photo.ratio', message: '照片宽高比为 1.33' };
const REPORT_OPEN = { step: 'declaration', stepName: '填写申报信息', ruleId: 'report.length', message: '本人述职已输入 1001 / 1000 字' };

ruleTester(submitUnresolved, {
  valid: [{ input: { open: [] }, name: 'nothing open' }],
  invalid: [
    {
      name: 'every open error with its step',
      input: { open: [PHOTO_OPEN, REPORT_OPEN] },
      findings: [
        { messageId: 'open', data: PHOTO_OPEN, target: 'submit' },
        { messageId: 'open', data: REPORT_OPEN, target: 'submit' },
      ],
    },
  ],
});

describe('remindersFor (each reminder rule’s meta names its steps)', () => {
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
    ['form', []],
  ] as const)('%s', (step, expected) => {
    const findings = remindersFor(step, plan, '2024-06-01');
    expectFilled(findings);
    expect(summary(findings)).toEqual(expected);
  });

  it('covers every step', () => {
    for (const step of STEPS) expect(() => remindersFor(step, plan, '2024-06-01')).not.toThrow();
  });

  it('a plan of another series keeps the platform’s reminders only', () => {
    expect(summary(remindersFor('attachments', otherSeries, '2026-06-01'))).toEqual([]);
    expect(summary(remindersFor('records', otherSeries, '2026-06-01'))).toEqual(['payment.reminder:info', 'paper.deadline:info']);
  });
});

const today = { today: '2024-06-01' };

ruleTester(commitmentSign, {
  valid: [],
  invalid: [
    { input: today, findings: [{ messageId: 'remind', target: 'page' }] },
    { input: today, plan: otherSeries, name: 'a plan of another series', findings: [{ messageId: 'remind', target: 'page' }] },
  ],
});

ruleTester(archiveApproved, {
  valid: [],
  invalid: [{ input: today, findings: [{ messageId: 'remind', target: 'achievements' }] }],
});

ruleTester(attachmentEducation, {
  valid: [{ input: today, plan: otherSeries, name: 'a plan of another series' }],
  invalid: [{ input: today, findings: [{ messageId: 'remind', target: 'attEducation' }] }],
});

ruleTester(paymentReminder, {
  valid: [],
  invalid: [{ input: today, findings: [{ messageId: 'remind', target: 'page' }] }],
});

// paper.deadline: days left from today to the plan's deadline (2024-09-30)
const deadline = '2024-09-30';
ruleTester(paperDeadline, {
  valid: [],
  invalid: [
    { input: { today: '2024-06-01' }, findings: [{ messageId: 'daysLeft', data: { deadline, days: 121 }, target: 'page' }] },
    { input: { today: '2024-09-01' }, findings: [{ messageId: 'daysLeft', data: { deadline, days: 29 }, target: 'page' }] },
    { input: { today: '2024-09-29' }, findings: [{ messageId: 'daysLeft', data: { deadline, days: 1 }, target: 'page' }] },
    { input: { today: '2024-09-30' }, findings: [{ messageId: 'dueToday', data: { deadline, days: 0 }, target: 'page' }] },
    { input: { today: '2024-10-02' }, findings: [{ messageId: 'passed', data: { deadline, days: 2 }, target: 'page' }] },
    { input: { today: 'not a date' }, findings: [{ messageId: 'noDate', data: { deadline }, target: 'page' }] },
    {
      name: 'the 2025 plan’s deadline',
      input: { today: '2025-09-20' },
      plan: getPlan('hz-manufacturing-engineer-2025'),
      findings: [{ messageId: 'daysLeft', data: { deadline: '2025-09-30', days: 10 }, target: 'page' }],
    },
    {
      name: 'a plan of another series',
      input: { today: '2026-06-01' },
      plan: otherSeries,
      findings: [{ messageId: 'unknownDate', target: 'page' }],
    },
  ],
});
