/**
 * A control's label as a person reads it, from markup nobody here has seen.
 * Ids are generated and meaningless, so only visible text counts. An ordered
 * cascade (docs/design.md "How a page is read"), each answer recording its source:
 *
 *   label[for=id|name] → wrapping label → aria-labelledby/aria-label →
 *   context: text before the control in its container, climbing while the
 *   container holds no other field; a table cell's previous cell (or the cell
 *   above when the row holds only controls, or the header drawn as a table of
 *   its own, as el-table does); the caption of its column when rows of boxes
 *   are drawn without <table> (div or li rows under a row of captions); a
 *   dd's dt; a label with no `for` — or a `for`
 *   naming no field, as Element UI writes it — beside the control's box; a
 *   fieldset's legend; a caption in the control's own cell →
 *   title → placeholder → a '请选择…' first option.
 *
 * Validation messages name nothing; a group whose members sit in boxes of
 * their own is named where all of them are.
 *
 * A radio/checkbox is labelled by its group's context; its own label is its
 * option text (see choiceText). Controls sharing one container (a date range
 * 起 … 止) share the container's label, each followed by the text just
 * before it: '起止时间 起始时间'.
 */
import { CONTROL_SELECTOR, choiceText, groupMembers, isChoice, isControl, isInline, textWithoutControls, wrappingLabel } from './controls';
import { isCellValue, isJunkLabel, isRowNumber, normalizeLabel, stripPrompt } from './text';
import { isHiddenByMarkup } from './visible';
import { OWN_ATTR } from '../assistant/own';

export type LabelSource =
  | 'for' // <label for> naming the control's id or name
  | 'wrap' // a <label> around the control
  | 'aria' // aria-labelledby / aria-label (a group's role=radiogroup too)
  | 'sibling' // text before the control in its container
  | 'label' // a <label> without `for` right before the control's block (layui)
  | 'legend' // the legend of the fieldset holding the control (group)
  | 'cell' // the previous cell of the table row
  | 'cellAbove' // the cell above in the same column
  | 'dt' // the dt of the control's dd
  | 'choice' // a lone checkbox/radio: its own option text
  | 'title' // title attribute
  | 'placeholder' // placeholder attribute ('请输入' removed)
  | 'option' // first option '请选择学历' → '学历'
  | 'none'; // nothing found (only on a Field; inferLabel returns undefined)

export interface InferredLabel {
  readonly text: string;
  readonly source: LabelSource;
  /** For controls sharing one box (起 … 止): the words of this control alone ('起'); the text is the box's label and these. */
  readonly own?: string;
}

/** Containers holding more controls than this are form sections, not one field's box. */
const SHARED_MAX = 4;
const MAX_CLIMB = 10;
const MAX_ROWS_UP = 30;
const BOUNDARY_TAGS = new Set(['FORM', 'BODY', 'HTML', 'FIELDSET', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'DIALOG']);
const SKIP_SIBLING_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IMG']);
/** Icons drawn in SVG or MathML carry no label text. */
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** A table as rows of cells by column, colspan and rowspan applied. */
interface Grid {
  at(cell: Element): { r: number; c: number } | undefined;
  row(r: number): readonly (Element | undefined)[];
}

/** What label inference needs to know about the page; rebuilt after a reset. */
interface PageIndex {
  doc: Document;
  /** Number of counted controls inside an element (itself included). */
  count(el: Element): number;
  labelsFor: Map<string, HTMLLabelElement[]> | undefined;
  groups: WeakMap<Element, readonly HTMLInputElement[]>;
  grids: WeakMap<Element, Grid>;
  rowHasText: WeakMap<Element, boolean>;
  headers: WeakMap<Element, Element | null>;
}

let cache = new WeakMap<Element, InferredLabel | null>();
let pageIndex: PageIndex | undefined;

/** Forget everything (call when the DOM changed); the next inference re-reads the page. */
export function resetLabelCache(): void {
  cache = new WeakMap();
  pageIndex = undefined;
}

