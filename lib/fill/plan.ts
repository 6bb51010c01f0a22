/**
 * 一键填写 in two steps. planFill decides, field by field, what would be
 * written and why not, without touching the page: the preview shows it and
 * the applicant ticks. applyFill writes the ticked entries and hands back an
 * undo that restores every changed field through the same writers.
 *
 * Never silently overwritten: a field that already holds a different value
 * is planned unticked (docs/design.md "How values are written").
 */
import type { Field } from '../page/fields';
import { matchKey } from '../page/match';
import { MEANINGS, type Meaning } from '../meanings';
import { isProfileFieldPath } from '../profile/field-paths';
import type { LearnedMapping } from '../messaging';
import type { Achievement, Profile } from '../profile/types';
import { isBlankValue } from '../rules/helpers/text';
import type { Plan } from '../rules/plans/types';
import type { Step } from '../steps';
import { sameText, yesNo } from './compare';
import { dateForField, parseLooseDate, sameDate } from './dates';
import { blockedReason, currentText, memberTexts, membersOf } from './read';
import { DATE_MEANINGS, MEANING_NAMES, choiceAlternatives, pathValue, profileValue, type FillSource } from './values';
import { checkboxTargets, findMember, findOption, restore, snapshot, writeField, type Snapshot } from './write';
import { ownersByMeaning } from '../page/owners';
import { assignRows, isEmptyRow, listItems, pageRows, rowCellLabel, type ItemValues } from './records';

export type FillAction = 'fill' | 'skip';

export interface FillEntry {
  field: Field;
  meaning?: Meaning;
  /** The field's label on the page. */
  label: string;
  /** What would be written: the option text or formatted date the field will hold. */
  value?: string;
  /** What the field shows now ('' when empty). */
  current: string;
  action: FillAction;
  /** Why it is skipped, or a note on an unticked overwrite; Chinese. */
  reason?: string;
  /** Written on 确认填写; the preview's checkbox starts in this state. */
  ticked: boolean;
  /** No meaning is known for the field: the preview offers "对应档案项…". */
  unmatched?: boolean;
}

export interface PlanOptions {
  /** The achievement that fills 我的业绩档案's add-entry form. */
  achievement?: Achievement;
  /** Only the learned mappings of this step apply (all when absent). */
  step?: Step;
}

export const REASONS = {
  readonly: '只读',
  disabled: '已禁用',
  file: '文件需手动选择',
  unknown: '未识别的字段',
  noValue: '档案中没有该项',
  same: '已是该值',
  listRow: '逐行的业绩需手动填写',
  noItem: '档案中没有更多条目',
  otherItem: '本行已有其他内容，不覆盖',
} as const;

type Resolved = { ok: true; value: string; targets?: boolean[] } | { ok: false; reason: string };

/** The text the field will hold for the profile value, or why it cannot hold it. */
function resolve(field: Field, meaning: Meaning | undefined, raw: string): Resolved {
  const also = meaning ? choiceAlternatives(meaning, raw) : [];
  const missing = { ok: false as const, reason: `选项中没有“${raw}”` };
  switch (field.kind) {
    case 'select': {
      // A list drawn by a script shows its options only when opened: the value is chosen there, or reported as not taken.
      if (field.el.tagName !== 'SELECT') return { ok: true, value: raw };
      const option = findOption(field.el as HTMLSelectElement, raw, also);
      return option ? { ok: true, value: option.text.trim() } : missing;
    }
    case 'radio': {
      const member = findMember(field, raw, also);
      const index = member ? membersOf(field).indexOf(member) : -1;
      return index >= 0 ? { ok: true, value: memberTexts(field)[index]?.text ?? raw } : missing;
    }
    case 'checkbox': {
      const targets = checkboxTargets(field, raw, also);
      if (!targets) return missing;
      // A lone box takes 是 / 否 as it is; otherwise the ticked members' texts are the value.
      const yesNoBox = targets.length === 1 && yesNo(raw) !== undefined;
      const named = memberTexts(field)
        .filter((_, i) => targets[i])
        .map((t) => t.text);
      return { ok: true, value: yesNoBox ? raw : named.join('、'), targets };
    }
    default:
      break;
  }
  const isDate = meaning !== undefined ? DATE_MEANINGS.has(meaning) : field.kind === 'date' && parseLooseDate(raw) !== undefined;
  if (isDate) {
    const date = dateForField(field.el, raw);
    return date.ok ? { ok: true, value: date.text } : { ok: false, reason: date.reason };
  }
  const max = (field.el as HTMLInputElement).maxLength;
  if (typeof max === 'number' && max > 0 && raw.length > max) {
    return { ok: false, reason: `档案中的值有 ${raw.length} 字，超过本栏上限 ${max} 字` };
  }
  return { ok: true, value: raw };
}

