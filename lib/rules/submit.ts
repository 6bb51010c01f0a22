/** 确认申报信息, 费用缴纳, 报送评审表 (二.6–二.8). */
import { defineRule } from './define';
import { daysBetween } from './helpers/dates';
import type { ReminderInput, SubmitInput } from './types';

export const submitUnresolved = defineRule(
  {
    id: 'submit.unresolved',
    level: 'warn',
    family: 'submit',
    scope: 'platform',
    input: 'submit',
    guide: '二.6',
    docs: {
      zh: '在“预览确认提交”页，列出前面各步仍未解决的错误（本次会话中记录），提交前逐一处理。',
      en: 'On the preview page, every error still open on an earlier step (kept for the session) is listed before 提交.',
    },
    messages: {
      open: {
        zh: '“{stepName}”仍有错误未解决：{message}',
        en: 'Still open on "{stepName}": {message}',
      },
    },
  },
  (input: SubmitInput, _plan, say) =>
    input.open.map((item) =>
      say('open', {
        data: { step: item.step, stepName: item.stepName, ruleId: item.ruleId, message: item.message },
        target: 'submit',
      }),
    ),
);

export const paymentReminder = defineRule(
  {
    id: 'payment.reminder',
    level: 'info',
    family: 'submit',
    scope: 'platform',
    input: 'reminder',
    steps: ['records'],
    guide: '二.7',
    docs: {
      zh: '提醒：资格审查通过后，按 12333 短信提示在“我的申报记录”点击“马上支付”，在规定时间内缴费。',
      en: 'Reminder: after the qualification check, pay in 我的申报记录 → 马上支付 within the time the 12333 SMS gives.',
    },
    messages: {
      remind: {
        zh: '资格审查通过后，请按 12333 短信提示登录个人账号，点击“我的申报记录”→“马上支付”，在规定时间内缴纳评审费',
        en: 'After the qualification check, follow the 12333 SMS: log in, open 我的申报记录 and click 马上支付 to pay the review fee in time',
      },
    },
  },
  (_input: ReminderInput, _plan, say) => [say('remind', { target: 'page' })],
);

export const paperDeadline = defineRule(
  {
    id: 'paper.deadline',
    level: 'info',
    family: 'submit',
    scope: 'platform',
    input: 'reminder',
    steps: ['preview', 'records', 'reviewForm'],
    guide: '二.8',
    docs: {
      zh: '提醒：导出带水印的评审表（破格申报另附审批表），单位盖章后交受理部门，赶在计划截止日（{paperDeadline}）前；显示剩余天数，截止日未知时不给日期。',
      en: 'Reminder: export the watermarked review form (plus the exceptional form), have it sealed, hand it to the receiving office before the plan’s deadline ({paperDeadline}); shows the days left, and no date when the deadline is unknown.',
    },
    messages: {
      daysLeft: {
        zh: '请导出带有“浙江省专业技术任职资格申报与评审管理平台”水印的评审表（破格申报人员另附《破格推荐中级专业技术职务任职资格审批表》），经所在单位加盖公章后报送纸质材料受理部门；受理部门须于 {deadline} 前统一报送，还剩 {days} 天，请尽早送达',
        en: 'Export the review form with the platform watermark (plus the exceptional-recommendation form if applicable), have your employer seal it and hand it to the receiving office; the office forwards everything by {deadline}, {days} days left, so hand it in early',
      },
      dueToday: {
        zh: '今天（{deadline}）是纸质材料的报送截止日：带水印的评审表（破格申报人员另附《破格推荐中级专业技术职务任职资格审批表》）须经单位盖章后立即交到受理部门',
        en: 'Today ({deadline}) is the deadline for the paper forms: the watermarked review form (plus the exceptional form if applicable), sealed by your employer, must reach the receiving office now',
      },
      passed: {
        zh: '纸质材料的报送截止日 {deadline} 已过 {days} 天；如评审表尚未报送，请立即联系受理部门',
        en: 'The deadline for the paper forms ({deadline}) passed {days} days ago; if the review form has not been handed in, contact the receiving office now',
      },
      unknownDate: {
        zh: '请导出带有“浙江省专业技术任职资格申报与评审管理平台”水印的评审表，经所在单位加盖公章后报送纸质材料受理部门；截止日期以本申报计划的通知为准（助手未能确定）',
        en: 'Export the review form with the platform watermark, have your employer seal it and hand it to the receiving office; the deadline is the one your plan announces (the assistant could not tell it)',
      },
      noDate: {
        zh: '请导出带有“浙江省专业技术任职资格申报与评审管理平台”水印的评审表（破格申报人员另附《破格推荐中级专业技术职务任职资格审批表》），经所在单位加盖公章后报送纸质材料受理部门；受理部门须于 {deadline} 前统一报送',
        en: 'Export the review form with the platform watermark (plus the exceptional-recommendation form if applicable), have your employer seal it and hand it to the receiving office; the office forwards everything by {deadline}',
      },
    },
  },
  (input: ReminderInput, plan, say) => {
    const deadline = plan.paperDeadline;
    if (deadline === undefined) return [say('unknownDate', { target: 'page' })];
    const days = daysBetween(input.today, deadline);
    if (days === undefined) return [say('noDate', { data: { deadline }, target: 'page' })];
    if (days > 0) return [say('daysLeft', { data: { deadline, days }, target: 'page' })];
    if (days === 0) return [say('dueToday', { data: { deadline, days }, target: 'page' })];
    return [say('passed', { data: { deadline, days: -days }, target: 'page' })];
  },
);

export const SUBMIT_RULES = [submitUnresolved, paymentReminder, paperDeadline] as const;