/** Forget one element's label (its surroundings changed). */
export function forgetLabel(el: Element): void {
  cache.delete(el);
}

/**
 * Tell label inference which controls the page has (the field scan's list,
 * without widget internals or hidden ones) and which choices form groups.
 * Labels computed before are forgotten.
 */
export function useControls(doc: Document, controls: Iterable<Element>, groups?: ReadonlyMap<Element, readonly HTMLInputElement[]>): void {
  cache = new WeakMap();
  pageIndex = buildIndex(doc, controls);
  if (groups) for (const [el, members] of groups) pageIndex.groups.set(el, members);
}

function buildIndex(doc: Document, controls: Iterable<Element>): PageIndex {
  const known = [...new Set(controls)];
  let counts: Map<Element, number> | undefined;
  // Counted at the first question, in one pass: each control adds one to itself and
  // to each of its ancestors. Asking the selector engine box by box costs more on a
  // large page, where the outer boxes (the form, its table) each hold every field.
  const count = (el: Element): number => {
    if (!counts) {
      counts = new Map();
      for (const control of known) {
        for (let a: Element | null = control; a; a = a.parentElement) counts.set(a, (counts.get(a) ?? 0) + 1);
      }
    }
    return counts.get(el) ?? 0;
  };
  return {
    doc,
    count,
    labelsFor: undefined,
    groups: new WeakMap(),
    grids: new WeakMap(),
    rowHasText: new WeakMap(),
    headers: new WeakMap(),
  };
}

/**
 * How many of the page's fields an element holds (itself included), counted
 * once per element and scan: lists and widgets ask it of the same boxes
 * again and again.
 */
export function fieldCount(el: Element): number {
  return indexFor(el).count(el);
}

function indexFor(el: Element): PageIndex {
  const doc = el.ownerDocument;
  if (pageIndex && pageIndex.doc === doc) return pageIndex;
  const all = [...doc.querySelectorAll(CONTROL_SELECTOR)].filter(isControl);
  cache = new WeakMap();
  pageIndex = buildIndex(doc, all);
  return pageIndex;
}

/** The label of a control, or undefined. Cached per element; never throws. */
export function inferLabel(el: Element): InferredLabel | undefined {
  const known = cache.get(el);
  if (known !== undefined) return known ?? undefined;
  let found: InferredLabel | undefined;
  try {
    found = compute(el, indexFor(el));
  } catch {
    found = undefined;
  }
  cache.set(el, found ?? null);
  return found;
}

/** Labels whose `for` names the element's id or, failing that, its name. */
export function labelsFor(el: Element): HTMLLabelElement[] {
  try {
    const idx = indexFor(el);
    if (!idx.labelsFor) {
      idx.labelsFor = new Map();
      for (const label of idx.doc.querySelectorAll('label[for]')) {
        const key = label.getAttribute('for') ?? '';
        if (!key) continue;
        const list = idx.labelsFor.get(key);
        if (list) list.push(label as HTMLLabelElement);
        else idx.labelsFor.set(key, [label as HTMLLabelElement]);
      }
    }
    const byId = el.id ? idx.labelsFor.get(el.id) : undefined;
    if (byId) return byId;
    const name = el.getAttribute('name');
    return (name && idx.labelsFor.get(name)) || [];
  } catch {
    return [];
  }
}

function make(raw: string, source: LabelSource): InferredLabel | undefined {
  const text = normalizeLabel(raw);
  if (text === '' || isJunkLabel(text)) return undefined;
  return Object.freeze({ text, source });
}

