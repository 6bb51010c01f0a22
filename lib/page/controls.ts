/**
 * What counts as a form control, what kind it is, which radios/checkboxes
 * form one group, and the option text of one radio/checkbox. DOM helpers
 * shared by label inference and the field scan.
 */

import { isHiddenByMarkup } from './visible';
import { OWN_ATTR } from '../assistant/own';

export type FieldKind = 'text' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'file' | 'date';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export const CONTROL_SELECTOR = 'input, select, textarea';

/** Input types that are buttons or carry no visible value: never a field. */
const NOT_FIELD_TYPES = new Set(['hidden', 'button', 'submit', 'reset', 'image']);
const DATE_TYPES = new Set(['date', 'datetime-local', 'month', 'week', 'time']);

/** A control the applicant can fill (buttons and type=hidden are not). */
export function isControl(el: Element): el is Control {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  return !NOT_FIELD_TYPES.has(inputType(el as HTMLInputElement));
}

/** The input's type as the browser reads it (lower case; an unknown or misspelt type is 'text'). */
export function inputType(input: HTMLInputElement): string {
  const type = input.type;
  return typeof type === 'string' ? type : 'text';
}

/**
 * Text inputs driven by a date picker (My97 WdatePicker, laydate, Element's
 * el-date-editor, EasyUI's datebox, Ant's picker) are dates too: by a hint in
 * the input's own markup or a class of the box around it. Whole words only:
 * EasyUI's validatebox is no date box.
 */
