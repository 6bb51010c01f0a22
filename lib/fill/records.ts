/**
 * 一键填写 for lists of records: the page's 工作经历 and 学历 rows from the
 * profile's history and education lists. A row that already holds an item
 * (the same employer or school) keeps it; empty rows take the other items in
 * order; items left over get a new row through the page's own 添加/新增
 * button. The applicant's rows are never deleted and never overwritten
 * without asking (the preview's usual rules apply to every cell).
 */
import type { Field, RecordRef } from '../page/fields';
import { addButtonFor } from '../page/add-button';
import type { Meaning } from '../meanings';
import type { Profile } from '../profile/types';
import { sameText } from './compare';
import { sameDate } from './dates';
import { currentText } from './read';

export type RecordList = 'history' | 'education';

/** One profile item of a list as values by the meanings its row's cells have. */
export type ItemValues = Partial<Record<Meaning, string>>;

const yesNo = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : value ? '是' : '否');

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The profile's items of a list, in the profile's order. */
export function listItems(list: RecordList, profile: Profile): ItemValues[] {
  if (list === 'history') {
    return (profile.history ?? []).map((h) => ({
      historyStart: text(h.start),
      historyEnd: text(h.end),
      historyEmployer: text(h.employer),
      historyPosition: text(h.position),
    }));
  }
  return (profile.education ?? []).map((e) => ({
    eduLevel: text(e.level),
    degree: text(e.degree),
    school: text(e.school),
    eduMajor: text(e.major),
    eduStart: text(e.start),
    graduation: text(e.graduation),
    fullTime: yesNo(typeof e.fullTime === 'boolean' ? e.fullTime : undefined),
  }));
}

/** The cells that tell one item from another: the same employer or school is the same record. */
const KEYS: Record<RecordList, readonly Meaning[]> = {
  history: ['historyEmployer', 'historyStart'],
  education: ['school', 'eduStart', 'graduation'],
};

/** A row of a list on the page, with its fields. */
export interface PageRow {
  list: RecordList;
  record: RecordRef;
  fields: Field[];
}

/** The page's rows of 工作经历 and 学历 lists, in page order. */
export function pageRows(fields: readonly Field[]): PageRow[] {
  const rows = new Map<Element, PageRow>();
  for (const field of fields) {
    const record = field.record;
    if (!record || (record.list !== 'history' && record.list !== 'education')) continue;
    let row = rows.get(record.row);
    if (!row) rows.set(record.row, (row = { list: record.list, record, fields: [] }));
    row.fields.push(field);
  }
  return [...rows.values()];
}

export function isEmptyRow(row: PageRow): boolean {
  return row.fields.every((f) => currentText(f).trim() === '');
}

function holdsItem(row: PageRow, item: ItemValues): boolean {
  return row.fields.some((f) => {
    const meaning = f.meaning;
    if (!meaning || !KEYS[row.list].includes(meaning)) return false;
    const want = item[meaning];
    const now = currentText(f).trim();
    return want !== undefined && now !== '' && (sameText(now, want) || sameDate(now, want));
  });
}

/**
 * Which item each row takes (row → item index) and the items no row takes.
 * Rows holding something that is no item of the profile take none.
 */
export function assignRows(rows: readonly PageRow[], items: readonly ItemValues[]): { byRow: Map<Element, number>; left: number[] } {
  const byRow = new Map<Element, number>();
  const taken = new Set<number>();
  for (const row of rows) {
    const index = items.findIndex((item, i) => !taken.has(i) && holdsItem(row, item));
    if (index < 0) continue;
    byRow.set(row.record.row, index);
    taken.add(index);
  }
  const free = () => items.findIndex((_, i) => !taken.has(i));
  for (const row of rows) {
    if (byRow.has(row.record.row) || !isEmptyRow(row)) continue;
    const index = free();
    if (index < 0) break;
    byRow.set(row.record.row, index);
    taken.add(index);
  }
  const left = items.map((_, i) => i).filter((i) => !taken.has(i));
  return { byRow, left };
}

/** A row the preview offers to add with the page's button, for one item. */
export interface RowAddition {
  list: RecordList;
  item: number;
  values: ItemValues;
  button: HTMLElement;
  /** The preview's words: 工作经历（新增一行） and what goes in it. */
  label: string;
  summary: string;
  ticked: boolean;
}

const LIST_NAMES: Record<RecordList, string> = { history: '工作经历', education: '学历' };

/** What a row will hold, in a few words (2015-07 至 2018-06 · 某公司 · 工程师). */
export function itemSummary(list: RecordList, item: ItemValues): string {
  const parts =
    list === 'history'
      ? [[item.historyStart, item.historyEnd ?? '至今'].filter(Boolean).join(' 至 '), item.historyEmployer, item.historyPosition]
      : [[item.eduStart, item.graduation].filter(Boolean).join(' 至 '), item.school, item.eduMajor, item.eduLevel];
  return parts.filter((p) => p !== undefined && p !== '').join(' · ');
}

/** The new rows the items left over need, each through the list's own 添加 button; none where the page has no such button. */
export function planAdditions(
  rows: readonly PageRow[],
  items: Record<RecordList, ItemValues[]>,
  left: Record<RecordList, number[]>,
): RowAddition[] {
  const additions: RowAddition[] = [];
  for (const list of ['education', 'history'] as const) {
    const last = [...rows].reverse().find((r) => r.list === list);
    if (!last || left[list].length === 0) continue;
    const button = addButtonFor(last.record);
    if (!button) continue;
    for (const index of left[list]) {
      const values = items[list][index]!;
      additions.push({
        list,
        item: index,
        values,
        button,
        label: `${LIST_NAMES[list]}（新增一行）`,
        summary: itemSummary(list, values),
        ticked: true,
      });
    }
  }
  return additions;
}

/** The label a row's cell has in the preview: 工作经历第 2 行 · 工作单位. */
export function rowCellLabel(list: RecordList, index: number, label: string): string {
  return `${LIST_NAMES[list]}第 ${index + 1} 行 · ${label}`;
}
