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
import type { Feature } from '../../../lib/assistant/feature';

function bridge(overrides: Partial<Bridge> = {}): Bridge & { saved: unknown[] } {
  const saved: unknown[] = [];
  return {
    saved,
    today: () => '2024-06-01',
    planId: async () => undefined,
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
  await new Assistant(document, features, b).start(controller.signal);
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
    const broken: Feature = { id: 'broken', steps: ['declaration'], init: () => { throw new Error('boom'); } };
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    await expect(start(DECLARATION, [broken, ...FEATURES])).resolves.toBeUndefined();
    type(document.getElementById('years') as HTMLInputElement, '8.5');
    expect(hint('worktime.integer')).not.toBeNull();
    expect(debug).toHaveBeenCalled();
  });
});