const DATE_HINT = /wdate|laydate|date-?picker|(?:^|[-_\s])datebox|datetime|date-?editor|(?:^|[-_\s(])(?:date|time)(?:[-_\s(]|$)/i;
const DATE_BOX =
  /date-?picker|(?:^|[-_\s])datebox|date-?editor|(?:^|\s)ant-picker(?:\s|$)|laydate|x-form-date|(?:^|[-_\s])date(?:[-_\s]|$)/i;
const DATE_PLACEHOLDER = /yyyy|年.{0,3}月|日期|\d{4}-\d{2}/i;
/** Where a picker's script leaves its mark on the input (laydate also sets lay-key). */
const DATE_HINT_ATTRS = ['onclick', 'onfocus', 'class', 'lay-verify'] as const;

export function kindOf(el: Control): FieldKind {
  if (el.tagName === 'SELECT') return 'select';
  if (el.tagName === 'TEXTAREA') return 'textarea';
  const type = inputType(el as HTMLInputElement);
  if (type === 'radio' || type === 'checkbox' || type === 'file') return type;
  if (DATE_TYPES.has(type)) return 'date';
  if (el.hasAttribute('lay-key')) return 'date';
  for (const attr of DATE_HINT_ATTRS) {
    const hint = el.getAttribute(attr);
    if (hint !== null && DATE_HINT.test(hint)) return 'date';
  }
  const placeholder = el.getAttribute('placeholder');
  if (placeholder && DATE_PLACEHOLDER.test(placeholder)) return 'date';
  // The picker's box: a wrapper or the one around it (el-date-editor > input, span.datebox > input).
  let box = el.parentElement;
  for (let i = 0; box && i < 2; i += 1, box = box.parentElement) {
    if (DATE_BOX.test(box.getAttribute('class') ?? '')) return 'date';
  }
  return 'text';
}

export function isChoice(el: Element): el is HTMLInputElement {
  if (el.tagName !== 'INPUT') return false;
  const type = inputType(el as HTMLInputElement);
  return type === 'radio' || type === 'checkbox';
}

/** The <label> around the element, if it wraps no other control. */
export function wrappingLabel(el: Element): HTMLLabelElement | undefined {
  const label = el.parentElement?.closest('label');
  if (!label) return undefined;
  const controls = label.querySelectorAll(CONTROL_SELECTOR);
  for (const c of controls) if (c !== el && isControl(c)) return undefined;
  return label;
}

/**
 * The members of the radio/checkbox group `input` belongs to: same type and
 * name in the same form; without a name, the unnamed ones in the same container.
 */
export function groupMembers(input: HTMLInputElement): HTMLInputElement[] {
  const type = inputType(input);
  const name = input.getAttribute('name');
  if (name) {
    const owner = input.form ?? input.getRootNode();
    // Duck-typed: a node of another frame's window is no instance of this window's Node.
    if (typeof (owner as Partial<ParentNode>).querySelectorAll !== 'function') return [input];
    const all = (owner as ParentNode).querySelectorAll('input');
    const members: HTMLInputElement[] = [];
    for (const m of all) {
      if (m.getAttribute('name') === name && inputType(m) === type && m.form === input.form) members.push(m);
    }
    return members.length > 0 ? members : [input];
  }
  const container = groupContainerOf(input);
  if (!container) return [input];
  const members: HTMLInputElement[] = [];
  for (const m of container.querySelectorAll('input')) {
    if (!m.getAttribute('name') && inputType(m) === type && groupContainerOf(m) === container) members.push(m);
  }
  return members.length > 0 ? members : [input];
}

/** The element that holds an unnamed choice and its siblings (the parent of its label if wrapped). */
export function groupContainerOf(input: HTMLInputElement): Element | null {
  const label = wrappingLabel(input);
  return (label ?? input).parentElement;
}

/** Collapse whitespace, trim; the page's own spelling otherwise (no NFKC: values are filled as shown). */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  const t = text.length > 300 ? text.slice(0, 300) : text;
  // Private-use characters are icon-font glyphs (layui, iconfont), not text.
  return t
    .replace(/[\u200b-\u200d\ufeff\ue000-\uf8ff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the walk below leaves out; a box without any of these reads the same through textContent. */
const NOT_PLAIN_TEXT = `script, style, noscript, template, select, textarea, button, option, input, [hidden], [style*="none"], [${OWN_ATTR}]`;

const SKIP_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'BUTTON', 'OPTION']);

/** Text of an element without the text of controls, scripts and hidden children, at most ~300 chars. */
export function textWithoutControls(root: Node, stopAt?: Node): { before: string; after: string } {
  // Most label boxes hold plain text: one native textContent instead of a walk in script.
  if (stopAt === undefined && root.nodeType === 1 && (root as Element).querySelector(NOT_PLAIN_TEXT) === null) {
    const text = root.textContent ?? '';
    return { before: text.length > 300 ? text.slice(0, 300) : text, after: '' };
  }
  let before = '';
  let after = '';
  let passed = false;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (before.length + after.length > 300) return;
      if (child === stopAt) {
        passed = true;
        continue;
      }
      if (child.nodeType === 3) {
        if (passed) after += (child as Text).data;
        else before += (child as Text).data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP_TEXT_TAGS.has(el.tagName) || el.tagName === 'INPUT') continue;
        // The assistant's own hints quote labels and file names: never page text.
        if (isHiddenByMarkup(el) || el.hasAttribute(OWN_ATTR)) continue;
        walk(el);
      }
    }
  };
  walk(root);
  return { before, after };
}

const INLINE_TAGS = new Set([
  'FONT',
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'SMALL',
  'A',
  'SUP',
  'SUB',
  'U',
  'NOBR',
  'ABBR',
  'MARK',
  'Q',
  'S',
  'CODE',
  'BIG',
]);

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName);
}

/** Stand-ins that some UI kits draw after a hidden radio/checkbox (layui, iCheck, element). */
const CHOICE_STAND_IN = /radio|checkbox|check/i;

/** The visible element drawn for a hidden radio/checkbox: the box around it, or one drawn beside it. */
export function choiceStandIn(input: HTMLInputElement): HTMLElement | undefined {
  // iCheck, EasyUI, Element, Ant: the input sits inside the drawn box, whose
  // inner parts (a dot shown only when checked) are decoration, not the box.
  const parent = input.parentElement;
  if (parent && parent.children.length <= 3 && CHOICE_STAND_IN.test(parent.getAttribute('class') ?? '')) return parent;
  const paired = pairedStandIn(input);
  if (paired !== undefined) return paired ?? undefined;
  const next = input.nextElementSibling;
  if (next && !isControl(next)) {
    const role = next.getAttribute('role');
    if (role === 'radio' || role === 'checkbox') return next as HTMLElement;
    if (CHOICE_STAND_IN.test(next.getAttribute('class') ?? '')) return next as HTMLElement;
  }
  return undefined;
}