function compute(el: Element, idx: PageIndex): InferredLabel | undefined {
  const choice = isChoice(el);
  const own: readonly Element[] = choice ? membersOf(el, idx) : [el];
  if (!choice) {
    for (const label of labelsFor(el)) {
      const { before, after } = textWithoutControls(label, el);
      const found = make(before, 'for') ?? make(after, 'for');
      if (found) return found;
    }
    const wrap = wrappingLabel(el);
    if (wrap) {
      const { before, after } = textWithoutControls(wrap, el);
      const found = make(before, 'wrap') ?? make(after, 'wrap');
      if (found) return found;
    }
    const aria = ariaLabel(el);
    if (aria) return aria;
  } else {
    const group = own[0]?.closest('[role=radiogroup], [role=group]');
    const aria = group ? ariaLabel(group) : undefined;
    if (aria) return aria;
  }

  // A lone box with a label of its own (☐ 本人承诺…) is named by it, before anything around it.
  if (choice && own.length === 1 && (wrappingLabel(el) || labelsFor(el).length > 0)) {
    const text = make(choiceText(el, labelsFor), 'choice');
    if (text) return text;
  }

  const context = contextLabel(el, own, idx);
  if (context) return context;

  if (choice && own.length === 1) {
    const text = make(choiceText(el, labelsFor), 'choice');
    if (text) return text;
  }
  return attributeLabel(el);
}

function membersOf(el: HTMLInputElement, idx: PageIndex): readonly HTMLInputElement[] {
  const known = idx.groups.get(el);
  if (known) return known;
  const members = groupMembers(el);
  for (const m of members) idx.groups.set(m, members);
  return members;
}

function ariaLabel(el: Element): InferredLabel | undefined {
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const text = ids
      .split(/\s+/)
      .map((id) => (id ? (el.ownerDocument.getElementById(id)?.textContent ?? '') : ''))
      .join(' ');
    const found = make(text, 'aria');
    if (found) return found;
  }
  return make(el.getAttribute('aria-label') ?? '', 'aria');
}

/** title, placeholder, then a '请选择…' first option: what is left when the layout says nothing. */
function attributeLabel(el: Element): InferredLabel | undefined {
  if (!isChoice(el)) {
    const title = make(stripPrompt(el.getAttribute('title') ?? ''), 'title');
    if (title) return title;
  }
  const placeholder = make(stripPrompt(el.getAttribute('placeholder') ?? ''), 'placeholder');
  if (placeholder) return placeholder;
  if (el.tagName === 'SELECT') {
    const first = (el as HTMLSelectElement).options[0];
    const text = first?.textContent ?? '';
    if (/请\s*选择|^\s*-+/.test(text)) return make(stripPrompt(text.replace(/^\s*-+\s*/, '')), 'option');
  }
  return undefined;
}

/** The short text that tells one control of a shared box from the other ('起始时间'). */
function ownHint(el: Element): string {
  if (isChoice(el)) return normalizeLabel(choiceText(el, labelsFor));
  for (const attr of ['aria-label', 'title', 'placeholder']) {
    const text = stripPrompt(el.getAttribute(attr) ?? '');
    if (text && !isJunkLabel(text)) return text;
  }
  return '';
}

interface Found {
  text: string;
  source: LabelSource;
}

