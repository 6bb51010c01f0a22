/** Paths into a profile or an exchange file, and how messages print them. */
export type PathPart = string | number;
export type Path = readonly PathPart[];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** ['profiles', 0, 'basic', 'mobile'] → '$.profiles[0].basic.mobile'. */
export function formatJsonPath(path: readonly PropertyKey[], root = '$'): string {
  let out = root;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && IDENTIFIER.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** Keys that could reach Object.prototype when data is merged or assigned. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: PropertyKey): boolean {
  return typeof key === 'string' && FORBIDDEN_KEYS.has(key);
}

/** The value at a path, or undefined when any step is missing. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}
