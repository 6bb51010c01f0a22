/**
 * The 一键填写 preview and summary, built for the panel's `extra` element
 * (inside its shadow root). The preview is where the applicant is asked:
 * a row per field with the value that would be written and a checkbox
 * (ticked per plan; an overwrite starts unticked), each skipped field with
 * its reason, a "对应档案项…" choice for fields nobody recognised, and the
 * achievement to use on 我的业绩档案. textContent only: page and profile
 * text never become markup.
 *
 * The panel's shadow root is open, so page scripts can read and poke at
 * this view: the ID number is shown masked and long values shortened; every
 * button, tick and choice acts on the applicant's own (trusted) events only;
 * the ticks handed to onConfirm are the ones the applicant made, and a box
 * changed behind their back stops the fill (onTampered).
 */
import { isTrustedActivation, onTrusted, onTrustedClick } from '../assistant/trusted';
import type { Meaning } from '../meanings';
import type { FillEntry } from './plan';

export interface SelectOption<T extends string = string> {
  value: T;
  label: string;
}

export interface PreviewModel {
  title: string;
  entries: readonly FillEntry[];
  /** 我的业绩档案: the profile's achievements to choose from. */
  achievements?: readonly SelectOption[];
  achievementId?: string;
  /** What an unrecognised field may be mapped to. */
  mappingChoices: readonly SelectOption<Meaning>[];
  /** Rows to add with the page's own 添加 button (工作经历, 学历), each with what it will hold. */
  additions?: readonly AdditionRow[];
}

export interface AdditionRow {
  label: string;
  value: string;
  ticked: boolean;
}

export interface PreviewHandlers {
  /** The entries with the applicant's ticks, and which of the offered rows to add. */
  onConfirm(entries: FillEntry[], additions: boolean[]): void;
  onCancel: () => void;
  onToggle?(entry: FillEntry, ticked: boolean): void;
  onAchievement?(id: string): void;
  onMap?(entry: FillEntry, meaning: Meaning): void;
  /** 确认填写 found a tick the applicant did not make (a page script changed a box): nothing was filled. */
  onTampered?(): void;
}

const SHOWN_MAX = 40;

/** A mainland ID number (18 characters, or the old 15 digits), possibly with spaces. */
const ID_NUMBER = /^(\d{6})(\d{5}|\d{8}[\dXx]?)(\d{3}[\dXx])$/u;

/** 330106********2317: the region and the last four stay readable, the birth date and sequence do not. */
export function maskIdNumber(text: string): string {
  const compact = text.replace(/\s+/gu, '');
  const match = ID_NUMBER.exec(compact);
  if (!match || (compact.length !== 18 && compact.length !== 15)) return text;
  return `${match[1]}${'*'.repeat(compact.length - 10)}${compact.slice(-4)}`;
}