/** The layout around the control: siblings, cells, dt, legend — climbing while the box is the control's own. */
function contextLabel(el: Element, own: readonly Element[], idx: PageIndex): InferredLabel | undefined {
  const first = own[0] ?? el;
  let scope: Element = (isChoice(first) ? wrappingLabel(first) : undefined) ?? first;
  let part: Found | undefined;
  const count = (x: Element): number => idx.count(x);
  const ownIn = (x: Element): number => {
    let n = 0;
    for (const m of own) if (x === m || x.contains(m)) n += 1;
    return n;
  };
  const onlyOwn = (x: Element): boolean => count(x) <= ownIn(x);
  const finish = (outer: Found, shared: boolean): InferredLabel | undefined => {
    if (!shared) return make(outer.text, outer.source);
    const hint = part?.text ?? ownHint(el);
    const head = outer.text.slice(0, 24);
    if (!hint || hint === head) return make(head, outer.source);
    const found = make(`${head} ${hint}`, outer.source);
    return found && Object.freeze({ ...found, own: normalizeLabel(hint) });
  };

  for (let depth = 0; depth < MAX_CLIMB; depth += 1) {
    const parent = scope.parentElement;
    if (!parent) break;
    const shared = !onlyOwn(scope);
    // A row of boxes under a row of captions, drawn without <table>: the caption of the control's column.
    if (shared && !part) {
      const column = columnCaption(scope, el, idx);
      if (column) return finish(column.caption, !onlyOwn(column.cell));
    }
    if (shared && count(scope) > SHARED_MAX) break;

    if (scope.tagName === 'TD' || scope.tagName === 'TH') {
      const cell = cellLabel(scope, idx);
      if (cell) return finish(cell, shared);
      // Nothing beside or above: a caption in the control's own cell (a photo cell: picture, input, 近期免冠照片).
      if (!shared && ownIn(scope) === own.length) {
        const inside = usable(textWithoutControls(scope).before);
        if (inside) return make(inside, 'sibling');
      }
      // A layout table of the control's own (ExtJS wraps each field and each radio in one): read on around it.
      const table = scope.closest('table');
      if (!table || !onlyOwn(table) || !table.parentElement) return partLabel(part);
      scope = table;
      continue;
    }
    if (scope.tagName === 'DD') {
      const dt = dtLabel(scope);
      return dt ? finish(dt, shared) : partLabel(part);
    }

    const before = scanBefore(scope, el, idx);
    // Text beside one member of a group whose members sit in boxes of their own is that member's option.
    if (before.found && !shared && own.length > 1 && ownIn(parent) < own.length) {
      if (BOUNDARY_TAGS.has(parent.tagName)) break;
      scope = parent;
      continue;
    }
    if (before.found) {
      if (!shared) {
        if (onlyOwn(parent)) return make(before.found.text, before.found.source);
        // Before a box among other fields, a legend or heading names the section, not this field.
        if (!before.heading && before.found.source !== 'legend') part ??= before.found;
      } else {
        // A heading over several controls names a section, not a field.
        if (before.heading) break;
        return finish(before.found, true);
      }
    } else if (before.blocked && shared) {
      break;
    } else if (before.blocked && !part && own.length === 1 && count(parent) <= SHARED_MAX) {
      // The second box of a pair after one caption ('起止时间 [起] - [止]') shares the caption of the first.
      part = leadingCaption(parent, el, idx);
    }
    if (BOUNDARY_TAGS.has(parent.tagName)) break;
    scope = parent;
  }
  return partLabel(part);
}

/** The caption before the first control in a box; a heading or legend names a section, not a field. */
function leadingCaption(box: Element, el: Element, idx: PageIndex): Found | undefined {
  let first = box.firstElementChild;
  while (first && idx.count(first) === 0) first = first.nextElementSibling;
  if (!first) return undefined;
  const before = scanBefore(first, el, idx);
  return before.found && !before.heading && before.found.source !== 'legend' ? before.found : undefined;
}

function partLabel(part: Found | undefined): InferredLabel | undefined {
  return part ? make(part.text, part.source) : undefined;
}

interface Before {
  found?: Found;
  heading: boolean;
  /** The scan stopped at another control's element. */
  blocked: boolean;
}

