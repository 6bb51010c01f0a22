/**
 * The page's own button that adds a row to a list (添加, 新增, + 增加一行):
 * the only way 一键填写 makes room for more 工作经历 or 学历 records. Pure DOM,
 * no scan state: the fill bundle uses it too.
 */
import type { RecordRef } from './fields';
import { CONTROL_SELECTOR, isControl } from './controls';
import { LISTS } from './synonyms';
import { OWN_ATTR } from '../assistant/own';

const ADD_BUTTON = /^[+＋\s]*(?:添加|新增|增加|追加)/;

function holdsControl(el: Element): boolean {
  for (const c of el.querySelectorAll(CONTROL_SELECTOR)) if (isControl(c)) return true;
  return false;
}

/** Whether the box, or the one around it, offers the page's own 添加/新增 button. */
export function hasAddButton(box: Element): boolean {
  return addButtons(box, 3).length > 0;
}

function buttonText(el: HTMLElement): string {
  return (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '')).trim();
}

/** The page's 添加/新增 buttons at the first of `levels` boxes around `box` that has any, in document order. */
export function addButtons(box: Element, levels: number): HTMLElement[] {
  let a: Element | null = box;
  for (let depth = 0; a && depth < levels; depth += 1, a = a.parentElement) {
    const found: HTMLElement[] = [];
    for (const el of a.querySelectorAll<HTMLElement>('button, a, input[type=button], [role=button], .btn, [class*=button]')) {
      if (el.closest(`[${OWN_ATTR}]`)) continue;
      const text = buttonText(el);
      if (ADD_BUTTON.test(text) && text.length <= 12 && !found.some((f) => f.contains(el) || el.contains(f))) found.push(el);
    }
    if (found.length > 0) return found;
    if (a.tagName === 'FORM' || a.tagName === 'BODY') break;
  }
  return [];
}

/**
 * The page's own button that adds a row to this list: near the list, not one
 * that names another list (添加学历 beside a 工作经历 table), one naming this
 * list first; inside a table that holds several lists, only in the rows of
 * this one or right after them.
 */
export function addButtonFor(record: RecordRef): HTMLElement | undefined {
  const own = LISTS.find((v) => v.list === record.list);
  const others = LISTS.filter((v) => v.list !== record.list).flatMap((v) => v.titles);
  const inTable = record.container.tagName === 'TABLE';
  const candidates = addButtons(record.container, 4).filter((el) => {
    const text = buttonText(el);
    if (others.some((t) => text.includes(t)) && !own?.titles.some((t) => text.includes(t))) return false;
    const row = el.closest('tr');
    if (!inTable || !row || !record.container.contains(row)) return true;
    // Inside the table: in the list's last row, or in a row right after it with no fields between.
    return (
      row === record.last || (row.parentElement === record.last.parentElement && isAfter(row, record.last) && nextIsAdd(record.last, row))
    );
  });
  const named = candidates.find((el) => own?.titles.some((t) => buttonText(el).includes(t)));
  if (named) return named;
  // Else the first one after the list, else the last one before it.
  return candidates.find((el) => isAfter(el, record.last)) ?? candidates[candidates.length - 1];
}

function isAfter(el: Element, ref: Element): boolean {
  return (ref.compareDocumentPosition(el) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
}

/** Only rows without fields lie between the list's last row and `row`. */
function nextIsAdd(last: Element, row: Element): boolean {
  for (let r = last.nextElementSibling; r && r !== row; r = r.nextElementSibling) if (holdsControl(r)) return false;
  return true;
}
