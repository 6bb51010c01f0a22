/**
 * Writing a value into a platform field so that the page's own code notices,
 * one writer per kind of control. Every writer refuses readonly and disabled
 * controls and file inputs, and returns whether the field now holds the value.
 *
 * - text / textarea: the PROTOTYPE's value setter (frameworks that track the
 *   value on the element itself then see a change), then bubbling input and
 *   change.
 * - select: the option by value, text, then comparable text; change.
 * - radio / checkbox: .click() on the box, or on the visible stand-in a UI kit
 *   draws for a hidden box, so the page's click handlers run.
 * - custom select: open the visible widget, click the option element whose
 *   text matches; the hidden select + change only when that did not take.
 * - list widget without a select (el-select, ant-select, EasyUI combobox):
 *   open it, click the visible option, wait for the page to show it.
 * - date: the text in the format the field shows, then Enter and blur as a
 *   person ends typing (picker scripts take typed text there).
 * writeField and restore are async: widgets follow a tick or a frame later.
 */
import type { Field } from '../page/fields';
import { choiceStandIn, wrappingLabel } from '../page/controls';
import { isHidden } from '../page/visible';
import { findChoice, sameText, yesNo } from './compare';
import { dateForField, parseLooseDate, sameDate } from './dates';
import {
  blockedReason,
  currentText,
  isDisabled,
  isReadOnly,
  isSecret,
  memberSeen,
  memberTexts,
  membersOf,
  optionTexts,
  selectableOptions,
} from './read';
import { chooseFromList, commitTyped, press } from './widgets';

// ------------------------------------------------------------------ events

function fire(el: Element, type: 'input' | 'change'): void {
  el.dispatchEvent(new Event(type, { bubbles: true }));
}

function refuses(el: Element): boolean {
  return isDisabled(el) || isReadOnly(el) || isSecret(el) || (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'file');
}

