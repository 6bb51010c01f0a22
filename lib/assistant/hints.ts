/**
 * Inline hints, as the public contract says: an element right after the field
 * (or its visible widget) with data-rule, data-level, role alert|status and
 * the Chinese message; aria-invalid="true" on fields with an error, removed as
 * soon as no error concerns them. Updates are diffed so that typing does not
 * rebuild the DOM.
 */
import type { Finding } from '../rules/types';
import { markOwn } from './own';
import { HINT_STYLE, hintLevelCss, setStyle } from './style';

/** The class of every inline hint: what is placed after a field goes behind them. */
export const HINT_CLASS = 'zcps-hint';

export interface PlacedFinding {
  finding: Finding;
  /** The hint goes right after this element; none: panel only. */
  anchor?: Element;
  /** Controls that get aria-invalid when the finding is an error. */
  invalid?: Element[];
  /** Adds controls (buttons) to the hint element; called once per new hint. */
  decorate?: (hint: HTMLElement) => void;
}

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
        placeAfterHints(anchor, hint);
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
    hint.className = HINT_CLASS;
    const text = this.doc.createElement('span');
    text.className = 'zcps-hint-text';
    hint.append(text);
    this.update(hint, finding);
    return hint;
  }

  private update(hint: HTMLElement, finding: Finding): void {
    hint.dataset.rule = finding.ruleId;
    if (hint.dataset.level !== finding.level) {
      hint.dataset.level = finding.level;
      hint.setAttribute('role', finding.level === 'error' ? 'alert' : 'status');
      setStyle(hint, HINT_STYLE, hintLevelCss(finding.level));
    }
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

/**
 * Puts `nodes` right after `anchor`, behind the hints already placed there,
 * in this order; a node already in its place is not moved.
 */
export function placeAfterHints(anchor: Element, ...nodes: readonly (Element | undefined)[]): void {
  let ref: Element = anchor;
  while (ref.nextElementSibling?.classList.contains(HINT_CLASS)) ref = ref.nextElementSibling;
  for (const node of nodes) {
    if (!node) continue;
    if (ref.nextElementSibling !== node) ref.after(node);
    ref = node;
  }
}
