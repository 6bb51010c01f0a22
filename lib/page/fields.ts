/**
 * The fields of a platform page as a person sees them: visible controls (and
 * hidden ones drawn by a visible stand-in), radio/checkbox groups as one
 * field, each with its label, meaning and the place for an inline hint.
 * Runs on every page in the content script: one pass, no layout reads beyond
 * checkVisibility, never throws.
 */
import type { Meaning } from '../meanings';
import {
  CONTROL_SELECTOR,
  choiceStandIn,
  choiceText,
  cleanText,
  groupContainerOf,
  isControl,
  kindOf,
  listShownText,
  listWidgetOf,
  wrappingLabel,
  type Control,
  type FieldKind,
} from './controls';
import { inferLabel, labelsFor, useControls, type LabelSource } from './labels';
import { matchMeaningFor, type MeaningMatch } from './match';
import { markRecords } from './rows';
import { isPromptOption, stripPrompt } from './text';
import { isHidden } from './visible';
import { OWN_ATTR } from '../assistant/own';

export type { FieldKind } from './controls';

export interface Field {
  /** The control (for a radio/checkbox group: its first member). */
  el: HTMLElement;
  kind: FieldKind;
  /** Radio/checkbox group members ([] otherwise). */
  members: HTMLInputElement[];
  label: string;
  /** For controls sharing one labelled box (起 … 止): this control's own words ('起'). */
  hint?: string;
  /** 'group' for a radio/checkbox group of several members: the label names the group. */
  labelSource: LabelSource | 'group';
  meaning?: Meaning;
  confidence: number;
  /** The visible stand-in of a hidden control (custom select, WebUploader picker). */
  widget?: HTMLElement;
  /** Where an inline hint goes, inserted AFTER it: the widget, the group's container, or el. */
  anchor: HTMLElement;
  /** Select option texts (without 请选择) / radio+checkbox option labels, in member order; none for a list a script draws only when opened. */
  options: string[];
  /** Disabled (or a read-only text box) when read: a display of a value, never the page's one field of its meaning when an editable one exists. */
  disabled?: boolean;
  /** Set when the field is a cell of a repeated row (a list of records). */
  record?: RecordRef;
}

/** Where a field sits in a list of records (工作经历, 学历, works rows). */
export interface RecordRef {
  /** What the list holds, from its section title or its columns (lists of nothing known are not marked). */
  list: 'history' | 'education' | 'works';
  /** The row's position among the list's rows, from 0. */
  index: number;
  /** The row element (a tr, or the box that repeats). */
  row: Element;
  /** What holds the list (its table, or the box around the repeating boxes), and its last row: where its 添加 button is looked for. */
  container: Element;
  last: Element;
}

/** The most fields one scan handles; pages past that keep working, unchecked beyond it. */
export const FIELD_CAP = 2000;

/** How much a label found this way is trusted, multiplied into the synonym's confidence. */
const SOURCE_WEIGHT: Record<LabelSource | 'group', number> = {
  for: 1,
  wrap: 1,
  aria: 1,
  label: 1,
  legend: 1,
  cell: 1,
  dt: 1,
  group: 1,
  sibling: 0.95,
  cellAbove: 0.9,
  choice: 0.9,
  title: 0.85,
  placeholder: 0.85,
  option: 0.85,
  none: 0,
};

interface Pending {
  el: Control;
  kind: FieldKind;
  members: HTMLInputElement[];
  widget?: HTMLElement;
}

let lastScan = new WeakMap<Element, Field>();

const OWN_BOX = `[${OWN_ATTR}]`;
// Any control inside one of the assistant's own boxes: one descendant selector per control tag.
const OWN_CONTROLS = CONTROL_SELECTOR.split(',')
  .map((tag) => `${OWN_BOX} ${tag.trim()}`)
  .join(',');

/**
 * Every field under root, in document order, at most opts.cap (default FIELD_CAP).
 * A control that fails to read is left out; the scan itself never throws.
 */
