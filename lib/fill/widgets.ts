/**
 * Choosing in lists that page scripts draw (el-select, ant-select, EasyUI's
 * combobox, an ExtJS combo, layui's select): as a person does it — press the
 * widget open, wait for its list to show (often a tick later, often appended
 * to <body>), click the visible option that says the wanted text, wait for the
 * page to follow, then check. Never a value set behind the widget's back.
 */
import { cleanText } from '../page/controls';
import { isPromptOption } from '../page/text';
import { isHidden } from '../page/visible';
import { isOwn } from '../assistant/own';
import { findChoice } from './compare';

/** A pointer press as a person makes it: some widgets open on mousedown (ant-select), others on click. */
export function press(el: HTMLElement): void {
  el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view: el.ownerDocument.defaultView }));
  el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, view: el.ownerDocument.defaultView }));
  // A `javascript:` link (EasyUI's arrows, 添加 links) would be run under the extension's policy and refused
  // with an error in the page's console: its click handlers run, the link itself is not followed.
  const link = el.closest('a[href]');
  if (link && /^\s*javascript:/i.test(link.getAttribute('href') ?? '')) {
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
  }
  el.click();
}

/** Waits until the test holds (a widget follows a tick, a frame or a transition later); false after `ms`. */
export async function settle(test: () => boolean, ms = 600): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if (test()) return true;
    } catch {
      return false;
    }
    if (Date.now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What an option of a drawn list is made of; group titles and hints are not options. */
const OPTION = '[role="option"], li, dd, [class*="item"], [class*="option"]:not(option)';
const NOT_OPTION = /title|group|tips|header|empty|disabled|is-disabled|loading/i;
/** Putting a widget back to its prompt (undo) picks the 请选择 item a kit marks as a tip. */
const NOT_OPTION_BUT_TIPS = /title|group|header|empty|disabled|is-disabled|loading/i;

function sized(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** The options a person can see on the page now: innermost, with short text, none of the assistant's own. */
export function visibleOptions(doc: Document, tips = false): HTMLElement[] {
  const all: HTMLElement[] = [];
  const excluded = tips ? NOT_OPTION_BUT_TIPS : NOT_OPTION;
  for (const el of doc.querySelectorAll<HTMLElement>(OPTION)) {
    if (isOwn(el)) continue;
    if (excluded.test(el.getAttribute('class') ?? '') || el.getAttribute('aria-disabled') === 'true') continue;
    const text = cleanText(el.textContent);
    if (text === '' || text.length > 60 || isHidden(el)) continue;
    all.push(el);
  }
  const inner = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
  // Lists kept for screen readers (rc-select's listbox) are 0×0: a person sees only the drawn ones.
  const shown = inner.filter(sized);
  return shown.length > 0 ? shown : inner;
}

/** Where to press to open the widget: its text box (readonly ones open on a press), else its arrow. */
function openers(widget: HTMLElement): HTMLElement[] {
  const input = widget.querySelector<HTMLElement>(
    '[role="combobox"], input:not([type=hidden]), [class*="title"], [class*="selection"], [class*="selector"]',
  );
  const arrow = widget.querySelector<HTMLElement>('[class*="arrow"], [class*="trigger"], [class*="caret"]');
  const editable = input instanceof HTMLInputElement && !input.readOnly && input.getAttribute('role') !== 'combobox';
  const list = editable ? [arrow, input, widget] : [input, arrow, widget];
  return list.filter((el, i): el is HTMLElement => el !== null && list.indexOf(el) === i);
}

/**
 * Opens the widget, clicks the visible option meaning `wanted` (or one of
 * `also`), and waits until `holds` says the page took it. The widget is left
 * closed either way. false when no option says the value or the page did not
 * follow.
 */
export async function chooseFromList(widget: HTMLElement, wanted: string, also: readonly string[], holds: () => boolean): Promise<boolean> {
  if (holds()) return true;
  const doc = widget.ownerDocument;
  const tips = isPromptOption(wanted);
  const before = new Set(visibleOptions(doc, tips).filter((el) => !widget.contains(el)));
  const fresh = () => visibleOptions(doc, tips).filter((el) => !before.has(el));
  const closedClass = widget.className;
  let options: HTMLElement[] = [];
  let opener: HTMLElement | undefined;
  for (const candidate of openers(widget)) {
    press(candidate);
    opener = candidate;
    if (await settle(() => (options = fresh()).length > 0, 450)) break;
    // It reacted (opened) but shows nothing to pick: pressing elsewhere would only close it again.
    if (widget.className !== closedClass) break;
  }
  const index = findChoice(
    options.map((el) => ({ text: cleanText(el.textContent) })),
    wanted,
    also,
  );
  const item = index >= 0 ? options[index] : undefined;
  if (!item) {
    // Leave the widget as it was: press the opener again if that is what opened it.
    if (opener && widget.className !== closedClass) press(opener);
    else if (opener && options.length > 0) close(opener);
    return false;
  }
  press(item);
  const taken = await settle(holds, 600);
  // A list that stays open after the choice (some kits close only on blur) is closed as a person would.
  if (fresh().length > 0 && opener) close(opener);
  return taken;
}

function close(opener: HTMLElement): void {
  opener.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, cancelable: true }));
  const doc = opener.ownerDocument;
  // Lists that close on a press elsewhere: a press on the page's body, outside any field.
  doc.body?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
  doc.body?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true }));
}

/**
 * After typing a date into a picker's text box: Enter and leaving the box, as
 * a person ends typing. Picker scripts take typed text on one of these
 * (Element on change or Enter, EasyUI and Ant on Enter or blur). Synthetic
 * keys have no default action: no form is submitted.
 */
export function commitTyped(el: HTMLElement): void {
  for (const type of ['keydown', 'keyup'] as const) {
    el.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
  }
  el.dispatchEvent(new FocusEvent('blur'));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}