function holds(field: Field, resolved: { value: string; targets?: boolean[] }, current: string): boolean {
  if (resolved.targets) return membersOf(field).every((m, i) => m.checked === resolved.targets?.[i]);
  return sameText(current, resolved.value) || sameDate(current, resolved.value);
}

function isEmpty(current: string): boolean {
  return current.trim() === '' || isBlankValue(current);
}

/**
 * One entry per field, in page order. A meaning fills only one field: the
 * surest label, then the first (a table of work history repeats 工作单位); a
 * learned mapping is the applicant's own word and always applies.
 */
export function planFill(
  fields: readonly Field[],
  profile: Profile,
  plan: Plan,
  learned: readonly LearnedMapping[],
  options: PlanOptions = {},
): FillEntry[] {
  const source: FillSource = { profile, plan, achievement: options.achievement };
  const mappings = new Map<string, LearnedMapping>();
  for (const m of learned) if ((!options.step || m.step === options.step) && usableMapping(m)) mappings.set(matchKey(m.label), m);
  // The field each meaning fills: an editable one, the surest label, then the first on the page.
  const owners = ownersByMeaning(fields, (f) => f.kind !== 'file');
  // The rows of 工作经历 and 学历 lists take the profile's items, one item per row.
  const rowItems = recordItems(fields, profile);
  const entries: FillEntry[] = [];

  for (const field of fields) {
    if (field.record) {
      entries.push(planRecordCell(field, rowItems.get(field.record.row)));
      continue;
    }
    const mapping = field.label ? mappings.get(matchKey(field.label)) : undefined;
    const meaning = mapping?.meaning ?? field.meaning;
    const base = { field, meaning, label: field.label || (meaning ? MEANING_NAMES[meaning] : ''), current: currentText(field) };
    const skip = (reason: string, extra: Partial<FillEntry> = {}): void => {
      entries.push({ ...base, action: 'skip', reason, ticked: false, ...extra });
    };

    if (field.kind === 'file') {
      skip(REASONS.file);
      continue;
    }
    if (!meaning && !mapping?.path) {
      skip(REASONS.unknown, { unmatched: true });
      continue;
    }
    if (meaning && !mapping) {
      const owner = owners.get(meaning);
      if (owner && owner !== field) {
        skip(`档案项“${MEANING_NAMES[meaning]}”已用于“${owner.label || MEANING_NAMES[meaning]}”`);
        continue;
      }
    }
    const blocked = blockedReason(field);
    if (blocked) {
      skip(blocked);
      continue;
    }
    const raw = mapping?.path && !mapping.meaning ? pathValue(profile, mapping.path) : meaning ? profileValue(meaning, source) : undefined;
    if (raw === undefined) {
      skip(REASONS.noValue);
      continue;
    }
    const resolved = resolve(field, meaning, raw);
    if (!resolved.ok) {
      skip(resolved.reason);
      continue;
    }
    if (holds(field, resolved, base.current)) {
      skip(REASONS.same, { value: resolved.value });
      continue;
    }
    const empty = isEmpty(base.current);
    entries.push({
      ...base,
      value: resolved.value,
      action: 'fill',
      ticked: empty,
      ...(empty ? {} : { reason: `页面已有“${shorten(base.current)}”，勾选后才会覆盖` }),
    });
  }
  return entries;
}

/** A mapping names a known meaning or one field of the profile; anything else (a planted or stale one) is ignored. */
function usableMapping(m: LearnedMapping): boolean {
  if (m.meaning !== undefined) return (MEANINGS as readonly string[]).includes(m.meaning);
  return typeof m.path === 'string' && isProfileFieldPath(m.path);
}