// ------------------------------------------------------------------ text

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** The native setter, not the element's own property a framework may have put over it. */
function setNativeValue(el: TextControl, value: string): void {
  const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the prototype's setter, called on the element
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export function writeText(el: TextControl, value: string): boolean {
  if (refuses(el)) return false;
  if (el.value !== value) {
    setNativeValue(el, value);
    fire(el, 'input');
    fire(el, 'change');
  }
  return sameText(el.value, value);
}

/** The date (ISO or any written form) in the format this control expects, typed as text and committed. */
export function writeDate(el: TextControl, value: string): boolean {
  if (refuses(el)) return false;
  const formatted = dateForField(el, value);
  if (!formatted.ok) return false;
  const typed = writeText(el, formatted.text);
  commitTyped(el);
  return typed || sameDate(el.value, formatted.text);
}

// ------------------------------------------------------------------ select

/** The option that means the value (then each of `also`); undefined when none does. */
export function findOption(select: HTMLSelectElement, value: string, also: readonly string[] = []): HTMLOptionElement | undefined {
  const options = selectableOptions(select);
  const index = findChoice(optionTexts(options), value, also);
  return index >= 0 ? options[index] : undefined;
}

function holdsOption(select: HTMLSelectElement, option: HTMLOptionElement): boolean {
  return select.selectedIndex === option.index;
}

/** Selects this option of the select itself and tells the page (input, change). */
function chooseOption(select: HTMLSelectElement, option: HTMLOptionElement): boolean {
  if (!holdsOption(select, option)) {
    option.selected = true;
    fire(select, 'input');
    fire(select, 'change');
  }
  return holdsOption(select, option);
}

export function writeSelect(select: HTMLSelectElement, value: string): boolean {
  if (refuses(select)) return false;
  const option = findOption(select, value);
  return option !== undefined && chooseOption(select, option);
}

// ------------------------------------------------------------------ custom select

/** Chooses the option through the widget as a person would; the hidden select + change if that did not take. */
async function chooseInWidget(select: HTMLSelectElement, widget: HTMLElement, option: HTMLOptionElement): Promise<boolean> {
  if (holdsOption(select, option)) return true;
  if (await chooseFromList(widget, option.text.trim(), [], () => holdsOption(select, option))) return true;
  return chooseOption(select, option);
}

export async function writeCustomSelect(select: HTMLSelectElement, widget: HTMLElement, value: string): Promise<boolean> {
  if (refuses(select)) return false;
  const option = findOption(select, value);
  return option !== undefined && chooseInWidget(select, widget, option);
}

/** A list widget with no select behind it: the option whose text means the value, clicked in the open list. */
export async function writeList(field: Field, value: string, also: readonly string[] = []): Promise<boolean> {
  const widget = field.widget;
  if (!widget || isDisabled(field.el)) return false;
  const holds = () => {
    const now = currentText(field);
    return now !== '' && findChoice([{ text: now }], value, also) === 0;
  };
  return chooseFromList(widget, value, also, holds);
}

// ------------------------------------------------------------------ radio / checkbox

/** Click the box the way a person would reach it; true when it ends up in the wanted state. */
function setChecked(input: HTMLInputElement, checked: boolean): boolean {
  if (input.checked === checked) return true;
  if (isDisabled(input) || !memberSeen(input)) return false;
  if (isHidden(input)) {
    const standIn = choiceStandIn(input) ?? wrappingLabel(input);
    if (standIn) {
      press(standIn);
      if (input.checked === checked) return true;
    }
  }
  if (input.checked !== checked) input.click();
  return input.checked === checked;
}

/** The member that means the value (then each of `also`); undefined when none does. */
export function findMember(field: Field, value: string, also: readonly string[] = []): HTMLInputElement | undefined {
  const members = membersOf(field);
  const index = findChoice(memberTexts(field), value, also);
  const member = index >= 0 ? members[index] : undefined;
  return member && !isDisabled(member) ? member : undefined;
}

export function writeRadio(field: Field, value: string): boolean {
  const member = findMember(field, value);
  return member !== undefined && setChecked(member, true);
}

/**
 * The checked state each member should have for the value, or undefined when
 * no member means it. A lone box takes a yes/no value (是 ticks it, 否 clears
 * it) or its own text; in a group the member named is ticked, the rest cleared.
 */
export function checkboxTargets(field: Field, value: string, also: readonly string[] = []): boolean[] | undefined {
  const members = membersOf(field);
  if (members.length === 1) {
    const yes = yesNo(value);
    if (yes !== undefined) return [yes];
  }
  const member = findMember(field, value, also);
  return member ? members.map((m) => m === member) : undefined;
}

export function writeCheckbox(field: Field, value: string): boolean {
  const targets = checkboxTargets(field, value);
  if (!targets) return false;
  const members = membersOf(field);
  let ok = true;
  members.forEach((m, i) => {
    if (!setChecked(m, targets[i] === true)) ok = false;
  });
  return ok;
}

// ------------------------------------------------------------------ any field

/** Writes the value with the writer for the field's kind; false when refused or not taken. */
export async function writeField(field: Field, value: string): Promise<boolean> {
  if (blockedReason(field) !== undefined) return false;
  switch (field.kind) {
    case 'select': {
      if (field.el.tagName !== 'SELECT') return writeList(field, value);
      const select = field.el as HTMLSelectElement;
      return field.widget ? writeCustomSelect(select, field.widget, value) : writeSelect(select, value);
    }
    case 'radio':
      return writeRadio(field, value);
    case 'checkbox':
      return writeCheckbox(field, value);
    case 'date':
      // A picker field may still take a text that is no date (a learned mapping): then as text.
      return parseLooseDate(value) ? writeDate(field.el as TextControl, value) : writeText(field.el as TextControl, value);
    case 'text':
    case 'textarea':
      return writeText(field.el as TextControl, value);
    default:
      return false;
  }
}

// ------------------------------------------------------------------ undo

/** What a field held before the assistant wrote it. */
export type Snapshot =
  | { kind: 'value'; value: string }
  | { kind: 'option'; index: number }
  | { kind: 'shown'; text: string }
  | { kind: 'checked'; states: boolean[] };

export function snapshot(field: Field): Snapshot {
  switch (field.kind) {
    case 'select':
      if (field.el.tagName !== 'SELECT') return { kind: 'shown', text: currentText(field) };
      return { kind: 'option', index: (field.el as HTMLSelectElement).selectedIndex };
    case 'radio':
    case 'checkbox':
      return { kind: 'checked', states: membersOf(field).map((m) => m.checked) };
    default:
      return { kind: 'value', value: (field.el as TextControl).value };
  }
}

/** Clears a radio (no click can): the native setter, then input and change so the page follows. */
function clearRadio(input: HTMLInputElement): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the prototype's setter, called on the element
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')?.set;
  if (setter) setter.call(input, false);
  else input.checked = false;
  fire(input, 'input');
  fire(input, 'change');
}

/**
 * Puts back what the snapshot holds, through the same writers, so the page's
 * handlers run again. Returns whether the field holds it again. A list widget
 * that was empty cannot be emptied by a click: it keeps the chosen value.
 */
export async function restore(field: Field, saved: Snapshot): Promise<boolean> {
  if (saved.kind === 'value') {
    if (field.kind !== 'date') return writeText(field.el as TextControl, saved.value);
    const ok = writeText(field.el as TextControl, saved.value);
    commitTyped(field.el);
    return ok;
  }
  if (saved.kind === 'shown') return saved.text === '' ? currentText(field) === '' : writeList(field, saved.text);
  if (saved.kind === 'option') {
    const select = field.el as HTMLSelectElement;
    if (refuses(select)) return false;
    if (saved.index < 0) {
      if (select.selectedIndex !== -1) {
        select.selectedIndex = -1;
        fire(select, 'change');
      }
      return select.selectedIndex === -1;
    }
    const option = select.options[saved.index];
    if (!option) return false;
    return field.widget ? chooseInWidget(select, field.widget, option) : chooseOption(select, option);
  }
  const members = membersOf(field);
  if (field.kind === 'radio') {
    const before = members[saved.states.indexOf(true)];
    if (before) return setChecked(before, true);
    for (const m of members) if (m.checked) clearRadio(m);
    return members.every((m) => !m.checked);
  }
  let ok = true;
  members.forEach((m, i) => {
    if (!setChecked(m, saved.states[i] === true)) ok = false;
  });
  return ok;
}