/** What the preview shows of a value: ID numbers masked (whatever the field), long text shortened. */
export function shown(text: string): string {
  const t = maskIdNumber(text.replace(/\s+/gu, ' ').trim());
  return t.length > SHOWN_MAX ? `${t.slice(0, SHOWN_MAX)}…（共 ${t.length} 字）` : t;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(doc: Document, text: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = el(doc, 'button', primary ? 'primary' : undefined, text);
  b.type = 'button';
  onTrustedClick(b, () => onClick());
  return b;
}

function select(
  doc: Document,
  label: string,
  prompt: string | undefined,
  choices: readonly SelectOption[],
  chosen?: string,
): HTMLSelectElement {
  const s = el(doc, 'select');
  s.setAttribute('aria-label', label);
  const option = (text: string, value: string, selected: boolean) => {
    const o = el(doc, 'option', undefined, text);
    o.value = value;
    o.selected = selected;
    return o;
  };
  if (prompt !== undefined) s.append(option(prompt, '', chosen === undefined));
  for (const c of choices) s.append(option(c.label, c.value, c.value === chosen));
  return s;
}

/** The preview table and its 确认填写 / 取消 buttons. */
export function buildPreview(doc: Document, model: PreviewModel, handlers: PreviewHandlers): HTMLElement {
  const section = el(doc, 'section', 'fill-preview');
  section.setAttribute('aria-label', model.title);
  section.append(el(doc, 'h3', 'fill-title', model.title));

  if (model.achievements && model.achievements.length > 0) {
    const pick = el(doc, 'label', 'fill-pick', '选择业绩：');
    const s = select(doc, '选择业绩', undefined, model.achievements, model.achievementId);
    s.className = 'fill-achievement';
    onTrusted(s, 'change', () => handlers.onAchievement?.(s.value));
    pick.append(s);
    section.append(pick);
  }

  const boxes = new Map<FillEntry, ApplicantBox>();
  const addBoxes: ApplicantBox[] = [];
  const count = el(doc, 'p', 'fill-count');
  const recount = () => {
    const n = [...boxes.values()].filter((b) => b.ticked()).length;
    const rows = addBoxes.filter((b) => b.ticked()).length;
    count.textContent = `将填写勾选的 ${n} 项，跳过 ${model.entries.length - n} 项${rows > 0 ? `，新增 ${rows} 行` : ''}`;
  };

  const table = el(doc, 'table', 'fill-table');
  const head = el(doc, 'tr');
  for (const h of ['填写', '字段', '将填写的值', '说明']) head.append(el(doc, 'th', undefined, h));
  table.append(el(doc, 'thead'), el(doc, 'tbody'));
  table.tHead?.append(head);
  const body = table.tBodies[0] as HTMLTableSectionElement;

  for (const entry of model.entries) {
    const row = el(doc, 'tr', entry.action === 'fill' ? 'fill-row' : 'skip-row');
    row.dataset.action = entry.action;
    row.dataset.label = entry.label;
    const tick = el(doc, 'td');
    const name = el(doc, 'td', 'fill-label', entry.label || '（无标签）');
    const value = el(doc, 'td', 'fill-value', entry.value !== undefined ? shown(entry.value) : '—');
    const note = el(doc, 'td', 'fill-note', entry.reason ?? (entry.current ? `原为“${shown(entry.current)}”` : ''));
    if (entry.action === 'fill') {
      const box = applicantBox(doc, entry.ticked, `填写“${entry.label}”`, (checked) => {
        handlers.onToggle?.(entry, checked);
        recount();
      });
      boxes.set(entry, box);
      tick.append(box.el);
    }
    if (entry.unmatched && entry.label && model.mappingChoices.length > 0) {
      value.replaceChildren(mappingChoice(doc, entry, model.mappingChoices, handlers));
    }
    row.append(tick, name, value, note);
    body.append(row);
  }
  for (const addition of model.additions ?? []) {
    const row = el(doc, 'tr', 'add-row');
    row.dataset.action = 'add';
    row.dataset.label = addition.label;
    const tick = el(doc, 'td');
    const box = applicantBox(doc, addition.ticked, `${addition.label}：${addition.value}`, recount);
    addBoxes.push(box);
    tick.append(box.el);
    row.append(
      tick,
      el(doc, 'td', 'fill-label', addition.label),
      el(doc, 'td', 'fill-value', shown(addition.value)),
      el(doc, 'td', 'fill-note', '用页面的“添加”按钮新增一行后填写'),
    );
    body.append(row);
  }
  recount();

  const all = [...boxes.values(), ...addBoxes];
  const confirm = () => {
    if (all.some((b) => b.tampered())) {
      for (const b of all) b.reset();
      handlers.onTampered?.();
      return;
    }
    handlers.onConfirm(
      model.entries.map((e) => ({ ...e, ticked: boxes.get(e)?.ticked() ?? false })),
      addBoxes.map((b) => b.ticked()),
    );
  };
  const actions = el(doc, 'div', 'row-actions');
  actions.append(button(doc, '确认填写', confirm, true), button(doc, '取消', handlers.onCancel));
  section.append(count, table, actions);
  return section;
}

interface ApplicantBox {
  el: HTMLInputElement;
  /** What the applicant ticked (the plan's tick until they click). */
  ticked(): boolean;
  /** The box shows something the applicant did not choose (a script set `checked`). */
  tampered(): boolean;
  /** Show the applicant's tick again. */
  reset(): void;
}

/**
 * A tick box whose state is the applicant's. The click says who ticked: a
 * script's .click() still makes the browser fire a trusted `change`, so that
 * event proves nothing. The box has already flipped when the click is
 * dispatched; cancelling an untrusted one flips it back.
 */
function applicantBox(doc: Document, initial: boolean, label: string, onTick: (checked: boolean) => void): ApplicantBox {
  const box = el(doc, 'input');
  box.type = 'checkbox';
  box.checked = initial;
  box.setAttribute('aria-label', label);
  let ticked = initial;
  box.addEventListener('click', (event) => {
    if (!isTrustedActivation(event)) {
      event.preventDefault();
      return;
    }
    ticked = box.checked;
    onTick(ticked);
  });
  box.addEventListener('change', () => {
    if (box.checked !== ticked) box.checked = ticked;
  });
  return {
    el: box,
    ticked: () => ticked,
    tampered: () => box.checked !== ticked,
    reset: () => {
      box.checked = ticked;
    },
  };
}

/**
 * "对应档案项…" for a field nobody recognised: a choice and a 使用 button.
 * The choice counts only when the applicant made it (a trusted change) and
 * the select still shows it when they press 使用.
 */
function mappingChoice(doc: Document, entry: FillEntry, choices: readonly SelectOption<Meaning>[], handlers: PreviewHandlers): HTMLElement {
  const wrap = el(doc, 'span', 'fill-map');
  const s = select(doc, `“${entry.label}”对应档案项`, '对应档案项…', choices);
  let chosen = '';
  const remember = (event: Event) => {
    chosen = isTrustedActivation(event) ? s.value : '';
  };
  s.addEventListener('change', remember);
  s.addEventListener('input', remember);
  const use = button(doc, '使用', () => {
    if (chosen !== '' && s.value === chosen) handlers.onMap?.(entry, chosen as Meaning);
  });
  use.className = 'fill-map-use';
  use.setAttribute('aria-label', `“${entry.label}”使用所选档案项`);
  wrap.append(s, use);
  return wrap;
}

export interface SummaryModel {
  filled: number;
  skipped: number;
  /** Labels of ticked fields the page did not take. */
  failed: readonly string[];
  /** Labels of ticked fields left alone because they changed after the preview. */
  stale?: readonly string[];
  /** The fill was undone. */
  undone: boolean;
}

export interface SummaryHandlers {
  onUndo?: () => void;
  onClose: () => void;
}

/** 已填写 N 项，跳过 M 项, with 撤销 until it was used. */
export function buildSummary(doc: Document, model: SummaryModel, handlers: SummaryHandlers): HTMLElement {
  const section = el(doc, 'section', 'fill-summary');
  section.setAttribute('role', 'status');
  if (model.undone) {
    section.append(el(doc, 'p', 'fill-result', '已撤销：各字段已恢复为填写前的内容。'));
  } else {
    section.append(el(doc, 'p', 'fill-result', `已填写 ${model.filled} 项，跳过 ${model.skipped} 项`));
    if (model.failed.length > 0) {
      section.append(el(doc, 'p', 'fill-failed', `页面未接受的项：${model.failed.map((l) => `“${l}”`).join('、')}，请手动填写。`));
    }
    if (model.stale && model.stale.length > 0) {
      section.append(el(doc, 'p', 'fill-failed', `预览后已改动、未覆盖的项：${model.stale.map((l) => `“${l}”`).join('、')}。`));
    }
  }
  const actions = el(doc, 'div', 'row-actions');
  if (!model.undone && handlers.onUndo) actions.append(button(doc, '撤销', handlers.onUndo));
  actions.append(button(doc, '关闭', handlers.onClose));
  section.append(actions);
  return section;
}
