// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionFacts } from '../../../lib/assistant/bridge';
import { featureNamed } from '../../../lib/features';
import { earlierOpen } from '../../../lib/features/preview';
import type { OpenFinding } from '../../../lib/rules/types';
import type { Step } from '../../../lib/steps';
import { userClick } from '../support/user';
import { hints, mount, replicaBody, settle, type Mounted } from './harness';

let mounted: Mounted | undefined;
let submitted: number;

const open = (step: Step, stepName: string, ruleId: string, message: string): OpenFinding => ({ step, stepName, ruleId, message });
const SESSION: SessionFacts = {
  findings: {
    declaration: [
      open('declaration', '填写申报信息', 'report.required', '本人述职未填写'),
      open('declaration', '填写申报信息', 'office.required', '未选择受理点'),
    ],
    attachments: [open('attachments', '上传相关附件', 'attachment.contract', '需上传劳动（聘用）合同')],
    basicInfo: [open('basicInfo', '个人基本信息', 'profile.mobile', '手机号码不对')],
  },
};

beforeEach(() => {
  document.body.innerHTML = replicaBody('declare/preview.jsp');
  submitted = 0;
  // The page's own 提交 handler, as the replica's script adds it.
  document.getElementById('btnSubmit')!.addEventListener('click', () => submitted++);
  sessionStorage.clear();
});
afterEach(() => {
  mounted?.stop();
  mounted = undefined;
  document.body.innerHTML = '';
});

const submit = () => document.getElementById('btnSubmit') as HTMLInputElement;
const buttonNamed = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === text);

describe('earlierOpen', () => {
  it('keeps the wizard steps before the current one, in wizard order', () => {
    expect(earlierOpen(SESSION.findings, 'preview').map((f) => f.ruleId)).toEqual([
      'report.required',
      'office.required',
      'attachment.contract',
    ]);
    expect(earlierOpen(SESSION.findings, 'achievements').map((f) => f.ruleId)).toEqual(['report.required', 'office.required']);
    expect(earlierOpen({}, 'preview')).toEqual([]);
  });
});

describe('预览确认提交 with open errors', () => {
  it('lists every open error after 提交, each with its way back, and in the panel', async () => {
    mounted = await mount([featureNamed('preview')], SESSION);
    const listed = hints('submit.unresolved');
    expect(listed.map((h) => h.querySelector('.zcps-hint-text')?.textContent)).toEqual([
      '“填写申报信息”仍有错误未解决：本人述职未填写',
      '“填写申报信息”仍有错误未解决：未选择受理点',
      '“上传相关附件”仍有错误未解决：需上传劳动（聘用）合同',
    ]);
    expect(listed.every((h) => h.dataset.level === 'warn')).toBe(true);
    expect(document.querySelector('.zcps-submit-summary')?.previousElementSibling).toBe(submit());
    expect(document.querySelector('.zcps-submit-summary')?.textContent).toContain('提交前仍有 3 个问题未解决');
    expect(listed.map((h) => h.querySelector<HTMLElement>('.zcps-back')?.dataset.step)).toEqual([
      'declaration',
      'declaration',
      'attachments',
    ]);
    const panel = document.getElementById('zcps-assistant-panel')!.shadowRoot!;
    expect(panel.querySelectorAll('[data-finding-rule="submit.unresolved"]')).toHaveLength(3);
  });

  it('提交 asks inline first; 返回修改 keeps the page; 仍然提交 lets the page submit', async () => {
    mounted = await mount([featureNamed('preview')], SESSION);
    userClick(submit());
    expect(submitted).toBe(0);
    const box = document.querySelector('.zcps-confirm');
    expect(box?.textContent).toContain('还有 3 个问题未解决，仍要提交吗？');
    // A script's click on 仍然提交 does not submit for the applicant.
    buttonNamed('仍然提交')!.click();
    expect(submitted).toBe(0);
    userClick(buttonNamed('返回修改')!);
    expect(document.querySelector('.zcps-confirm')).toBeNull();
    expect(submitted).toBe(0);
    userClick(submit());
    expect(submitted).toBe(0);
    userClick(buttonNamed('仍然提交')!);
    expect(submitted).toBe(1);
    expect(document.querySelector('.zcps-confirm')).toBeNull();
    // asked once: a second 提交 goes straight through
    userClick(submit());
    expect(submitted).toBe(2);
  });

  it('the page’s own scripted click on 提交 is not held (only the applicant is asked)', async () => {
    mounted = await mount([featureNamed('preview')], SESSION);
    submit().click();
    expect(submitted).toBe(1);
    expect(document.querySelector('.zcps-confirm')).toBeNull();
  });

  it('返回“填写申报信息”修改 walks back with 上一步 and remembers the target for the next pages', async () => {
    mounted = await mount([featureNamed('preview')], SESSION);
    let previous = 0;
    const back = [...document.querySelectorAll('a')].find((a) => a.textContent === '上一步')!;
    back.addEventListener('click', (e) => {
      e.preventDefault();
      previous++;
    });
    document.querySelector<HTMLButtonElement>('.zcps-back[data-step="declaration"]')!.click();
    expect(previous).toBe(0); // a script's click: nothing
    userClick(document.querySelector<HTMLButtonElement>('.zcps-back[data-step="declaration"]')!);
    expect(previous).toBe(1);
    expect((JSON.parse(sessionStorage.getItem('zcps-assistant.backTo') ?? '{}') as { step?: string }).step).toBe('declaration');
    userClick(document.querySelector<HTMLButtonElement>('.zcps-back[data-step="attachments"]')!);
    expect(previous).toBe(2);
  });
});

describe('预览确认提交 without open errors', () => {
  it('shows no summary and leaves 提交 untouched', async () => {
    mounted = await mount([featureNamed('preview')], { findings: { declaration: [] } });
    expect(hints('submit.unresolved')).toHaveLength(0);
    expect(document.querySelector('.zcps-submit-summary')).toBeNull();
    submit().click();
    expect(submitted).toBe(1);
    expect(document.querySelector('.zcps-confirm')).toBeNull();
  });
});

describe('backtrack on the pages in between', () => {
  function pageWithPrevious(step: 'attach' | 'achieve' | 'info'): { clicks: () => number } {
    document.body.innerHTML = replicaBody(`declare/${step}.jsp`);
    let clicks = 0;
    document.getElementById('btnPrev')!.addEventListener('click', () => clicks++);
    return { clicks: () => clicks };
  }

  it.each<[string, 'attach' | 'achieve' | 'info', number, boolean]>([
    ['clicks 上一步 on a page past the target', 'attach', 1, true],
    ['clicks again on the next page back', 'achieve', 1, true],
    ['stops at the target and forgets it', 'info', 0, false],
  ])('%s', async (_what, page, clicks, kept) => {
    const { clicks: count } = pageWithPrevious(page);
    sessionStorage.setItem('zcps-assistant.backTo', JSON.stringify({ step: 'declaration', at: Date.now() }));
    mounted = await mount([featureNamed('backtrack')]);
    await settle(80);
    expect(count()).toBe(clicks);
    expect(sessionStorage.getItem('zcps-assistant.backTo') !== null).toBe(kept);
  });

  it('an old target (over a minute) is forgotten without a click', async () => {
    const { clicks } = pageWithPrevious('attach');
    sessionStorage.setItem('zcps-assistant.backTo', JSON.stringify({ step: 'declaration', at: Date.now() - 120_000 }));
    mounted = await mount([featureNamed('backtrack')]);
    await settle(80);
    expect(clicks()).toBe(0);
    expect(sessionStorage.getItem('zcps-assistant.backTo')).toBeNull();
  });
});
