/**
 * The on-page panel: an open shadow root (page styles cannot reach in, tests
 * and screen readers can), titled 职称申报助手, with the detected step, the
 * counts, the findings list (a click leads to the field), 一键填写 and the
 * 页面诊断 link. Built with textContent only: page and profile text never
 * become markup.
 *
 * Where it sits: a column at the right edge that the page is narrowed for
 * (lib/assistant/dock.ts), so it never lies over a control of the page.
 * Open, the column shows everything at a glance (step, counts, 一键填写 at
 * the top, the findings below); collapsed (the toggle, or Esc inside the
 * panel), it is a slim rail with the error and warning counts and the 展开
 * button, and the page gets its width back but for the rail. The panel's
 * own actions act on the applicant's trusted events only (./trusted.ts): the
 * shadow root is open, so page scripts could otherwise click them.
 */
import type { Finding, Level } from '../rules/types';
import { Dock } from './dock';
import { markOwn } from './own';
import { onTrustedClick } from './trusted';
import { PANEL_CSS, PANEL_HOST_STYLE, setStyle } from './style';

export interface PanelItem {
  finding: Finding;
  /** Scrolls to and focuses the field; absent when the finding has no field. */
  reveal?: () => void;
}

export interface PanelOptions {
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** The frame's column (one per frame, kept across step changes); a panel of its own if absent. */
  dock?: Dock;
}

export type LoadState = 'loading' | 'ready' | 'failed';

/** How often a page script may take the panel away and get it back (Panel.keepOnPage). */
const MAX_RESTORES = 20;

const LEVEL_NAMES: Record<Level, string> = { error: '错误', warn: '提醒', info: '须知' };

/** Column widths in CSS px: open (narrower in small frames) and the collapsed rail. */
export const COLUMN = { max: 320, min: 240, share: 0.28, rail: 36 } as const;

export function openWidth(frameWidth: number): number {
  return Math.round(Math.min(COLUMN.max, Math.max(COLUMN.min, frameWidth * COLUMN.share)));
}

/**
 * The column's width in a frame `frameWidth` px wide (the window's
 * innerWidth). Read it where it costs nothing: on a page still loading,
 * Chromium lays the page out to answer it.
 */
export function columnWidth(frameWidth: number, collapsed: boolean): number {
  return collapsed ? COLUMN.rail : openWidth(frameWidth);
}

export class Panel {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly panel: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly stepEl: HTMLElement;
  private readonly countsEl: HTMLElement;
  private readonly planEl: HTMLElement;
  private readonly railCounts: { error: HTMLElement; warn: HTMLElement };
  private readonly listEl: HTMLElement;
  private readonly emptyEl: HTMLElement;
  readonly fillButton: HTMLButtonElement;
  /** Where features put their own views (the fill preview, the diagnostics preview). */
  readonly extra: HTMLElement;
  private readonly dock: Dock;
  private collapsed: boolean;
  private diagnose: (() => void) | undefined;
  private attachedOnce = false;
  private destroyed = false;
  /** Watches the host's parent and the host itself for a page script taking the panel away (keepOnPage). */
  private keeper: MutationObserver | undefined;
  private keptIn: Node | undefined;
  private restores = 0;
  /** The host's style as the panel last set it. */
  private hostStyle = '';
  /** Whether the checks of this step are there: while loading or after a failure, "no problems" would be a lie. */
  private loadState: LoadState = 'ready';
  private onRetry: (() => void) | undefined;
  private countsText = '';