export function collectFields(root: Document | Element, opts?: { cap?: number }): Field[] {
  const cap = Math.max(0, opts?.cap ?? FIELD_CAP);
  const doc = isDocument(root) ? root : root.ownerDocument;
  let candidates: NodeListOf<Element>;
  let inOwnBox: boolean;
  try {
    candidates = root.querySelectorAll(CONTROL_SELECTOR);
    // The assistant's own boxes in the page rarely hold a control: each control's ancestors are walked only when one does.
    inOwnBox = root.querySelector(OWN_CONTROLS) !== null;
  } catch {
    return [];
  }

  const pendings: Pending[] = [];
  const widgets = new Map<Element, Control>();
  const groupsByKey = new Map<string, Pending>();
  const ids = new WeakMap<object, number>();
  let nextId = 1;
  const idOf = (o: object): number => {
    let id = ids.get(o);
    if (id === undefined) {
      id = nextId++;
      ids.set(o, id);
    }
    return id;
  };

  for (const el of candidates) {
    if (pendings.length >= cap) break;
    try {
      if (!isControl(el) || (inOwnBox && el.closest(OWN_BOX))) continue;
      const kind = kindOf(el);
      if (kind === 'radio' || kind === 'checkbox') {
        const input = el as HTMLInputElement;
        if (isHidden(input) && !visibleStandIn(input)) continue;
        const key = groupKey(input, kind, idOf);
        const existing = groupsByKey.get(key);
        if (existing) existing.members.push(input);
        else {
          const pending: Pending = { el: input, kind, members: [input] };
          groupsByKey.set(key, pending);
          pendings.push(pending);
        }
        continue;
      }
      const hidden = isHidden(el);
      let widget: HTMLElement | undefined;
      let fieldKind: FieldKind = kind;
      if (kind === 'select' && hidden) widget = selectWidget(el as HTMLSelectElement);
      else if (kind === 'file') widget = fileWidget(el as HTMLInputElement, hidden);
      else if (kind === 'text' && !hidden && el.tagName === 'INPUT') {
        // A text box that only shows what was chosen in a list the widget draws: a select to the applicant.
        widget = listWidgetOf(el as HTMLInputElement);
        if (widget) fieldKind = 'select';
      }
      if (hidden && !widget) continue;
      if (widget) widgets.set(widget, el);
      pendings.push({ el, kind: fieldKind, members: [], widget });
    } catch {
      continue;
    }
  }
  // Inputs drawn inside a custom select (layui's title input, select2's search box) are the widget, not fields.
  const kept = widgets.size === 0 ? pendings : pendings.filter((p) => !insideOtherWidget(p.el, widgets));

  const controls: Element[] = [];
  const groups = new Map<Element, readonly HTMLInputElement[]>();
  for (const p of kept) {
    if (p.members.length > 0) {
      for (const m of p.members) {
        controls.push(m);
        groups.set(m, p.members);
      }
    } else controls.push(p.el);
  }
  // Scanning one container: controls elsewhere on the page still bound its labels.
  if (!isDocument(root)) {
    for (const c of doc.querySelectorAll(CONTROL_SELECTOR)) if (!root.contains(c) && isControl(c)) controls.push(c);
  }
  const fields: Field[] = [];
  try {
    useControls(doc, controls, groups);
  } catch {
    return [];
  }
  for (const p of kept) {
    try {
      fields.push(toField(p));
    } catch {
      continue;
    }
  }
  try {
    markRecords(fields);
  } catch {
    // a list that cannot be read stays a set of single fields
  }
  remember(fields);
  return fields;
}

function isDocument(root: Document | Element): root is Document {
  return root.nodeType === 9;
}

/** Radios share a group by form and name; unnamed ones by the box they sit in. */
function groupKey(input: HTMLInputElement, kind: FieldKind, idOf: (o: object) => number): string {
  const name = input.getAttribute('name');
  if (name) return `${kind}|${idOf(input.form ?? input.ownerDocument)}|n:${name}`;
  return `${kind}|${idOf(groupContainerOf(input) ?? input)}|box`;
}

