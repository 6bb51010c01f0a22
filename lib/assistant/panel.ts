/**
 * The on-page panel: an open shadow root (page styles cannot reach in, tests
 * and screen readers can), titled 职称申报助手, with the detected step, the
 * counts, the findings list (a click leads to the field) and 一键填写.
 * Built with textContent only: page and profile text never become markup.
 */
import type { Finding, Level } from '../rules/types';
import { markOwn } from './own';
import { PANEL_CSS } from './panel-style';

export interface PanelItem {
  finding: Finding;
  /** Scrolls to and focuses the field; absent when the finding has no field. */
  reveal?: () => void;
}

export interface PanelOptions {
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
}

const LEVEL_NAMES: Record<Level, string> = { error: '错误', warn: '提醒', info: '须知' };

export class Panel {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly stepEl: HTMLElement;
  private readonly countsEl: HTMLElement;
  private readonly planEl: HTMLElement;
  private readonly listEl: HTMLElement;
  private readonly emptyEl: HTMLElement;
  readonly fillButton: HTMLButtonElement;
  /** Where features put their own views (the fill preview). */
  readonly extra: HTMLElement;
  private collapsed: boolean;

  constructor(private readonly doc: Document, private readonly options: PanelOptions) {
    this.collapsed = options.collapsed;
    this.host = markOwn(doc.createElement('div'));
    this.host.id = 'zcps-assistant-panel';
    this.host.style.cssText = 'all:initial;position:fixed;z-index:2147483646;right:16px;bottom:16px;';
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;

    const panel = el(doc, 'section', 'panel');
    panel.setAttribute('aria-label', '职称申报助手');
    const header = el(doc, 'header', 'header');
    const title = el(doc, 'h2', 'title', '职称申报助手');
    this.stepEl = el(doc, 'span', 'step');
    const toggle = el(doc, 'button', 'toggle') as HTMLButtonElement;
    toggle.type = 'button';
    toggle.addEventListener('click', () => this.setCollapsed(!this.collapsed));
    header.append(title, this.stepEl, toggle);

    const body = el(doc, 'div', 'body');
    this.countsEl = el(doc, 'p', 'counts');
    this.countsEl.setAttribute('aria-live', 'polite');
    this.planEl = el(doc, 'p', 'plan');
    this.listEl = el(doc, 'ul', 'list');
    this.emptyEl = el(doc, 'p', 'empty', '本页暂未发现问题。');
    this.fillButton = el(doc, 'button', 'fill', '一键填写') as HTMLButtonElement;
    this.fillButton.type = 'button';
    // Enabled by the fill feature on the pages it can fill; elsewhere it says why not.
    this.fillButton.disabled = true;
    this.fillButton.title = '本页没有可从档案填写的内容';
    this.extra = el(doc, 'div', 'extra');
    const privacy = el(doc, 'p', 'privacy', '档案只保存在本机，不会上传。');
    body.append(this.countsEl, this.planEl, this.listEl, this.emptyEl, this.fillButton, this.extra, privacy);

    panel.append(header, body);
    this.root.append(style, panel);
    (doc.body ?? doc.documentElement).append(this.host);
    this.renderCollapsed(toggle, panel);
  }

  setStep(name: string): void {
    this.stepEl.textContent = name;
  }

  /** Which plan the checks follow, and a note when the applicant should know more (derived, other series). */
  setPlan(line: string, note?: string): void {
    const parts: Node[] = [this.doc.createTextNode(line)];
    if (note) parts.push(el(this.doc, 'span', 'plan-note', note));
    this.planEl.replaceChildren(...parts);
  }

  setItems(items: readonly PanelItem[]): void {
    const counts = { error: 0, warn: 0, info: 0 };
    for (const item of items) counts[item.finding.level]++;
    this.countsEl.textContent = `错误 ${counts.error} · 提醒 ${counts.warn} · 须知 ${counts.info}`;
    this.host.dataset.errors = String(counts.error);
    this.host.dataset.warnings = String(counts.warn);
    const sorted = [...items].sort((a, b) => rank(a.finding.level) - rank(b.finding.level));
    const rows = sorted.map((item) => this.row(item));
    this.listEl.replaceChildren(...rows);
    this.emptyEl.hidden = items.length > 0;
  }

  destroy(): void {
    this.host.remove();
  }

  private row(item: PanelItem): HTMLElement {
    const li = el(this.doc, 'li', `item ${item.finding.level}`);
    // Not data-rule: that attribute belongs to the inline hint alone, so a
    // query for a rule's hint finds exactly one element per field.
    li.dataset.findingRule = item.finding.ruleId;
    li.dataset.findingLevel = item.finding.level;
    const badge = el(this.doc, 'span', 'badge', LEVEL_NAMES[item.finding.level]);
    // A link, not a button: messages may name the buttons they point to
    // (修正照片, 一键填写), and a button by that name must stay unique on the page.
    const text = el(this.doc, item.reveal ? 'a' : 'span', 'text', item.finding.message);
    if (item.reveal) {
      const reveal = item.reveal;
      (text as HTMLAnchorElement).href = '#';
      text.title = '定位到该项';
      text.addEventListener('click', (event) => {
        event.preventDefault();
        reveal();
      });
    }
    li.append(badge, text);
    return li;
  }

  setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    this.options.onCollapsedChange(collapsed);
    const toggle = this.root.querySelector<HTMLButtonElement>('.toggle');
    const panel = this.root.querySelector<HTMLElement>('.panel');
    if (toggle && panel) this.renderCollapsed(toggle, panel);
  }

  private renderCollapsed(toggle: HTMLButtonElement, panel: HTMLElement): void {
    panel.classList.toggle('collapsed', this.collapsed);
    toggle.textContent = this.collapsed ? '展开' : '收起';
    toggle.setAttribute('aria-expanded', String(!this.collapsed));
  }
}

function rank(level: Level): number {
  return level === 'error' ? 0 : level === 'warn' ? 1 : 2;
}

function el(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