/**
 * Stand-ins drawn apart from their inputs (all inputs, then all stand-ins;
 * ExtJS's role=radio buttons beside hidden radios): as many stand-ins as
 * inputs in the same box, paired by order. undefined when the box does not
 * read that way; null when it does but holds no stand-in for this input.
 */
function pairedStandIn(input: HTMLInputElement): HTMLElement | null | undefined {
  const parent = input.parentElement;
  if (!parent) return undefined;
  const type = inputType(input);
  const inputs: Element[] = [];
  const standIns: Element[] = [];
  for (const child of parent.children) {
    if (child.tagName === 'INPUT' && isChoice(child) && inputType(child) === type) inputs.push(child);
    else if (!isControl(child) && looksLikeStandIn(child)) standIns.push(child);
  }
  if (standIns.length === 0 || inputs.length !== standIns.length) return undefined;
  return (standIns[inputs.indexOf(input)] as HTMLElement | undefined) ?? null;
}

function looksLikeStandIn(el: Element): boolean {
  const role = el.getAttribute('role');
  return role === 'radio' || role === 'checkbox' || CHOICE_STAND_IN.test(el.getAttribute('class') ?? '');
}

/**
 * What an applicant reads beside one radio/checkbox: its wrapping label,
 * label[for], the text right after it, a stand-in's text, title, aria-label,
 * or a Chinese value. Page spelling, whitespace collapsed; '' if none.
 */
export function choiceText(input: HTMLInputElement, labelsFor?: (el: Element) => HTMLLabelElement[]): string {
  const wrap = wrappingLabel(input);
  if (wrap) {
    const { before, after } = textWithoutControls(wrap, input);
    const t = cleanText(after) || cleanText(before);
    if (t) return t;
  }
  for (const label of labelsFor?.(input) ?? []) {
    const t = cleanText(textWithoutControls(label, input).before);
    if (t) return t;
  }
  const next = textAfter(input);
  if (next) return next;
  const title = cleanText(input.getAttribute('title'));
  if (title) return title;
  const aria = cleanText(input.getAttribute('aria-label'));
  if (aria) return aria;
  const value = cleanText(input.getAttribute('value'));
  if (/\p{Script=Han}/u.test(value)) return value;
  return rowText(input);
}

/** A choice alone in a table cell (a list of rows to tick) is named by the rest of its row. */
function rowText(input: Element): string {
  const cell = input.parentElement?.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName !== 'TR' || cell.querySelectorAll(CONTROL_SELECTOR).length > 1) return '';
  const parts: string[] = [];
  for (const other of row.children) {
    if (other === cell || other.querySelector(CONTROL_SELECTOR)) continue;
    const text = cleanText(other.textContent);
    if (text) parts.push(text);
  }
  const joined = parts.join(' ');
  return joined.length > 80 ? joined.slice(0, 80) : joined;
}

/** Inline text right after a choice, up to the next control or line break. */
function textAfter(input: Element): string {
  let run = '';
  for (let node = input.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      run += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isControl(el) || el.tagName === 'BR' || el.querySelector(CONTROL_SELECTOR)) break;
    if (el.tagName === 'LABEL' && el.getAttribute('for')) break;
    const isStandIn = CHOICE_STAND_IN.test(el.getAttribute('class') ?? '') || el.tagName === 'LABEL';
    if (!isInline(el) && !isStandIn) {
      if (cleanText(run)) break;
      continue;
    }
    run += el.textContent ?? '';
    if (isStandIn) break;
    if (run.length > 100) break;
  }
  return cleanText(run);
}

