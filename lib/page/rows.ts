/**
 * Repeated rows read as lists of records: a 工作经历 table with one row per
 * job, 学历 rows, a works table (type, name, file, 代表作 per row). A list is
 * found by its shape — rows of controls under one row of column captions, or
 * boxes repeating the same fields — and named by its section title (the
 * heading or outer label before it) or, failing that, by telltale columns.
 * Each field of a row then takes the meaning its column has in that list
 * (lib/page/synonyms.ts LISTS) and a RecordRef; other meanings are dropped,
 * since 工作单位 in a 工作经历 row is no current employer.
 */
import type { Meaning } from '../meanings';
import type { Field, RecordRef } from './fields';
import { fieldCount, headerTableOf, rowsOf } from './labels';
import { matchIn } from './match';
import { LISTS, RANGE_CAPTION, type ListKind, type ListVocabulary } from './synonyms';
import { isJunkLabel, isRowNumber, normalizeLabel, stripPrompt } from './text';
import { isHiddenByMarkup } from './visible';
import { hasAddButton } from './add-button';
import { OWN_ATTR } from '../assistant/own';

const HAN = /[\u4e00-\u9fff]/;
const TITLE_MAX = 30;
const CLIMB = 6;

/** Gives every field of a recognised list its record and its meaning in that list. */
export function markRecords(fields: readonly Field[]): void {
  const byTable = new Map<Element, Field[]>();
  const loose: Field[] = [];
  for (const field of fields) {
    const cell = field.el.closest('td, th');
    const table = cell?.closest('table');
    if (table) push(byTable, table, field);
    else loose.push(field);
  }
  for (const [table, list] of byTable) readTable(table, list);
  if (loose.length > 1) readBoxes(loose);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The row of the table (not of a table nested in a cell) that holds the field. */
function rowIn(table: Element, field: Field): Element | undefined {
  for (let a: Element | null = field.el; a && a !== table; a = a.parentElement) {
    if (a.tagName === 'TR' && a.closest('table') === table) return a;
  }
  return undefined;
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

/** A record's box holds a handful of fields; one holding more is a section of the form. */
const RECORD_MAX = 12;

function controlCount(el: Element): number {
  return fieldCount(el);
}

function holdsControl(el: Element): boolean {
  return fieldCount(el) > 0;
}

/**
 * The captions of a header row: every cell without a control, at least two
 * with text. A first cell spanning rows down is the list's category
 * (学习经历 written down the side), not a column.
 */
function captionsOf(row: Element): { texts: string[]; category?: string } | undefined {
  const cells = cellsOf(row);
  if (cells.length < 2) return undefined;
  const texts: string[] = [];
  let category: string | undefined;
  cells.forEach((cell, i) => {
    const text = normalizeLabel(cell.textContent ?? '').replace(/\s+/g, '');
    if (i === 0 && Number(cell.getAttribute('rowspan') ?? '1') > 1) category = text;
    else texts.push(text);
  });
  if (cells.some(holdsControl)) return undefined;
  return texts.filter((t) => HAN.test(t)).length >= 2 ? { texts, category } : undefined;
}

/** A label cell beside a field ('姓名：') says the row is a form row, not a record. */
function hasCaptionCell(row: Element): boolean {
  for (const cell of cellsOf(row)) {
    if (holdsControl(cell)) continue;
    const raw = (cell.textContent ?? '').trim();
    // A row's number in a <th scope=row> is no caption.
    if (raw === '' || isRowNumber(raw)) continue;
    if (cell.tagName === 'TH' || /[:：]$/.test(raw) || /^[*＊※]/.test(raw)) return true;
  }
  return false;
}

function readTable(table: Element, fields: readonly Field[]): void {
  const byRow = new Map<Element, Field[]>();
  for (const field of fields) {
    const row = rowIn(table, field);
    if (row) push(byRow, row, field);
  }
  if (byRow.size === 0) return;
  const rows = rowsOf(table);
  // Column captions drawn as a table of their own (el-table): every row of this one is a record.
  const header = headerTableOf(table);
  const headerRows = header ? rowsOf(header) : [];
  const lastHeader = headerRows[headerRows.length - 1];
  const detached = lastHeader ? captionsOf(lastHeader) : undefined;
  if (detached && lastHeader) {
    readSegment(commonBox(lastHeader, table), rows, byRow, { captions: detached.texts, title: () => sectionTitle(table), from: 0 });
    return;
  }
  // One table may hold several lists (学习经历, 工作经历) between rows of single fields: each caption row starts one.
  let first = true;
  for (let r = 0; r < rows.length; r += 1) {
    const caption = byRow.has(rows[r]!) ? undefined : captionsOf(rows[r]!);
    if (!caption || !byRow.has(rows[r + 1]!)) continue;
    // A header of two rows (起止时间 spanning 起 | 止): the caption rows right above belong to it.
    const captions = [...caption.texts];
    let category = caption.category;
    let top = r;
    for (let h = r - 1; h >= 0 && !byRow.has(rows[h]!); h -= 1) {
      const upper = captionsOf(rows[h]!);
      if (!upper) break;
      captions.unshift(...upper.texts);
      category = upper.category ?? category;
      top = h;
    }
    const above = rows[top - 1];
    const isFirst = first;
    // Read only for a segment shaped like a list: a title costs a walk of the text around the table.
    const title = () => category ?? singleTitle(above) ?? (isFirst ? sectionTitle(table) : '');
    first = false;
    r = readSegment(table, rows, byRow, { captions, title, from: r + 1 });
  }
}

interface Segment {
  captions: string[];
  /** The list's title, read when the rows are shaped like a list. */
  title: () => string;
  from: number;
}

/** The record rows from `from` on, up to the next row of text; returns the last row index read. */
function readSegment(container: Element, rows: readonly Element[], byRow: Map<Element, Field[]>, segment: Segment): number {
  const records: Element[] = [];
  let r = segment.from;
  for (; r < rows.length; r += 1) {
    const row = rows[r]!;
    if (byRow.has(row)) {
      if (hasCaptionCell(row)) break;
      records.push(row);
    } else if (!isHiddenByMarkup(row) && HAN.test(row.textContent ?? '') && !holdsControl(row)) break;
  }
  if (records.length === 0 || !records.some((row) => (byRow.get(row)?.length ?? 0) >= 2)) return r - 1;
  // In a list the cells are named by the captions above; a field named by a cell beside it is a form row.
  if (records.some((row) => (byRow.get(row) ?? []).some((f) => f.labelSource === 'cell'))) return r - 1;
  const vocabulary = listOf(segment.title(), segment.captions);
  if (!vocabulary) return r - 1;
  const last = records[records.length - 1]!;
  records.forEach((row, index) => {
    const rowFields = byRow.get(row) ?? [];
    for (const field of rowFields) assign(field, vocabulary, { list: vocabulary.list, index, row, container, last }, rowFields);
  });
  return r - 1;
}

/** The smallest box holding both (an el-table around its header and body tables). */
function commonBox(a: Element, b: Element): Element {
  let box: Element | null = b;
  while (box && !box.contains(a)) box = box.parentElement;
  return box ?? b;
}

/** A row of one text cell across the table ('工作经历'), read as the title of the list below it. */
function singleTitle(row: Element | undefined): string | undefined {
  if (!row) return undefined;
  const cells = cellsOf(row);
  if (cells.length !== 1 || holdsControl(row)) return undefined;
  return titleText(cells[0]!) || undefined;
}

/**
 * Lists drawn with boxes (Bootstrap rows, a div per record): sibling boxes of
 * the same tag and class holding the same fields, or one such box with the
 * page's 添加 button beside it under a list's title.
 */
function readBoxes(fields: readonly Field[]): void {
  const rowOf = new Map<Field, Element>();
  const byRow = new Map<Element, Field[]>();
  for (const field of fields) {
    const row = repeatedBox(field.el);
    if (!row) continue;
    rowOf.set(field, row);
    push(byRow, row, field);
  }
  const byParent = new Map<Element, Element[]>();
  for (const row of byRow.keys()) if ((byRow.get(row)?.length ?? 0) >= 2 && row.parentElement) push(byParent, row.parentElement, row);
  for (const [parent, rows] of byParent) {
    if (!rows.every((row) => sameFields(byRow.get(row) ?? [], byRow.get(rows[0]!) ?? []))) continue;
    if (rows.length < 2 && !hasAddButton(parent)) continue;
    const vocabulary = listOf(
      sectionTitle(parent),
      (byRow.get(rows[0]!) ?? []).map((f) => f.label),
    );
    if (!vocabulary) continue;
    const last = rows[rows.length - 1]!;
    rows.forEach((row, index) => {
      const rowFields = byRow.get(row) ?? [];
      for (const field of rowFields) assign(field, vocabulary, { list: vocabulary.list, index, row, container: parent, last }, rowFields);
    });
  }
}

/**
 * Whether two boxes hold the same fields: the same kinds in order, and most
 * labels alike, half at least (a box's own title, 经历一 / 经历二, may run into the labels
 * of its first fields).
 */
function sameFields(a: readonly Field[], b: readonly Field[]): boolean {
  if (a.length !== b.length || a.some((f, i) => f.kind !== b[i]!.kind)) return false;
  const alike = a.filter((f, i) => f.label === b[i]!.label).length;
  return alike * 2 >= a.length;
}

/** The box around a control that repeats: an element whose tag and class a sibling shares, within four levels. */
function repeatedBox(el: Element): Element | undefined {
  let a: Element | null = el.parentElement;
  for (let depth = 0; a && depth < 4; depth += 1, a = a.parentElement) {
    if (a.tagName === 'FORM' || a.tagName === 'BODY') return undefined;
    const parent = a.parentElement;
    if (!parent) return undefined;
    const cls = a.getAttribute('class') ?? '';
    // A record has several fields: a box of one is a column of the row, not the row; a box of many is a section.
    const count = controlCount(a);
    if (count > RECORD_MAX) return undefined;
    if (count < 2) continue;
    // Rows without a class repeat too (<li> rows of a grid drawn without <table>). A sibling with as many
    // fields: the cells of one row (a 起止 cell of two beside cells of one) are not records.
    for (const sib of parent.children) {
      if (sib !== a && sib.tagName === a.tagName && (sib.getAttribute('class') ?? '') === cls && controlCount(sib) === count) return a;
    }
    // A lone record box under a list's 添加 button repeats once the button is used.
    if (/(?:^|[-_\s])(?:item|row|record|entry|line)(?:[-_\s]|$)/i.test(cls) && hasAddButton(parent)) return a;
  }
  return undefined;
}

/**
 * The title of the section a list sits in: the text before it (a heading, the
 * outer label of a form item, the label cell beside the cell holding it, a dt,
 * a legend), climbing while nothing else stands before.
 */
export function sectionTitle(box: Element): string {
  let a: Element | null = box;
  for (let depth = 0; a && depth < CLIMB; depth += 1, a = a.parentElement) {
    const tag = a.tagName;
    if (tag === 'FORM' || tag === 'BODY') break;
    if (tag === 'TD' || tag === 'TH') {
      for (let cell = a.previousElementSibling; cell; cell = cell.previousElementSibling) {
        const text = titleText(cell);
        if (text) return text;
        if (holdsControl(cell)) break;
      }
    }
    if (tag === 'DD') {
      for (let dt = a.previousElementSibling; dt; dt = dt.previousElementSibling) if (dt.tagName === 'DT') return titleText(dt);
    }
    if (tag === 'FIELDSET') {
      const legend = a.querySelector(':scope > legend');
      if (legend) return titleText(legend);
    }
    if (tag === 'TABLE') {
      const caption = a.querySelector(':scope > caption');
      const text = caption ? titleText(caption) : '';
      if (text) return text;
    }
    for (let sib = a.previousElementSibling, n = 0; sib && n < 3; sib = sib.previousElementSibling, n += 1) {
      if (sib.hasAttribute(OWN_ATTR) || isHiddenByMarkup(sib) || /^(SCRIPT|STYLE|TEMPLATE)$/.test(sib.tagName)) continue;
      // Column captions drawn as a table of their own are no title; a box of fields ends the search here.
      if (sib.tagName === 'TABLE' || sib.querySelector('table') || holdsControl(sib)) break;
      const text = titleText(sib);
      if (text) return text;
    }
  }
  return '';
}

function titleText(el: Element): string {
  const raw = el.textContent ?? '';
  if (raw.length > 200) return '';
  const text = normalizeLabel(raw);
  return text && text.length <= TITLE_MAX && !isJunkLabel(text) && HAN.test(text) ? text : '';
}

/** Which list the title names, else which one the captions give away; none when neither says. */
function listOf(title: string, captions: readonly string[]): ListVocabulary | undefined {
  const byTitle = LISTS.filter((v) => v.titles.some((t) => title.includes(t)));
  const byCaptions = (options: readonly ListVocabulary[]) =>
    options.filter((v) => v.telltales.some((t) => captions.some((c) => c.includes(t))));
  if (byTitle.length === 1) return byTitle[0];
  if (byTitle.length > 1) {
    const narrowed = byCaptions(byTitle);
    return narrowed.length === 1 ? narrowed[0] : undefined;
  }
  if (title !== '' && !captions.some(Boolean)) return undefined;
  const guessed = byCaptions(LISTS);
  return guessed.length === 1 ? guessed[0] : undefined;
}

function assign(field: Field, vocabulary: ListVocabulary, record: RecordRef, rowFields: readonly Field[]): void {
  field.record = record;
  const meaning = columnMeaning(field, vocabulary) ?? rangeMeaning(field, vocabulary, rowFields);
  if (meaning) {
    field.meaning = meaning.meaning;
    field.confidence = meaning.confidence;
  } else {
    delete field.meaning;
    field.confidence = 0;
  }
}

/** The cell's meaning in this list: its own words first (起 of 起止时间), then the column caption, then its prompt. */
function columnMeaning(field: Field, vocabulary: ListVocabulary): { meaning: Meaning; confidence: number } | undefined {
  if (field.kind === 'file') return vocabulary.upload ? { meaning: vocabulary.upload, confidence: 0.85 } : undefined;
  const strings = [
    field.hint,
    field.label,
    stripPrompt(field.el.getAttribute('placeholder') ?? ''),
    stripPrompt(field.el.getAttribute('title') ?? ''),
  ];
  for (const text of strings) {
    if (!text) continue;
    const found = matchIn(vocabulary.list, vocabulary.columns, text);
    if (found) return found;
  }
  return undefined;
}

/** Two controls under one 起止 caption in one cell: the first is the start, the second the end. */
function rangeMeaning(
  field: Field,
  vocabulary: ListVocabulary,
  rowFields: readonly Field[],
): { meaning: Meaning; confidence: number } | undefined {
  if (!vocabulary.range || !RANGE_CAPTION.test(field.label)) return undefined;
  const cell = field.el.closest('td, th') ?? field.el.parentElement;
  const pair = rowFields.filter((f) => cell !== null && cell.contains(f.el));
  if (pair.length !== 2) return undefined;
  return { meaning: vocabulary.range[pair.indexOf(field) === 0 ? 0 : 1], confidence: 0.8 };
}

export type { ListKind };
