// @vitest-environment happy-dom
/**
 * The panel's own logic (its layout is tested in Chromium, tests/e2e/panel*.spec.ts):
 * the column width per frame width, the rail's counts, aria-expanded on the
 * toggle, the page narrowed for the column and given back, and actions that
 * ignore the synthetic clicks a page script could send into the open shadow root.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COLUMN, Panel, openWidth } from '../../../lib/assistant/panel';
import type { Finding } from '../../../lib/rules/types';
import { pageStyleText } from './support';

const finding = (level: Finding['level'], ruleId = `r.${level}`): Finding => ({
  ruleId,
  messageId: 'm',
  level,
  message: `${level} 消息`,
  messageEn: '',
});

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('Panel', () => {
  it('is 28 % of the frame wide, between 240 and 320 px', () => {
    expect(openWidth(1366)).toBe(COLUMN.max);
    expect(openWidth(1920)).toBe(COLUMN.max);
    expect(openWidth(1000)).toBe(280);
    expect(openWidth(600)).toBe(COLUMN.min);
  });

  it('narrows the page for its column when attached, to the rail when collapsed, and gives it back when destroyed', () => {
    const changes: boolean[] = [];
    const panel = new Panel(document, { collapsed: false, onCollapsedChange: (c) => changes.push(c) });
    expect(panel.attached).toBe(false);
    panel.attach();
    expect(panel.host.isConnected).toBe(true);
    const open = openWidth(window.innerWidth);
    expect(pageStyleText()).toContain(`margin-right:${open}px`);
    expect(panel.host.style.width).toBe(`${open}px`);

    panel.setCollapsed(true);
    expect(changes).toEqual([true]);
    expect(pageStyleText()).toContain(`margin-right:${COLUMN.rail}px`);
    const toggle = panel.host.shadowRoot!.querySelector('.toggle')!;
    expect(toggle.textContent).toBe('展开');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    panel.setCollapsed(false, false);
    expect(changes).toEqual([true]);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    panel.destroy();
    expect(pageStyleText()).not.toContain('margin-right');
  });

  it('shows the counts in the summary and on the rail', () => {
    const panel = new Panel(document, { collapsed: true, onCollapsedChange: () => undefined });
    panel.setItems([
      { finding: finding('error') },
      { finding: finding('error', 'r.e2') },
      { finding: finding('warn') },
      { finding: finding('info') },
    ]);
    const root = panel.host.shadowRoot!;
    expect(root.querySelector('.counts')!.textContent).toBe('错误 2 · 提醒 1 · 须知 1');
    expect(root.querySelector('.rail-count.error')!.textContent).toBe('2');
    expect(root.querySelector('.rail-count.warn')!.textContent).toBe('1');
    expect(panel.host.dataset.errors).toBe('2');
  });

  it('ignores synthetic clicks on the toggle and on 页面诊断', () => {
    const onChange = vi.fn();
    const panel = new Panel(document, { collapsed: false, onCollapsedChange: onChange });
    panel.attach();
    const diagnose = vi.fn();
    panel.onDiagnose(diagnose);
    const root = panel.host.shadowRoot!;
    (root.querySelector('.toggle') as HTMLElement).click();
    root.querySelector('.diagnose')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(onChange).not.toHaveBeenCalled();
    expect(panel.isCollapsed).toBe(false);
    expect(diagnose).not.toHaveBeenCalled();
    // Untrusted Escape does not fold it either.
    root.querySelector('.fill')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(panel.isCollapsed).toBe(false);
    panel.destroy();
  });

  it('comes back when a page script removes, hides or restyles it, and stops after a script that fights it', async () => {
    const panel = new Panel(document, { collapsed: false, onCollapsedChange: () => undefined });
    panel.attach();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    panel.host.remove();
    await settle();
    expect(panel.host.parentNode).toBe(document.body);

    panel.host.hidden = true;
    await settle();
    expect(panel.host.hidden).toBe(false);

    const style = panel.host.style.cssText;
    panel.host.style.setProperty('display', 'none', 'important');
    await settle();
    expect(panel.host.style.cssText).toBe(style);

    // A script that removes it every time it returns: the panel gives up rather than loop.
    let removals = 0;
    const fighter = new MutationObserver(() => {
      if (!panel.host.isConnected) return;
      removals++;
      panel.host.remove();
    });
    fighter.observe(document.body, { childList: true });
    panel.host.remove();
    for (let i = 0; i < 40; i++) await settle();
    fighter.disconnect();
    expect(panel.host.isConnected).toBe(false);
    expect(removals).toBeGreaterThan(5);
    expect(removals).toBeLessThan(25);

    // Taken off by the assistant itself: it stays off.
    const second = new Panel(document, { collapsed: false, onCollapsedChange: () => undefined });
    second.attach();
    second.destroy();
    await settle();
    expect(second.host.isConnected).toBe(false);
  });
});