/** The profile item each 工作经历 / 学历 row of the page takes; rows holding something else map to null. */
function recordItems(fields: readonly Field[], profile: Profile): Map<Element, ItemValues | null> {
  const rows = pageRows(fields);
  const out = new Map<Element, ItemValues | null>();
  for (const list of ['history', 'education'] as const) {
    const items = listItems(list, profile);
    const listRows = rows.filter((r) => r.list === list);
    const { byRow } = assignRows(listRows, items);
    for (const row of listRows) {
      const index = byRow.get(row.record.row);
      if (index !== undefined) out.set(row.record.row, items[index]!);
      else if (!isEmptyRow(row)) out.set(row.record.row, null);
    }
  }
  return out;
}

/** One cell of a list's row: the value of the item its row takes, by the same rules as any field. */
export function planRecordCell(field: Field, item: ItemValues | null | undefined): FillEntry {
  const record = field.record!;
  const meaning = field.meaning;
  const list = record.list;
  const label =
    list === 'history' || list === 'education'
      ? rowCellLabel(list, record.index, field.label || (meaning ? MEANING_NAMES[meaning] : ''))
      : field.label;
  const base = { field, meaning, label, current: currentText(field) };
  const skip = (reason: string, extra: Partial<FillEntry> = {}): FillEntry => ({
    ...base,
    action: 'skip',
    reason,
    ticked: false,
    ...extra,
  });
  if (field.kind === 'file') return skip(REASONS.file);
  if (list !== 'history' && list !== 'education') return skip(REASONS.listRow);
  // null: the row holds the applicant's own record; undefined: the profile has no item left for it.
  if (!item) return skip(item === null ? REASONS.otherItem : REASONS.noItem);
  if (!meaning) return skip(REASONS.unknown);
  const blocked = blockedReason(field);
  if (blocked) return skip(blocked);
  const raw = item[meaning];
  if (raw === undefined) return skip(REASONS.noValue);
  const resolved = resolve(field, meaning, raw);
  if (!resolved.ok) return skip(resolved.reason);
  if (holds(field, resolved, base.current)) return skip(REASONS.same, { value: resolved.value });
  const empty = isEmpty(base.current);
  return {
    ...base,
    value: resolved.value,
    action: 'fill',
    ticked: empty,
    ...(empty ? {} : { reason: `页面已有“${shorten(base.current)}”，勾选后才会覆盖` }),
  };
}

function shorten(text: string, max = 20): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

export interface FillOutcome {
  /** Entries written and now holding their value. */
  filled: number;
  /** Entries not written: skipped, unticked, or refused by the page. */
  skipped: number;
  /** Ticked entries whose field did not take the value. */
  failed: FillEntry[];
  /** Ticked entries left alone because the field changed after the preview (the applicant typed meanwhile). */
  stale: FillEntry[];
  /** Restores every field this fill changed, last first, through the writers (the page's handlers run). */
  undo: () => Promise<void>;
}

/** Writes the ticked fill entries in page order, one after the other (a widget's list must close before the next opens). */
export async function applyFill(entries: readonly FillEntry[]): Promise<FillOutcome> {
  const changed: Array<{ field: Field; saved: Snapshot }> = [];
  const failed: FillEntry[] = [];
  const stale: FillEntry[] = [];
  let filled = 0;
  let skipped = 0;
  for (const entry of entries) {
    if (entry.action !== 'fill' || !entry.ticked || entry.value === undefined) {
      skipped++;
      continue;
    }
    // What the applicant saw in the preview is what may be replaced; a value typed since is theirs.
    if (currentText(entry.field) !== entry.current) {
      skipped++;
      stale.push(entry);
      continue;
    }
    const saved = snapshot(entry.field);
    const ok = await writeField(entry.field, entry.value).catch(() => false);
    changed.push({ field: entry.field, saved });
    if (ok) filled++;
    else {
      skipped++;
      failed.push(entry);
    }
  }
  let undone = false;
  return {
    filled,
    skipped,
    failed,
    stale,
    async undo() {
      if (undone) return;
      undone = true;
      for (const { field, saved } of [...changed].reverse()) await restore(field, saved).catch(() => false);
    },
  };
}
