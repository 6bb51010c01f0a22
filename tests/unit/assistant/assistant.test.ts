// @vitest-environment happy-dom
/**
 * The on-page core with the real label reading and rules, in happy-dom: the
 * step is found, hints follow values, required hints wait for the first
 * input, aria-invalid comes and goes, leaving a step cleans up, and a page
 * that breaks things never sees an exception.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Assistant } from '../../../lib/assistant/assistant';
import type { Bridge } from '../../../lib/assistant/bridge';
import { FEATURES } from '../../../lib/features';
import { planReader } from '../../../lib/features/plan';
import type { Feature } from '../../../lib/assistant/feature';
import { userClick } from '../support/user';

function bridge(overrides: Partial<Bridge> = {}): Bridge & { saved: unknown[] } {
  const saved: unknown[] = [];
  return {
    saved,
    today: () => '2024-06-01',
    planId: async () => undefined,
    watchPlanId: () => undefined,
    saveTabPlan: () => undefined,
    panelCollapsed: async () => false,
    setPanelCollapsed: () => undefined,
    activeProfile: async () => undefined,
    session: async () => ({ findings: {} }),
    saveStepFindings: (step, findings) => saved.push({ step, findings }),
    saveApplicationType: () => undefined,
    ...overrides,
  };
}

const DECLARATION = `
  <h3>填写申报信息</h3>
  <table>
    <tr><td><font color="red">*</font>本人述职：</td><td><textarea id="report"></textarea></td></tr>
    <tr><td>专业工作年限：</td><td><input id="years"></td></tr>
    <tr><td>受理点：</td><td><select id="office"><option value="">请选择</option><option>西湖区经信局</option></select></td></tr>
  </table>
  <a class="btn">下一步</a>`;

let controller: AbortController;

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

async function start(html: string, features: readonly Feature[] = FEATURES, b: Bridge = bridge()): Promise<void> {
  document.body.innerHTML = html;
  await new Assistant(document, { features, plans: planReader }, b).start(controller.signal);
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

const hint = (rule: string) => document.querySelector<HTMLElement>(`.zcps-hint[data-rule="${rule}"]`);

describe('Assistant on 填写申报信息', () => {
  it('shows the panel with the step and its required findings before any input, inline only after', async () => {
    await start(DECLARATION);
    const panel = document.getElementById('zcps-assistant-panel')!;
    expect(panel.shadowRoot!.textContent).toContain('职称申报助手');
    expect(panel.shadowRoot!.textContent).toContain('填写申报信息');
    // report.required, office.required, and worktime.integer about the empty 专业工作年限.
    expect(panel.dataset.errors).toBe('3');
    expect(hint('report.required')).toBeNull();
    expect(hint('worktime.integer')).toBeNull();
    type(document.getElementById('years') as HTMLInputElement, '12');
    expect(hint('report.required')).not.toBeNull();
    expect(hint('office.required')).not.toBeNull();
  });

  it('puts the hint right after its field, and removes it with aria-invalid once fixed', async () => {
    await start(DECLARATION);
    const years = document.getElementById('years') as HTMLInputElement;
    type(years, '8.5');
    const found = hint('worktime.integer')!;
    expect(found.previousElementSibling).toBe(years);
    expect(found.dataset.level).toBe('error');
    expect(found.getAttribute('role')).toBe('alert');
    expect(found.textContent).toContain('8.5');
    expect(years.getAttribute('aria-invalid')).toBe('true');
    type(years, '9');
    expect(hint('worktime.integer')).toBeNull();
    expect(years.hasAttribute('aria-invalid')).toBe(false);
  });

  it('updates a hint in place while typing instead of rebuilding it', async () => {
    await start(DECLARATION);
    const report = document.getElementById('report') as HTMLTextAreaElement;
    type(report, 'x'.repeat(1001));
    const first = hint('report.length')!;
    type(report, 'x'.repeat(1002));
    expect(hint('report.length')).toBe(first);
    expect(first.textContent).toContain('1002');
  });

  it('restores an aria-invalid the page had set itself', async () => {
    await start(DECLARATION.replace('<input id="years">', '<input id="years" aria-invalid="false">'));
    const years = document.getElementById('years') as HTMLInputElement;
    type(years, '1.5');
    expect(years.getAttribute('aria-invalid')).toBe('true');
    type(years, '2');
    expect(years.getAttribute('aria-invalid')).toBe('false');
  });

  it('keeps the open errors of a wizard step for 预览确认提交', async () => {
    const b = bridge();
    await start(DECLARATION, FEATURES, b);
    type(document.getElementById('years') as HTMLInputElement, '1.5');
    await vi.advanceTimersByTimeAsync(400);
    const last = b.saved.at(-1) as { step: string; findings: Array<{ ruleId: string }> };
    expect(last.step).toBe('declaration');
    expect(last.findings.map((f) => f.ruleId)).toContain('worktime.integer');
  });
});

describe('Assistant on other pages', () => {
  it('shows nothing in a shell frame that holds only a menu and an iframe', async () => {
    await start('<ul class="menu"><li><a>个人基本信息</a></li></ul><iframe name="mainFrame"></iframe>');
    expect(document.getElementById('zcps-assistant-panel')).toBeNull();
  });

  it('checks known fields on a page whose step it cannot place', async () => {
    await start('<form><label>身份证号码 <input id="id"></label><label>手机号码 <input id="m"></label></form>');
    expect(document.getElementById('zcps-assistant-panel')).not.toBeNull();
    type(document.getElementById('m') as HTMLInputElement, '1381234567');
    expect(hint('profile.mobile')).not.toBeNull();
  });

  it('follows in-page navigation: leaving the step removes its hints and panel', async () => {
    await start(DECLARATION);
    type(document.getElementById('years') as HTMLInputElement, '1.5');
    expect(hint('worktime.integer')).not.toBeNull();
    document.body.innerHTML = '<p>欢迎</p>';
    await vi.advanceTimersByTimeAsync(300);
    expect(document.querySelector('.zcps-hint')).toBeNull();
    expect(document.getElementById('zcps-assistant-panel')).toBeNull();
  });

  it('checks inputs created late', async () => {
    await start('<h3>填写申报信息</h3><div id="late"></div><a>下一步</a>');
    document.getElementById('late')!.innerHTML = '<table><tr><td>专业工作年限：</td><td><input id="years"></td></tr></table>';
    await vi.advanceTimersByTimeAsync(300);
    type(document.getElementById('years') as HTMLInputElement, '3.3');
    expect(hint('worktime.integer')).not.toBeNull();
  });

  it('a feature that throws costs its own hints only, never an exception in the page', async () => {
    const broken: Feature = {
      id: 'broken',
      steps: ['declaration'],
      init: () => {
        throw new Error('boom');
      },
    };
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    await expect(start(DECLARATION, [broken, ...FEATURES])).resolves.toBeUndefined();
    type(document.getElementById('years') as HTMLInputElement, '8.5');
    expect(hint('worktime.integer')).not.toBeNull();
    expect(debug).toHaveBeenCalled();
  });
});

describe('Assistant follows the plan the page names', () => {
  const ASSESSMENT = `
    <table>
      <tr><td>考核情况：</td><td><input id="assess"></td></tr>
      <tr><td>专业工作年限：</td><td><input id="years"></td></tr>
    </table>`;
  const declarationIn = (plan: string) =>
    `<div class="pos">当前位置：职称评审申报 &gt; <b>${plan}</b></div><h3>填写申报信息</h3>${ASSESSMENT}<a>下一步</a>`;
  const panelText = () => document.getElementById('zcps-assistant-panel')!.shadowRoot!.textContent ?? '';

  it('a year nobody put in data: the hints name its years, the panel says it is derived', async () => {
    await start(declarationIn('2031年度杭州市制造业专业工程师资格评审申报计划'));
    type(document.getElementById('assess') as HTMLInputElement, '2021年优秀、2022年优秀、2023年优秀');
    expect(hint('assessment.years')?.textContent).toContain('2028、2029、2030');
    expect(panelText()).toContain('2031年度杭州市制造业专业工程师资格评审申报计划（按 2024 年指南推算）');
  });

  it('remembers a named plan for the tab, and uses the tab’s plan on a page that names none', async () => {
    const saveTabPlan = vi.fn<Bridge['saveTabPlan']>();
    await start(declarationIn('2026年度杭州市制造业专业工程师资格评审申报计划'), FEATURES, bridge({ saveTabPlan }));
    expect(saveTabPlan).toHaveBeenCalled();
    const remembered = saveTabPlan.mock.calls[0]![0];
    expect(remembered).toMatchObject({ name: { year: 2026 } });
    controller.abort();
    controller = new AbortController();
    document.body.innerHTML = '';
    await start(`<h3>填写申报信息</h3>${ASSESSMENT}`, FEATURES, bridge({ session: async () => ({ findings: {}, plan: remembered }) }));
    type(document.getElementById('assess') as HTMLInputElement, '2021年优秀、2022年优秀、2023年优秀');
    expect(hint('assessment.years')?.textContent).toContain('2023、2024、2025');
  });

  it('a plan of another series runs no guide rule and says which checks are off', async () => {
    await start(declarationIn('2026年度宁波市经济专业中级经济师资格评审申报计划') + '<textarea id="report" title="本人述职"></textarea>');
    type(document.getElementById('years') as HTMLInputElement, '8.5');
    type(document.getElementById('assess') as HTMLInputElement, '2019年好');
    expect(document.querySelector('.zcps-hint')).toBeNull();
    expect(panelText()).toContain('未启用');
  });

  it('a limit the page states wins: 本人述职（限1500字以内）', async () => {
    await start(
      `<h3>填写申报信息</h3><table><tr><td>本人述职（限1500字以内）：</td><td><textarea id="report"></textarea></td></tr></table>`,
    );
    type(document.getElementById('report') as HTMLTextAreaElement, 'x'.repeat(1200));
    expect(hint('report.length')).toBeNull();
    type(document.getElementById('report') as HTMLTextAreaElement, 'x'.repeat(1501));
    expect(hint('report.length')?.textContent).toContain('1501 / 1500');
  });

  it('a plan chosen in the popup wins, and a new choice restarts the step', async () => {
    let onChoice: ((id: string | undefined) => void) | undefined;
    await start(
      declarationIn('2024年度杭州市制造业专业工程师资格评审申报计划'),
      FEATURES,
      bridge({
        planId: async () => 'hz-manufacturing-engineer-2027',
        watchPlanId: (listener) => {
          onChoice = listener;
        },
      }),
    );
    type(document.getElementById('assess') as HTMLInputElement, '2021年优秀、2022年优秀、2023年优秀');
    expect(hint('assessment.years')?.textContent).toContain('2024、2025、2026');
    onChoice?.(undefined);
    type(document.getElementById('assess') as HTMLInputElement, '2021年优秀、2022年优秀');
    expect(hint('assessment.years')?.textContent).toContain('2021、2022、2023');
  });
});

describe('a step bundle that fails to load', () => {
  it('says 检查未能加载 with 重试 (never 本页暂未发现问题), and the applicant’s 重试 loads it', async () => {
    let attempts = 0;
    let broken = true;
    const source = async () => {
      attempts++;
      if (broken) throw new Error('Failed to fetch dynamically imported module');
      return { features: FEATURES, plans: planReader };
    };
    document.body.innerHTML = DECLARATION;
    await new Assistant(document, source, bridge()).start(controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    const host = document.getElementById('zcps-assistant-panel')!;
    const root = host.shadowRoot!;
    expect(host.dataset.checks).toBe('failed');
    expect(root.textContent).toContain('检查未能加载');
    expect(root.textContent).not.toContain('本页暂未发现问题');
    const retry = [...root.querySelectorAll('button')].find((b) => b.textContent === '重试')!;
    const failed = attempts;
    broken = false;
    retry.click(); // a page script: nothing
    await vi.advanceTimersByTimeAsync(10);
    expect(attempts).toBe(failed);
    userClick(retry);
    await vi.advanceTimersByTimeAsync(10);
    expect(attempts).toBe(failed + 1);
    expect(host.dataset.checks).toBe('ready');
    expect(root.textContent).not.toContain('检查未能加载');
    expect(root.querySelector('.counts')?.textContent).toBe('错误 3 · 提醒 0 · 须知 0');
    expect(host.dataset.errors).toBe('3');
  });

  it('says 正在加载检查… while it loads slowly (a quick load shows the panel with its findings at once)', async () => {
    let release: (() => void) | undefined;
    const source = () =>
      new Promise<{ features: readonly Feature[]; plans: typeof planReader }>((resolve) => {
        release = () => resolve({ features: FEATURES, plans: planReader });
      });
    document.body.innerHTML = DECLARATION;
    const started = new Assistant(document, source, bridge()).start(controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    expect(document.getElementById('zcps-assistant-panel')).toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    const root = document.getElementById('zcps-assistant-panel')!.shadowRoot!;
    expect(root.textContent).toContain('正在加载检查…');
    expect(root.textContent).not.toContain('本页暂未发现问题');
    release?.();
    await started;
    await vi.advanceTimersByTimeAsync(10);
    expect(root.textContent).not.toContain('正在加载检查…');
  });
});