/** A hidden radio/checkbox still counts when something visible is drawn for it (layui) or its label is visible. */
function visibleStandIn(input: HTMLInputElement): HTMLElement | undefined {
  const standIn = choiceStandIn(input) ?? wrappingLabel(input);
  return standIn && !isHidden(standIn) ? standIn : undefined;
}

const SELECT_WIDGET =
  '.layui-form-select, .select2, .select2-container, .chosen-container, .bootstrap-select, .el-select, .ant-select, ' +
  '[role=combobox], [role=listbox], [aria-haspopup=listbox]';
const SELECT_CLASS = /select|combo|dropdown|picker/i;
const NOT_A_WIDGET = new Set(['TD', 'TH', 'TR', 'TABLE', 'TBODY', 'FORM', 'BODY', 'HTML', 'FIELDSET', 'LI', 'UL', 'DL', 'DD']);

function looksLikeSelectWidget(el: Element): boolean {
  if (NOT_A_WIDGET.has(el.tagName)) return false;
  return el.matches(SELECT_WIDGET) || SELECT_CLASS.test(el.getAttribute('class') ?? '');
}

/** Whether an element holds a control of its own (then it is another field, not a stand-in). */
function holdsControl(el: Element): boolean {
  for (const c of el.querySelectorAll(CONTROL_SELECTOR)) if (isControl(c)) return true;
  return false;
}

/** The visible element drawn for a hidden <select>: a custom select next to it or around it. */
function selectWidget(select: HTMLSelectElement): HTMLElement | undefined {
  // Wrappers that put the select inside (bootstrap-select).
  let up: Element | null = select.parentElement;
  for (let i = 0; up && i < 2; i += 1, up = up.parentElement) {
    if (NOT_A_WIDGET.has(up.tagName)) break;
    if (up.matches('.bootstrap-select, .select2-container, [role=combobox]') && !isHidden(up)) return up as HTMLElement;
  }
  // A stand-in after the select, or after one of its two nearest ancestors (stopping at another field).
  let from: Element | null = select;
  for (let level = 0; from && level < 3; level += 1, from = from.parentElement) {
    if (level > 0 && NOT_A_WIDGET.has(from.tagName)) break;
    let sib = from.nextElementSibling;
    for (let n = 0; sib && n < 3; n += 1, sib = sib.nextElementSibling) {
      if (isHidden(sib)) continue;
      if (looksLikeSelectWidget(sib)) return sib as HTMLElement;
      const inner = sib.querySelector(SELECT_WIDGET);
      if (inner && !isHidden(inner)) return inner as HTMLElement;
      if (level === 0 && n === 0 && showsSelection(sib, select)) return sib as HTMLElement;
      if (holdsControl(sib)) break;
    }
    if (from !== select && from.parentElement && holdsOtherControl(from.parentElement, select)) break;
  }
  return undefined;
}

function holdsOtherControl(container: Element, own: Element): boolean {
  for (const c of container.querySelectorAll(CONTROL_SELECTOR)) if (c !== own && isControl(c) && !isHidden(c)) return true;
  return false;
}

/** An element right after a select that shows the chosen option's text (or its prompt). */
function showsSelection(el: Element, select: HTMLSelectElement): boolean {
  const chosen = cleanText(select.options[select.selectedIndex]?.textContent);
  const input = el.matches('input') ? el : el.querySelector('input');
  const shown = input
    ? cleanText((input as HTMLInputElement).value) || cleanText(input.getAttribute('placeholder'))
    : cleanText(el.textContent);
  if (shown === '') return false;
  return shown === chosen || (isPromptOption(shown) && (chosen === '' || isPromptOption(chosen)));
}

const PICKER_CLASS = /upload|picker|pick|file|btn|button/i;
const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'TABLE', 'TBODY']);