/** Boxes a script draws a list-choosing widget in (el-select, ant-select, EasyUI's combo, select2). */
const LIST_BOX = /(?:^|[-_\s])(?:select|combobox|combo|dropdown|cascader)(?:[-_\s]|$)/i;
/** The arrow beside an input that opens its list (ExtJS's trigger, EasyUI's combo-arrow). */
const LIST_ARROW = /arrow-trigger|combo-arrow|select-arrow|select__caret|(?:^|[-_\s])caret(?:[-_\s]|$)/i;
const LIST_STOP = new Set(['FORM', 'BODY', 'HTML', 'FIELDSET', 'DL', 'UL', 'OL', 'LI']);

/**
 * The widget a text input is the display of, when its choices open in a list
 * drawn by a script (an el-select's readonly input, an ant-select's search
 * box, EasyUI's combobox text, an ExtJS combo): the outermost box around it
 * that holds no other control and reads as a select, or that shows an arrow
 * beside it. undefined for plain text inputs, and for the text box drawn for
 * a hidden <select> (that select is the field).
 */
export function listWidgetOf(input: HTMLInputElement): HTMLElement | undefined {
  const role = input.getAttribute('role');
  const popup = input.getAttribute('aria-haspopup');
  const announced = role === 'combobox' || popup === 'listbox' || popup === 'true' || input.getAttribute('aria-autocomplete') === 'list';
  // Most text boxes are plain: only an announced one, one in a select-like box, or a read-only one with an arrow is looked at closer.
  if (
    !announced &&
    !inListBox(input) &&
    !(input.readOnly && input.parentElement && arrowIn(input.parentElement.parentElement ?? input.parentElement))
  ) {
    return undefined;
  }
  let found: Element | undefined;
  let box = input.parentElement;
  for (let depth = 0; box && depth < 4; depth += 1, box = box.parentElement) {
    if (LIST_STOP.has(box.tagName) || holdsOtherField(box, input)) break;
    const cls = box.getAttribute('class') ?? '';
    if (LIST_BOX.test(cls)) found = box;
    else if (!found && arrowIn(box)) found = box;
  }
  if (!found && announced) found = input.parentElement ?? undefined;
  if (!found) return undefined;
  // Table cells draw ExtJS's trigger wrap: the widget is the table, a safe place to put a hint after.
  if (/^(TD|TR|TBODY|THEAD)$/.test(found.tagName)) found = found.closest('table') ?? found;
  return drawsNativeSelect(found) ? undefined : (found as HTMLElement);
}

function inListBox(input: Element): boolean {
  let box = input.parentElement;
  for (let depth = 0; box && depth < 4; depth += 1, box = box.parentElement)
    if (LIST_BOX.test(box.getAttribute('class') ?? '')) return true;
  return false;
}

function arrowIn(box: Element): boolean {
  for (const el of box.querySelectorAll('[class]')) if (LIST_ARROW.test(el.getAttribute('class') ?? '')) return true;
  return false;
}

function holdsOtherField(box: Element, own: Element): boolean {
  for (const c of box.querySelectorAll(CONTROL_SELECTOR)) if (c !== own && isControl(c)) return true;
  return false;
}

/** A widget drawn for a <select> kept hidden beside or inside it (layui, EasyUI on a select). */
function drawsNativeSelect(widget: Element): boolean {
  if (widget.querySelector('select')) return true;
  let sib = widget.previousElementSibling;
  for (let n = 0; sib && n < 2; n += 1, sib = sib.previousElementSibling) if (sib.tagName === 'SELECT') return true;
  return false;
}

/** What a list widget shows as chosen: its text box, else the chosen item it draws (ant-select). */
export function listShownText(input: HTMLInputElement, widget: Element | undefined): string {
  const value = input.value ?? '';
  if (value.trim() !== '') return value;
  const shown = widget?.querySelector('[class*="selection-item"], [class*="selected-value"], [class*="single-value"]');
  return shown ? cleanText(shown.getAttribute('title') ?? shown.textContent) : '';
}
