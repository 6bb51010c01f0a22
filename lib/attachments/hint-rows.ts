/**
 * An own box of hint rows after a page element. The hint layer shows one hint
 * per rule and anchor, so findings of one rule about several things (every
 * bad file of a slot, every team project, every open error before 提交) each
 * get their own empty anchor here, and their hints follow it.
 */
import { placeAfterHints } from '../assistant/hints';
import { markOwn } from '../assistant/own';
import { PAGE_STYLES, setStyle } from '../assistant/style';

export class HintRows {
  readonly box: HTMLElement;
  private readonly rows = new Map<string, HTMLElement>();

  constructor(
    private readonly doc: Document,
    className: string,
  ) {
    this.box = markOwn(doc.createElement('div'));
    this.box.className = className;
    setStyle(this.box, PAGE_STYLES.hintRows);
  }

  /** Keeps the box after `el`, behind the hints placed on `el` itself. */
  placeAfter(el: Element): void {
    placeAfterHints(el, this.box);
  }

  /** The anchor of one row (created at the end on first use). */
  anchor(key: string): HTMLElement {
    let row = this.rows.get(key);
    if (!row) {
      row = this.doc.createElement('span');
      row.dataset.zcpsRow = key;
      this.box.append(row);
      this.rows.set(key, row);
    }
    return row;
  }

  /** Removes the rows not in `keys`; their hints go at the hint layer's next update. */
  keep(keys: ReadonlySet<string>): void {
    for (const [key, row] of this.rows) {
      if (keys.has(key)) continue;
      row.remove();
      this.rows.delete(key);
    }
  }

  remove(): void {
    this.box.remove();
    this.rows.clear();
  }
}