/** The visible picker of a file input: WebUploader's pick button, a styled label[for], an upload button beside it. */
function fileWidget(input: HTMLInputElement, hidden: boolean): HTMLElement | undefined {
  let up: Element | null = input.parentElement;
  for (let i = 0; up && i < 3; i += 1, up = up.parentElement) {
    if (NOT_A_WIDGET.has(up.tagName) || holdsOtherControl(up, input)) break;
    const pick = up.querySelector('.webuploader-pick');
    if (pick && !isHidden(pick)) return pick as HTMLElement;
  }
  if (!hidden) return undefined;
  for (const label of labelsFor(input)) if (!isHidden(label)) return label;
  for (const sib of [input.nextElementSibling, input.previousElementSibling]) {
    // A list beside the input shows the uploaded files ('ul.file-list'); it is not the picker.
    if (!sib || LIST_TAGS.has(sib.tagName) || sib.hasAttribute(OWN_ATTR) || isHidden(sib) || holdsControl(sib)) continue;
    const role = sib.getAttribute('role');
    if (sib.tagName === 'BUTTON' || sib.tagName === 'A' || role === 'button' || PICKER_CLASS.test(sib.getAttribute('class') ?? '')) {
      return sib as HTMLElement;
    }
  }
  up = input.parentElement;
  for (let i = 0; up && i < 3; i += 1, up = up.parentElement) {
    if (NOT_A_WIDGET.has(up.tagName)) break;
    if (isHidden(up)) continue;
    if (holdsOtherControl(up, input)) break;
    if (up.tagName === 'LABEL' || up.getAttribute('role') === 'button' || PICKER_CLASS.test(up.getAttribute('class') ?? '')) {
      return up as HTMLElement;
    }
  }
  return undefined;
}

function insideOtherWidget(el: Element, widgets: ReadonlyMap<Element, Control>): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    const owner = widgets.get(a);
    if (owner !== undefined && owner !== el) return true;
  }
  return false;
}

function toField(p: Pending): Field {
  const found = inferLabel(p.el) ?? widgetLabel(p.widget) ?? (p.kind === 'file' ? fileBoxLabel(p.el) : undefined);
  const label = found?.text ?? '';
  const labelSource: LabelSource | 'group' = p.members.length > 1 && found ? 'group' : (found?.source ?? 'none');
  const labelMatch = label ? sharedBoxMatch(label, found?.own, p.kind === 'file') : undefined;
  const scored = labelMatch ? { ...labelMatch, confidence: labelMatch.confidence * SOURCE_WEIGHT[labelSource] } : undefined;
  const match = otherStrings(p, label, scored) ?? scored;
  // Read when first asked for: a 民族 select has 56 options and most scans never look at them.
  let options: string[] | undefined;
  const readOptions = (): string[] =>
    p.kind === 'select'
      ? p.el.tagName === 'SELECT'
        ? selectOptions(p.el as HTMLSelectElement)
        : []
      : p.members.map((m) => choiceText(m, labelsFor) || cleanText(m.getAttribute('value')));
  const field: Field = {
    el: p.el,
    kind: p.kind,
    members: p.members,
    label,
    labelSource,
    confidence: match ? round(match.confidence) : 0,
    anchor: p.widget ?? (p.members.length > 0 ? groupAnchor(p.members) : p.el),
    get options() {
      return (options ??= readOptions());
    },
  };
  if (match) field.meaning = match.meaning;
  if (found?.own) field.hint = found.own;
  if (isDisplay(p)) field.disabled = true;
  if (p.widget) field.widget = p.widget;
  return field;
}

/**
 * The meaning of a label of a control that shares its captioned box with
 * others ('联系方式 邮箱': the box's caption, then the words just before the
 * control). When the caption alone decides what the whole label means
 * (联系方式 reads as the mobile number), the control's own words name it
 * better if they name something else (邮箱). The caption still counts where it
 * qualifies the words: in '工作单位 电话' the phone is no longer the applicant's.
 */