  constructor(
    private readonly doc: Document,
    private readonly options: PanelOptions,
  ) {
    this.collapsed = options.collapsed;
    this.dock = options.dock ?? new Dock(doc);
    this.host = markOwn(doc.createElement('div'));
    this.host.id = 'zcps-assistant-panel';
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PANEL_CSS;

    this.panel = el(doc, 'section', 'panel');
    this.panel.setAttribute('aria-label', '职称申报助手');
    const header = el(doc, 'header', 'header');
    const title = el(doc, 'h2', 'title', '职称申报助手');
    this.stepEl = el(doc, 'span', 'step');
    this.toggle = el(doc, 'button', 'toggle') as HTMLButtonElement;
    this.toggle.type = 'button';
    this.toggle.setAttribute('aria-controls', 'zcps-panel-content');
    onTrustedClick(this.toggle, () => this.setCollapsed(!this.collapsed));
    // The toggle last in the header, first in the focus order all the same (the title and step are text).
    header.append(title, this.stepEl, this.toggle);

    // The rail's glance: error and warning counts, shown only when collapsed.
    const rail = el(doc, 'div', 'rail-counts');
    this.railCounts = { error: el(doc, 'span', 'rail-count error', '0'), warn: el(doc, 'span', 'rail-count warn', '0') };
    rail.append(this.railCounts.error, this.railCounts.warn);

    const content = el(doc, 'div', 'content');
    content.id = 'zcps-panel-content';
    const summary = el(doc, 'div', 'summary');
    this.countsEl = el(doc, 'p', 'counts');
    this.countsEl.setAttribute('aria-live', 'polite');
    this.fillButton = el(doc, 'button', 'fill', '一键填写') as HTMLButtonElement;
    this.fillButton.type = 'button';
    // Enabled by the fill feature on the pages it can fill; elsewhere it says why not.
    this.fillButton.disabled = true;
    this.fillButton.title = '本页没有可从档案填写的内容';
    summary.append(this.countsEl, this.fillButton);
    this.planEl = el(doc, 'p', 'plan');

    const body = el(doc, 'div', 'body');
    this.listEl = el(doc, 'ul', 'list');
    this.listEl.setAttribute('aria-label', '本页的问题');
    this.emptyEl = el(doc, 'p', 'empty', '本页暂未发现问题。');
    this.extra = el(doc, 'div', 'extra');
    // A feature's view (a preview the applicant asked for) comes first, above the findings.
    body.append(this.extra, this.listEl, this.emptyEl);

    const footer = el(doc, 'footer', 'footer');
    // 页面诊断: what it does is set by the diagnostics feature (onDiagnose).
    const diagnose = el(doc, 'a', 'diagnose', '页面诊断') as HTMLAnchorElement;
    diagnose.href = '#';
    diagnose.title = '本页没有被正确识别时，保存一份去除了个人信息的页面结构，发给开发者';
    diagnose.addEventListener('click', (event) => event.preventDefault());
    onTrustedClick(diagnose, () => this.diagnose?.());
    const privacy = el(doc, 'p', 'privacy', '档案只保存在本机，不会上传。');
    footer.append(diagnose, privacy);

    content.append(summary, this.planEl, body, footer);
    this.panel.append(header, rail, content);
    this.root.append(style, this.panel);
    // Esc anywhere in the panel folds it to the rail and leaves the focus on 展开.
    this.root.addEventListener('keydown', (event) => {
      const key = event as KeyboardEvent;
      if (key.key !== 'Escape' || !key.isTrusted || this.collapsed) return;
      key.stopPropagation();
      this.setCollapsed(true);
      this.toggle.focus();
    });
    this.render();
  }

  /** Puts the panel on the page and narrows the page for its column. */
  attach(): void {
    this.attachedOnce = true;
    this.putOnPage();
    this.dock.setWidth(this.columnWidth());
  }

  get attached(): boolean {
    return this.host.isConnected;
  }

  /** The page changed (the assistant's watcher saw it): keep its controls clear of the column. */
  pageChanged(): void {
    if (!this.attachedOnce) return;
    // A page that rewrites its body may have taken the panel with it.
    this.putOnPage();
    this.dock.schedule();
  }

  private putOnPage(): void {
    if (!this.host.isConnected) (this.doc.body ?? this.doc.documentElement).append(this.host);
    this.keepOnPage();
  }

  /**
   * A page script that removes the panel, hides it or restyles it gets it
   * back as it was: the applicant installed the assistant to see it. A few
   * times only, so that a script fighting it cannot make an endless loop.
   */
  private keepOnPage(): void {
    const parent = this.host.parentNode;
    if (!parent || parent === this.keptIn) return;
    this.keeper ??= new MutationObserver((records) => this.restore(records));
    this.keeper.disconnect();
    this.keeper.observe(parent, { childList: true });
    this.keeper.observe(this.host, { attributes: true, attributeFilter: ['style', 'hidden'] });
    this.keptIn = parent;
  }

