/**
 * Comparing a profile value with what a page shows: option texts, radio
 * labels, the value already in a field. Pages write the same thing in
 * full- or half-width, with or without spaces (转（兼）评 / 转(兼)评), so
 * comparisons go through one comparable form. Pure string code.
 */

/** NFKC (full-width （）：digits → ASCII), no whitespace, lower case. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

/** Words a yes/no choice is written with; the profile's booleans become 是 / 否. */
export const YES_WORDS: readonly string[] = ['是', '有', 'yes', 'y', 'true', '√'];
export const NO_WORDS: readonly string[] = ['否', '无', '不是', 'no', 'n', 'false'];

/** true / false for a yes/no word, undefined for any other text. */
export function yesNo(text: string): boolean | undefined {
  const key = comparable(text);
  if (YES_WORDS.some((w) => comparable(w) === key)) return true;
  if (NO_WORDS.some((w) => comparable(w) === key)) return false;
  return undefined;
}

/** One option of a select or one member of a radio/checkbox group, as the applicant reads it. */
export interface ChoiceText {
  /** The option text / label beside the box. */
  text: string;
  /** The value attribute (codes such as '01'). */
  value?: string;
}

/**
 * The index of the choice that means `wanted` (then each of `also`, in
 * order), or -1. Per wanted text: the value attribute, then the exact text
 * (the text wins when the two name different choices), then the comparable text. Last, for the first wanted text only: the one
 * choice whose text contains it or is contained in it (大学本科 / 本科), when
 * exactly one does and the text has at least two characters.
 */
export function findChoice(choices: readonly ChoiceText[], wanted: string, also: readonly string[] = []): number {
  for (const text of [wanted, ...also]) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const byText = choices.findIndex((c) => c.text.trim() === trimmed);
    const byValue = choices.findIndex((c) => c.value !== undefined && c.value !== '' && c.value === trimmed);
    // When a code names one option and the text another ('2' as value and as text), the text wins: it is what the applicant reads.
    if (byValue >= 0 && byText < 0) return byValue;
    if (byText >= 0) return byText;
    const key = comparable(trimmed);
    const byComparable = choices.findIndex((c) => comparable(c.text) === key);
    if (byComparable >= 0) return byComparable;
  }
  const key = comparable(wanted);
  if (key.length < 2) return -1;
  const near: number[] = [];
  choices.forEach((c, i) => {
    const text = comparable(c.text);
    if (text.length >= 2 && (text.includes(key) || key.includes(text))) near.push(i);
  });
  return near.length === 1 ? (near[0] as number) : -1;
}