function sharedBoxMatch(label: string, own: string | undefined, upload: boolean): MeaningMatch | undefined {
  const whole = matchMeaningFor(label, upload);
  if (!own || !whole || !label.endsWith(own)) return whole;
  const byOwn = matchMeaningFor(own, upload);
  if (!byOwn || byOwn.meaning === whole.meaning) return whole;
  const byCaption = matchMeaningFor(label.slice(0, label.length - own.length), upload);
  return byCaption?.meaning === whole.meaning ? byOwn : whole;
}

/** Below this, a label's meaning is a guess that a more specific string of the control may replace (附件 → achFile). */
const WEAK = 0.7;
/** An attribute worth reading as a name: a short phrase, not a sentence or an example ('如：2021年称职…'). */
const NAME_LIKE = /^[^,，。；;:：!！?？]{1,16}$/u;

/**
 * The other strings that name a control, scored like its label: its own
 * placeholder, title or aria-label when the label says nothing, and the
 * caption of an upload's button (上传破格推荐审批表) when the label says
 * nothing or little. Sentences and examples are not names.
 */
function otherStrings(
  p: Pending,
  label: string,
  scored: { meaning: Meaning; confidence: number } | undefined,
): { meaning: Meaning; confidence: number } | undefined {
  const upload = p.kind === 'file';
  if (scored && !(upload && scored.confidence < WEAK)) return undefined;
  const strings: string[] = [];
  if (!scored && p.members.length === 0) {
    for (const attr of ['placeholder', 'title', 'aria-label']) strings.push(stripPrompt(p.el.getAttribute(attr) ?? ''));
  }
  if (upload && p.widget && !p.widget.contains(p.el)) strings.push(stripPrompt(cleanText(p.widget.textContent)));
  let best = scored;
  for (const text of strings) {
    if (!text || text === label || !NAME_LIKE.test(text) || /^[如例]/u.test(text)) continue;
    const found = matchMeaningFor(text, upload);
    if (!found) continue;
    const confidence = found.confidence * SOURCE_WEIGHT.placeholder;
    if (!best || confidence > best.confidence) best = { meaning: found.meaning, confidence };
  }
  return best;
}

/** A control the applicant cannot change: disabled, or a read-only text box that is no list or picker. */
function isDisplay(p: Pending): boolean {
  const all = p.members.length > 0 ? p.members : [p.el];
  if (all.every((m) => (m as HTMLInputElement).disabled || m.getAttribute('aria-disabled') === 'true')) return true;
  return (p.kind === 'text' || p.kind === 'textarea') && (p.el as HTMLInputElement).readOnly === true;
}

/** A hidden control's label may be written for the text box its widget draws (EasyUI's label option). */
function widgetLabel(widget: HTMLElement | undefined): ReturnType<typeof inferLabel> {
  const inner = widget?.querySelector('input:not([type=hidden]), textarea');
  return inner ? inferLabel(inner) : undefined;
}

/**
 * An upload drawn as a read-only text box showing the file name beside a
 * browse button (ExtJS filefield, EasyUI filebox): the label names the text
 * box, and the upload is the field it stands for.
 */