  private restore(records: readonly MutationRecord[]): void {
    if (this.destroyed) return;
    const taken = !this.host.isConnected;
    // The body's children change all the time (lists appended by widgets); the host's style is read only when it changed.
    const restyled = records.some((record) => record.target === this.host);
    const hidden = restyled && (this.host.hidden || this.host.style.cssText !== this.hostStyle);
    if (!taken && !hidden) return;
    if (++this.restores > MAX_RESTORES) {
      this.keeper?.disconnect();
      return;
    }
    if (hidden) {
      this.host.hidden = false;
      this.render();
    }
    if (taken) {
      this.keptIn = undefined;
      this.putOnPage();
      this.dock.schedule();
    }
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
    this.countsText = `错误 ${counts.error} · 提醒 ${counts.warn} · 须知 ${counts.info}`;
    this.countsEl.textContent = this.countsText;
    this.railCounts.error.textContent = String(counts.error);
    this.railCounts.error.title = `错误 ${counts.error}`;
    this.railCounts.warn.textContent = String(counts.warn);
    this.railCounts.warn.title = `提醒 ${counts.warn}`;
    this.railCounts.error.classList.toggle('zero', counts.error === 0);
    this.railCounts.warn.classList.toggle('zero', counts.warn === 0);
    this.host.dataset.errors = String(counts.error);
    this.host.dataset.warnings = String(counts.warn);
    const sorted = [...items].sort((a, b) => rank(a.finding.level) - rank(b.finding.level));
    const rows = sorted.map((item) => this.row(item));
    this.listEl.replaceChildren(...rows);
    this.renderEmpty();
  }

  /** loading: 正在加载检查…; failed: 检查未能加载 with 重试; ready: the findings (or 本页暂未发现问题). */
  setLoadState(state: LoadState, onRetry?: () => void): void {
    this.loadState = state;
    this.onRetry = onRetry;
    this.host.dataset.checks = state;
    this.renderEmpty();
  }

  private renderEmpty(): void {
    const empty = this.emptyEl;
    empty.classList.toggle('failed', this.loadState === 'failed');
    if (this.loadState === 'failed') {
      empty.hidden = false;
      empty.setAttribute('role', 'alert');
      const retry = el(this.doc, 'button', 'retry', '重试') as HTMLButtonElement;
      retry.type = 'button';
      onTrustedClick(retry, () => this.onRetry?.());
      empty.replaceChildren(this.doc.createTextNode('检查未能加载，本页的问题暂时无法显示。'), retry);
      this.countsEl.textContent = '检查未能加载';
      return;
    }
    empty.removeAttribute('role');
    this.countsEl.textContent = this.countsText;
    empty.textContent = this.loadState === 'loading' ? '正在加载检查…' : '本页暂未发现问题。';
    empty.hidden = this.listEl.childElementCount > 0;
  }

  /** What 页面诊断 does (the diagnostics feature); until then the link does nothing. */
  onDiagnose(handler: () => void): void {
    this.diagnose = handler;
  }

  /** Takes the panel off the page; the column stays for the owner of the dock to release or reuse. */
  destroy(): void {
    this.destroyed = true;
    this.keeper?.disconnect();
    if (!this.options.dock) this.dock.release();
    this.host.remove();
  }

  get isCollapsed(): boolean {
    return this.collapsed;
  }

  /** Folds or unfolds the panel; `remember` false for restoring the remembered state. */
  setCollapsed(collapsed: boolean, remember = true): void {
    if (collapsed !== this.collapsed) {
      this.collapsed = collapsed;
      this.render();
      if (this.host.isConnected) this.dock.setWidth(this.columnWidth());
    }
    if (remember) this.options.onCollapsedChange(collapsed);
  }

  private columnWidth(): number {
    return columnWidth(this.doc.defaultView?.innerWidth ?? 0, this.collapsed);
  }

  private render(): void {
    const width = this.columnWidth();
    setStyle(this.host, PANEL_HOST_STYLE, `width:${width}px!important;`);
    this.hostStyle = this.host.style.cssText;
    this.panel.classList.toggle('collapsed', this.collapsed);
    this.toggle.textContent = this.collapsed ? '展开' : '收起';
    this.toggle.title = this.collapsed ? '展开职称申报助手' : '收起（Esc）';
    this.toggle.setAttribute('aria-expanded', String(!this.collapsed));
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
      // Untrusted clicks still lose their default (no jump to #), but do nothing.
      text.addEventListener('click', (event) => event.preventDefault());
      onTrustedClick(text, () => reveal());
    }
    li.append(badge, text);
    return li;
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
