/**
 * Inline hints, as the public contract says: an element right after the field
 * (or its visible widget) with data-rule, data-level, role alert|status and
 * the Chinese message; aria-invalid="true" on fields with an error, removed as
 * soon as no error concerns them. Updates are diffed so that typing does not
 * rebuild the DOM.
 */
import type { Finding, Level } from '../rules/types';
import { markOwn } from './own';

export interface PlacedFinding {
  finding: Finding;
  /** The hint goes right after this element; none: panel only. */
  anchor?: Element;
  /** Controls that get aria-invalid when the finding is an error. */
  invalid?: Element[];
  /** Adds controls (buttons) to the hint element; called once per new hint. */
  decorate?: (hint: HTMLElement) => void;
}

const COLORS: Record<Level, { fg: string; bg: string; bar: string }> = {
  error: { fg: '#a8071a', bg: '#fff1f0', bar: '#f5222d' },
  warn: { fg: '#874d00', bg: '#fffbe6', bar: '#faad14' },
  info: { fg: '#0c4a8c', bg: '#e6f4ff', bar: '#1677ff' },
};

const anchorIds = new WeakMap<Element, number>();
let nextAnchorId = 1;
function anchorId(el: Element): number {
  let id = anchorIds.get(el);
  if (id === undefined) anchorIds.set(el, (id = nextAnchorId++));
  return id;
}

export class HintLayer {
  /** source (a feature) → hint key → hint element */
  private hints = new Map<string, Map<string, HTMLElement>>();
  /** source → elements that source wants aria-invalid on */
  private invalid = new Map<string, Set<Element>>();
  /** elements we set aria-invalid on, with the value they had before */
  private marked = new Map<Element, string | null>();

  constructor(private readonly doc: Document) {}

  show(source: string, placed: readonly PlacedFinding[], inline = true): void {
    const previous = this.hints.get(source) ?? new Map<string, HTMLElement>();
    const next = new Map<string, HTMLElement>();
    const invalid = new Set<Element>();
    for (const item of placed) {
      if (item.finding.level === 'error') for (const el of item.invalid ?? []) invalid.add(el);
      const anchor = item.anchor;
      if (!inline || !anchor || !anchor.isConnected || !anchor.parentNode) continue;
      const key = `${item.finding.ruleId}|${anchorId(anchor)}`;
      if (next.has(key)) continue;
      let hint = previous.get(key);
      if (hint && hint.isConnected) {
        previous.delete(key);
        this.update(hint, item.finding);
      } else {
        hint = this.create(item.finding);
        item.decorate?.(hint);
        insertAfterHints(anchor, hint);
      }
      next.set(key, hint);
    }
    for (const stale of previous.values()) stale.remove();
    this.hints.set(source, next);
    this.invalid.set(source, invalid);
    this.syncInvalid();
  }

  clear(source: string): void {
    this.show(source, []);
    this.hints.delete(source);
    this.invalid.delete(source);
  }

  clearAll(): void {
    for (const source of [...this.hints.keys()]) this.clear(source);
  }

  private create(finding: Finding): HTMLElement {
    const hint = markOwn(this.doc.createElement('div'));
    hint.className = 'zcps-hint';
    hint.style.cssText =
      'display:block;box-sizing:border-box;margin:3px 0;padding:3px 8px;max-width:36em;' +
      'font:12px/1.6 "PingFang SC","Microsoft YaHei",sans-serif;text-align:left;white-space:normal;border-radius:2px;';
    const text = this.doc.createElement('span');
    text.className = 'zcps-hint-text';
    hint.append(text);
    this.update(hint, finding);
    return hint;
  }

  private update(hint: HTMLElement, finding: Finding): void {
    const colors = COLORS[finding.level];
    hint.dataset.rule = finding.ruleId;
    hint.dataset.level = finding.level;
    hint.setAttribute('role', finding.level === 'error' ? 'alert' : 'status');
    hint.style.color = colors.fg;
    hint.style.background = colors.bg;
    hint.style.borderLeft = `3px solid ${colors.bar}`;
    const text = hint.querySelector('.zcps-hint-text');
    if (text && text.textContent !== finding.message) text.textContent = finding.message;
    hint.title = finding.messageEn;
  }

  private syncInvalid(): void {
    const wanted = new Set<Element>();
    for (const set of this.invalid.values()) for (const el of set) wanted.add(el);
    for (const [el, before] of this.marked) {
      if (wanted.has(el)) continue;
      if (before === null) el.removeAttribute('aria-invalid');
      else el.setAttribute('aria-invalid', before);
      this.marked.delete(el);
    }
    for (const el of wanted) {
      if (!this.marked.has(el)) this.marked.set(el, el.getAttribute('aria-invalid'));
      if (el.getAttribute('aria-invalid') !== 'true') el.setAttribute('aria-invalid', 'true');
    }
  }
}

/** Right after the anchor, behind hints already placed there. */
function insertAfterHints(anchor: Element, hint: HTMLElement): void {
  let ref: Element = anchor;
  while (ref.nextElementSibling?.classList.contains('zcps-hint')) ref = ref.nextElementSibling;
  ref.after(hint);
}