/** The nearest readable text before `scope` among its siblings, stopping at another control. */
function scanBefore(scope: Element, el: Element, idx: PageIndex): Before {
  let run = '';
  let blocked = false;
  const name = el.getAttribute('name');
  for (let node = scope.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === 3) {
      run = (node as Text).data + run;
      if (run.length > 300) break;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const sib = node as Element;
    const tag = sib.tagName;
    if (idx.count(sib) > 0) {
      blocked = true;
      break;
    }
    if (SKIP_SIBLING_TAGS.has(tag) || sib.namespaceURI !== HTML_NS || isHiddenByMarkup(sib) || sib.hasAttribute(OWN_ATTR)) continue;
    if (tag === 'LABEL' && labelsAnother(sib, el, name, idx)) {
      blocked = true;
      break;
    }
    if (tag === 'BR' || tag === 'HR') {
      if (usable(run)) break;
      continue;
    }
    if (isInline(sib)) {
      run = readable(sib) + run;
      if (run.length > 300) break;
      continue;
    }
    if (usable(run)) break;
    const text = usable(readable(sib));
    if (text) {
      const heading = /^H[1-6]$/.test(tag);
      const source: LabelSource = tag === 'LABEL' ? 'label' : tag === 'LEGEND' ? 'legend' : 'sibling';
      return { found: { text, source }, heading, blocked: false };
    }
  }
  const text = usable(run);
  return text ? { found: { text, source: 'sibling' }, heading: false, blocked } : { heading: false, blocked };
}

/**
 * Whether a label names another field. A `for` naming no element at all is a
 * form key (Element UI writes the field's prop there), and one naming a part
 * of a widget (the text box EasyUI draws for a hidden select) names no field
 * either: the label then serves the box it stands before, like a label
 * without `for`.
 */
function labelsAnother(label: Element, el: Element, name: string | null, idx: PageIndex): boolean {
  const target = label.getAttribute('for');
  if (!target || target === el.id || target === name) return false;
  const named = el.ownerDocument.getElementById(target);
  return named !== null && named !== el && idx.count(named) > 0;
}

/** Text a person reads in an element: without option lists, scripts or hidden children. */
function readable(el: Element): string {
  if (el.childElementCount === 0) return el.textContent ?? '';
  const { before } = textWithoutControls(el);
  return before;
}

/** The normalised text if it can be a label, else ''. */
function usable(raw: string): string {
  const text = normalizeLabel(raw.length > 300 ? raw.slice(-300) : raw);
  return text === '' || isJunkLabel(text) || isRowNumber(text) ? '' : text;
}

/**
 * A table drawn without <table> (div rows of div cells, a grid of list
 * items): the row holding the control and the rows above it have as many
 * boxes each, and the nearest row above without a control holds one caption
 * per column. Two captions at least, or it is a title, not a header row.
 */
function columnCaption(row: Element, el: Element, idx: PageIndex): { caption: Found; cell: Element } | undefined {
  const cells = row.children;
  if (cells.length < 2 || cells.length > 30 || BOUNDARY_TAGS.has(row.tagName)) return undefined;
  let column = -1;
  for (let i = 0; i < cells.length && column < 0; i += 1) if (cells[i]!.contains(el)) column = i;
  const cell = cells[column];
  // A cell of a row holds one value (two for a 起止 range); a box holding more is a section of the form.
  if (!cell || idx.count(cell) > 2) return undefined;
  let up = 0;
  for (let prev = row.previousElementSibling; prev && up < MAX_ROWS_UP; prev = prev.previousElementSibling, up += 1) {
    if (!sameShape(prev, row)) return undefined;
    if (idx.count(prev) > 0) continue;
    let captions = 0;
    for (const c of prev.children) if (usable(readable(c))) captions += 1;
    const text = captions >= 2 ? usable(readable(prev.children[column]!)) : '';
    return text ? { caption: { text, source: 'cellAbove' }, cell } : undefined;
  }
  return undefined;
}

/** Rows of one table: the same tags, cell by cell. */
function sameShape(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName || a.children.length !== b.children.length) return false;
  for (let i = 0; i < a.children.length; i += 1) if (a.children[i]!.tagName !== b.children[i]!.tagName) return false;
  return true;
}

function dtLabel(dd: Element): Found | undefined {
  for (let sib = dd.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (sib.tagName === 'DT') {
      const text = usable(readable(sib));
      return text ? { text, source: 'dt' } : undefined;
    }
  }
  return undefined;
}

/**
 * Previous cell in the row (skipping empty and asterisk-only cells), or the
 * cell above. When the row has text of its own, the cell above still wins if
 * it reads like a caption ('专业工作年限：') and the text beside the control
 * does not (a tip such as '详见评审计划'): platforms put captions in a header
 * row over rows that mix controls and notes.
 */
