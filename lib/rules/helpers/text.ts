/** Text normalisation shared by the rules. */

/** NFKC: full-width （）：，digits and letters become their ASCII forms, U+3000 becomes a space. */
export function nfkc(text: string): string {
  return text.normalize('NFKC');
}

/**
 * A choice label or option text in a comparable form: NFKC and no whitespace,
 * so 转（兼）评, 转(兼)评 and "转 (兼) 评" are equal.
 */
export function normalizeChoice(text: string): string {
  return nfkc(text).replace(/\s+/gu, '');
}

/**
 * The character count a page counter shows: the string's UTF-16 length,
 * whitespace and line breaks included (JavaScript's `value.length`, which is
 * also what a `maxlength` attribute counts).
 */
export function countChars(text: string): number {
  return text.length;
}

/**
 * True when a field value is empty, only whitespace or dashes, or a select's
 * 请选择 placeholder ("--请选择--", "请选择受理点").
 */
export function isBlankValue(value: string): boolean {
  const text = nfkc(value).replace(/[-—–=*·.\s]/gu, '');
  return text === '' || text.startsWith('请选择');
}

/** Fills {placeholders} of a message template; unknown ones stay visible. */
export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : String(value);
  });
}

/** The {placeholders} a template uses, in order of appearance, without duplicates. */
export function placeholdersOf(template: string): string[] {
  const names = [...template.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] as string);
  return [...new Set(names)];
}

/** Text quoted in a message, cut to `max` characters with an ellipsis. */
export function clip(text: string, max = 20): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** Problems a parser found, in both languages, and the one way to add one. */
export function collectProblems(): { problems: string[]; problemsEn: string[]; problem: (zh: string, en: string) => void } {
  const problems: string[] = [];
  const problemsEn: string[] = [];
  return {
    problems,
    problemsEn,
    problem: (zh, en) => {
      problems.push(zh);
      problemsEn.push(en);
    },
  };
}
