/**
 * What a field holds now, read the way the writers write: the text of a
 * text field, the chosen option of a select (its hidden one for a custom
 * widget), the checked boxes of a group. Also the choices a field offers and
 * the reason it must not be written at all.
 */
import type { Field } from '../page/fields';
import { choiceStandIn, choiceText, listShownText, wrappingLabel } from '../page/controls';
import { isPerceivable } from '../page/visible';
import { isPromptOption } from '../page/text';
import type { ChoiceText } from './compare';

export const BLOCKED = {
  file: '文件需手动选择',
  disabled: '已禁用',
  readonly: '只读',
  password: '密码框，不会填写',
  invisible: '页面上看不见，不会填写',
} as const;

/** Why a field is never written by the assistant; undefined when it may be. */
export function blockedReason(field: Field): string | undefined {
  if (field.kind === 'file') return BLOCKED.file;
  if (isSecret(field.el)) return BLOCKED.password;
  if (field.kind === 'radio' || field.kind === 'checkbox') {
    const members = field.members.length > 0 ? field.members : [field.el as HTMLInputElement];
    if (members.every(isDisabled)) return BLOCKED.disabled;
    // Drawn apart from their inputs (stand-ins paired by order), a group is seen where its box is.
    const drawn = field.anchor !== field.el && isPerceivable(field.anchor);
    return members.some(memberSeen) || drawn ? undefined : BLOCKED.invisible;
  }
  if (isDisabled(field.el)) return BLOCKED.disabled;
  // A list widget's text box is readonly by design: the choice is made in its list.
  if (isReadOnly(field.el) && !isListWidget(field)) return BLOCKED.readonly;
  // What the applicant sees: a custom widget's visible part, else the control itself.
  if (!isPerceivable(field.widget ?? field.el)) return BLOCKED.invisible;
  return undefined;
}

/** A password (or one-time code) box: never a place for profile data. */
export function isSecret(el: Element): boolean {
  if (el.tagName !== 'INPUT') return false;
  const input = el as HTMLInputElement;
  if (input.type === 'password') return true;
  return /\b(?:current-password|new-password|one-time-code)\b/i.test(input.getAttribute('autocomplete') ?? '');
}

/** A radio/checkbox the applicant can see: the box, the stand-in a UI kit draws for it, or its label. */
export function memberSeen(input: HTMLInputElement): boolean {
  if (isPerceivable(input)) return true;
  const standIn = choiceStandIn(input);
  if (standIn && isPerceivable(standIn)) return true;
  const label = wrappingLabel(input);
  if (label !== undefined && isPerceivable(label)) return true;
  // A label[for] beside it takes the click as well.
  for (const other of input.labels ?? []) if (isPerceivable(other)) return true;
  return false;
}

/** A select drawn by a script with no <select> behind it: a text box showing the choice, the list elsewhere. */
export function isListWidget(field: Field): boolean {
  return field.kind === 'select' && field.el.tagName !== 'SELECT' && field.widget !== undefined;
}

export function isDisabled(el: Element): boolean {
  if (el.getAttribute('aria-disabled') === 'true') return true;
  if ((el as HTMLInputElement).disabled === true) return true;
  try {
    if (el.matches(':disabled')) return true;
  } catch {
    // an engine without :disabled: the fieldset walk below decides
  }
  // A disabled fieldset disables what it holds, except inside its first legend.
  const fieldset = el.closest('fieldset[disabled]');
  if (!fieldset) return false;
  const legend = fieldset.querySelector(':scope > legend');
  return !(legend && legend.contains(el));
}

export function isReadOnly(el: Element): boolean {
  if (el.getAttribute('aria-readonly') === 'true') return true;
  return (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && (el as HTMLInputElement).readOnly;
}

/** The group's boxes (a lone radio/checkbox is a group of one). */
export function membersOf(field: Field): HTMLInputElement[] {
  return field.members.length > 0 ? field.members : [field.el as HTMLInputElement];
}

/** The label of each member, in member order: the scan's option labels, else read here. */
export function memberTexts(field: Field): ChoiceText[] {
  const members = membersOf(field);
  const useOptions = field.options.length === members.length;
  return members.map((m, i) => ({ text: useOptions ? (field.options[i] as string) : choiceText(m), value: m.value }));
}

/** A select's real options (not 请选择 placeholders, not disabled ones). */
export function selectableOptions(select: HTMLSelectElement): HTMLOptionElement[] {
  return Array.from(select.options).filter((o) => !o.disabled && !isPlaceholder(o));
}

export function isPlaceholder(option: HTMLOptionElement): boolean {
  return option.value === '' && isPromptOption(option.text);
}

export function optionTexts(options: readonly HTMLOptionElement[]): ChoiceText[] {
  return options.map((o) => ({ text: o.text.replace(/\s+/gu, ' ').trim(), value: o.value }));
}

/** The field as the applicant reads it now; '' when empty, unchosen or only a placeholder is chosen. */
export function currentText(field: Field): string {
  switch (field.kind) {
    case 'select': {
      if (field.el.tagName !== 'SELECT') return listShownText(field.el as HTMLInputElement, field.widget);
      const select = field.el as HTMLSelectElement;
      const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
      return option && !isPlaceholder(option) && option.value !== '' ? option.text.trim() : '';
    }
    case 'radio':
    case 'checkbox': {
      const members = membersOf(field);
      const texts = memberTexts(field);
      // A lone box without text of its own (是否全日制 ☐) reads as 是 when ticked.
      return members.flatMap((m, i) => (m.checked ? [texts[i]?.text || '是'] : [])).join('、');
    }
    case 'file':
      return '';
    default:
      return (field.el as HTMLInputElement | HTMLTextAreaElement).value ?? '';
  }
}