function cellLabel(cell: Element, idx: PageIndex): Found | undefined {
  const table = cell.closest('table');
  if (!table) return undefined;
  const grid = gridOf(table, idx);
  const at = grid.at(cell);
  if (!at) return undefined;
  const count = (x: Element): number => idx.count(x);
  const row = grid.row(at.r);
  const tr = cell.parentElement;
  // A cell spanning down from an earlier row is a category ('学习经历'): used only when nothing closer labels the cell.
  let spanning: Found | undefined;
  let beside: { found: Found; cell: Element } | undefined;
  for (let c = at.c - 1; c >= 0; c -= 1) {
    const other = row[c];
    if (!other || other === cell) continue;
    if (count(other) > 0) break;
    const text = usable(readable(other));
    if (!text || isCellValue(text)) continue;
    if (other.parentElement === tr) {
      beside = { found: { text, source: 'cell' }, cell: other };
      break;
    }
    spanning ??= { text, source: 'cell' };
  }
  const above = (): { found: Found; cell: Element } | undefined => {
    for (let r = at.r - 1; r >= 0 && r >= at.r - MAX_ROWS_UP; r -= 1) {
      const other = grid.row(r)[at.c];
      if (!other || other === cell || count(other) > 0 || isMessage(other)) continue;
      const text = usable(readable(other));
      if (!text) continue;
      // A caption beside a control of its own row ('备注：' | input) names that control, not a row of its own below.
      const captionRow = other.parentElement;
      if (captionRow && count(captionRow) > 0 && other.getAttribute('rowspan') === null) return undefined;
      return { found: { text, source: 'cellAbove' }, cell: other };
    }
    // A table drawn as two (el-table, ant-table with a fixed header): the header is a table of its own just before.
    const header = headerTableOf(table, idx);
    const other = header ? gridOf(header, idx).row(rowsOf(header).length - 1)[at.c] : undefined;
    const text = other ? usable(readable(other)) : '';
    return other && text ? { found: { text, source: 'cellAbove' }, cell: other } : undefined;
  };
  if (!tr || rowHasText(tr, idx)) {
    if (beside && readsAsCaption(beside.cell)) return beside.found;
    // Only a caption row right above counts here: one without controls of its own.
    const over = at.r > 0 ? grid.row(at.r - 1)[at.c] : undefined;
    const overRow = over?.parentElement;
    if (over && over !== cell && overRow && count(overRow) === 0 && readsAsCaption(over)) {
      const text = usable(readable(over));
      if (text) return { text, source: 'cellAbove' };
    }
    return beside?.found ?? spanning;
  }
  return above()?.found ?? spanning;
}

/** A validation message in a cell of its own (Struts' errorMessage rows): it names no field. */
function isMessage(cell: Element): boolean {
  return (
    cell.querySelector('.errorMessage, .error-message, .help-block, [role=alert]') !== null ||
    /error|alert|tip/i.test(cell.getAttribute('class') ?? '')
  );
}

const CAPTION_CLASS = /(^|[-_\s])(label|tdl|tdlabel|title|name|key|caption|th)([-_\s]|$)/i;

/** A caption cell: a header cell, a caption class, a required mark, or text ending in a colon. */
function readsAsCaption(cell: Element): boolean {
  if (cell.tagName === 'TH' || CAPTION_CLASS.test(cell.getAttribute('class') ?? '')) return true;
  const raw = (cell.textContent ?? '').trim();
  return /[:：]$/.test(raw) || /^[*＊※]/.test(raw) || cell.querySelector('font[color=red], .red, .required, .must') !== null;
}