function fileBoxLabel(input: Element): ReturnType<typeof inferLabel> {
  let box = input.parentElement;
  for (let depth = 0; box && depth < 5; depth += 1, box = box.parentElement) {
    if (/^(FORM|BODY|HTML|FIELDSET|UL|OL|DL)$/.test(box.tagName)) break;
    const others = [...box.querySelectorAll(CONTROL_SELECTOR)].filter((c) => c !== input && isControl(c));
    if (others.length > 1) break;
    const text = others[0];
    if (text && text.tagName === 'INPUT' && (text as HTMLInputElement).readOnly) return inferLabel(text);
    if (text) break;
  }
  return undefined;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function selectOptions(select: HTMLSelectElement): string[] {
  const out: string[] = [];
  for (const option of select.options) {
    const text = cleanText(option.textContent);
    if (text && !isPromptOption(text)) out.push(text);
  }
  return out;
}

/** Containers a hint must not follow directly (it would land inside a table row or list). */
const UNSAFE_ANCHOR = new Set(['TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TABLE', 'LI', 'UL', 'OL', 'DD', 'DT', 'DL', 'FORM', 'BODY', 'HTML']);

/** After the group: its role=radiogroup, the box holding just the members, else the last member's label. */
function groupAnchor(members: readonly HTMLInputElement[]): HTMLElement {
  const first = members[0] as HTMLInputElement;
  const last = members[members.length - 1] as HTMLInputElement;
  const group = first.closest('[role=radiogroup], [role=group]');
  if (group && members.every((m) => group.contains(m))) return group as HTMLElement;
  if (members.length > 1) {
    let box: Element | null = first.parentElement;
    while (box && !members.every((m) => box!.contains(m))) box = box.parentElement;
    if (box && !UNSAFE_ANCHOR.has(box.tagName) && !holdsForeignControl(box, members)) return box as HTMLElement;
  }
  const after = choiceStandIn(last) ?? wrappingLabel(last);
  if (after) return after;
  const next = last.nextElementSibling;
  if (next && next.tagName === 'LABEL' && next.getAttribute('for') === last.id && last.id) return next as HTMLElement;
  return last;
}

function holdsForeignControl(box: Element, members: readonly HTMLInputElement[]): boolean {
  const own = new Set<Element>(members);
  for (const c of box.querySelectorAll(CONTROL_SELECTOR)) if (!own.has(c) && isControl(c)) return true;
  return false;
}

function remember(fields: readonly Field[]): void {
  lastScan = new WeakMap();
  for (const f of fields) {
    lastScan.set(f.el, f);
    for (const m of f.members) {
      lastScan.set(m, f);
      const standIn = choiceStandIn(m);
      if (standIn) lastScan.set(standIn, f);
    }
    if (f.widget) lastScan.set(f.widget, f);
    if (f.anchor !== f.el && f.members.length > 0) lastScan.set(f.anchor, f);
  }
}

/** The field an event target belongs to (its control, a group member, a widget or inside one), from the last scan. */
export function fieldFor(el: Element): Field | undefined {
  try {
    let a: Element | null = el;
    for (let i = 0; a && i < 12; i += 1, a = a.parentElement) {
      const f = lastScan.get(a);
      if (f) return f;
    }
  } catch {
    // a node from a torn-down document: no field
  }
  return undefined;
}

/**
 * The field's value as text: a select's chosen option text ('' for 请选择),
 * a radio group's checked option, a checkbox group's checked options joined
 * with '、', file names joined with '、'. Never throws.
 */
export function readValue(field: Field): string {
  try {
    switch (field.kind) {
      case 'select': {
        if (field.el.tagName !== 'SELECT') return listShownText(field.el as HTMLInputElement, field.widget);
        const select = field.el as HTMLSelectElement;
        const chosen: string[] = [];
        for (const option of select.options) {
          if (!option.selected) continue;
          const text = cleanText(option.textContent);
          if (text && !isPromptOption(text)) chosen.push(text);
        }
        return chosen.join('、');
      }
      case 'radio':
      case 'checkbox':
        return readChoices(field).join('、');
      case 'file': {
        const files = (field.el as HTMLInputElement).files;
        return files ? [...files].map((f) => f.name).join('、') : '';
      }
      default:
        return String((field.el as HTMLInputElement | HTMLTextAreaElement).value ?? '');
    }
  } catch {
    return '';
  }
}

/** The option labels of the checked members of a radio/checkbox group ([] for other kinds). */
export function readChoices(field: Field): string[] {
  try {
    const out: string[] = [];
    field.members.forEach((m, i) => {
      if (m.checked) out.push(field.options[i] ?? cleanText(m.getAttribute('value')));
    });
    return out;
  } catch {
    return [];
  }
}