/** Whether a row has a cell of text without controls (then it labels its own fields). */
function rowHasText(tr: Element, idx: PageIndex): boolean {
  const known = idx.rowHasText.get(tr);
  if (known !== undefined) return known;
  let has = false;
  for (const cell of tr.children) {
    if ((cell.tagName === 'TD' || cell.tagName === 'TH') && idx.count(cell) === 0) {
      if (usable(readable(cell))) {
        has = true;
        break;
      }
    }
  }
  idx.rowHasText.set(tr, has);
  return has;
}

/**
 * The header of a body table whose captions are drawn in a separate table
 * (el-table, fixed-header grids): the nearest table before it, within three
 * boxes up, that has a header row and no control.
 */
export function headerTableOf(table: Element, idx?: PageIndex): Element | undefined {
  const index = idx ?? indexFor(table);
  const known = index.headers.get(table);
  if (known !== undefined) return known ?? undefined;
  const found = findHeaderTable(table, index);
  index.headers.set(table, found ?? null);
  return found;
}

function findHeaderTable(table: Element, index: PageIndex): Element | undefined {
  let box: Element | null = table;
  for (let depth = 0; box && depth < 3; depth += 1, box = box.parentElement) {
    let sib = box.previousElementSibling;
    for (let n = 0; sib && n < 2; n += 1, sib = sib.previousElementSibling) {
      if (isHiddenByMarkup(sib)) continue;
      const header = sib.tagName === 'TABLE' ? sib : sib.querySelector('table');
      if (!header || index.count(sib) > 0) continue;
      if (header.querySelector('thead th, th')) return header;
    }
  }
  return undefined;
}

export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.tagName === 'TR') rows.push(child);
    else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      for (const tr of child.children) if (tr.tagName === 'TR') rows.push(tr);
    }
  }
  return rows;
}

function span(cell: Element, attr: string): number {
  const n = Number.parseInt(cell.getAttribute(attr) ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 50) : 1;
}

/** The table as a grid; laid out row by row as asked when no cell spans rows (most tables, and the long ones). */
function gridOf(table: Element, idx: PageIndex): Grid {
  const known = idx.grids.get(table);
  if (known) return known;
  const grid = table.querySelector('[rowspan]') ? fullGrid(table) : rowByRowGrid(table);
  idx.grids.set(table, grid);
  return grid;
}

/** Every row at once: a rowspan pushes the cells of the rows below it. */
function fullGrid(table: Element): Grid {
  const cells: (Element | undefined)[][] = [];
  const pos = new Map<Element, { r: number; c: number }>();
  rowsOf(table).forEach((tr, r) => {
    const line = (cells[r] ??= []);
    let c = 0;
    for (const cell of tr.children) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      while (line[c]) c += 1;
      const cs = span(cell, 'colspan');
      const rs = span(cell, 'rowspan');
      for (let dr = 0; dr < rs; dr += 1) {
        const target = (cells[r + dr] ??= []);
        for (let dc = 0; dc < cs; dc += 1) target[c + dc] = cell;
      }
      pos.set(cell, { r, c });
      c += cs;
    }
  });
  return { at: (cell) => pos.get(cell), row: (r) => cells[r] ?? [] };
}

/** Without rowspans a row's layout depends on that row alone. */
function rowByRowGrid(table: Element): Grid {
  const rows = rowsOf(table);
  let index: Map<Element, number> | undefined;
  const lines = new Map<number, (Element | undefined)[]>();
  const row = (r: number): (Element | undefined)[] => {
    let line = lines.get(r);
    if (!line) {
      line = [];
      for (const cell of rows[r]?.children ?? []) {
        if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
        for (let n = span(cell, 'colspan'); n > 0; n -= 1) line.push(cell);
      }
      lines.set(r, line);
    }
    return line;
  };
  return {
    row,
    at: (cell) => {
      index ??= new Map(rows.map((tr, r) => [tr, r]));
      const r = cell.parentElement ? index.get(cell.parentElement) : undefined;
      if (r === undefined) return undefined;
      const c = row(r).indexOf(cell);
      return c < 0 ? undefined : { r, c };
    },
  };
}
