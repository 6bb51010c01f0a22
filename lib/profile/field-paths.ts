/**
 * Which profile paths a learned mapping may name: exactly the fields of the
 * profile (FIELD_LABELS mirrors the schema; a unit test keeps the two
 * equal), a list section with a row index. Anything else ('__proto__',
 * 'id', 'basic', 'basic.mobile.length', a made-up key) is refused, so a
 * planted mapping cannot read out arbitrary parts of the profile. No zod
 * here: the content script uses it too.
 */
import { FIELD_LABELS } from './field-names';

/** Sections holding rows; their fields are reached through an index. */
export const LIST_SECTIONS: ReadonlySet<string> = new Set(['education', 'history', 'assessments', 'continuingEducation', 'achievements']);

/** The highest row index a path may name. */
export const MAX_ROW_INDEX = 99;

/** 'education[0].school' or 'education.0.school' → ['education', 0, 'school']; undefined when malformed. */
export function fieldPathParts(path: string): Array<string | number> | undefined {
  if (path.length === 0 || path.length > 100 || !/^[A-Za-z]+(?:\[\d{1,2}\]|\.\d{1,2})?\.[A-Za-z]+$/u.test(path)) return undefined;
  return (path.match(/[^.[\]]+/gu) ?? []).map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
}

/** True when the path names one field of the profile (with a row index for list sections). */
export function isProfileFieldPath(path: string): boolean {
  const parts = fieldPathParts(path);
  if (!parts) return false;
  const [section, second, third] = parts;
  if (typeof section !== 'string' || section === 'profile') return false;
  const fields = (FIELD_LABELS as Record<string, Record<string, unknown>>)[section];
  if (!fields) return false;
  if (LIST_SECTIONS.has(section)) {
    return (
      parts.length === 3 &&
      typeof second === 'number' &&
      second <= MAX_ROW_INDEX &&
      typeof third === 'string' &&
      Object.hasOwn(fields, third)
    );
  }
  return parts.length === 2 && typeof second === 'string' && Object.hasOwn(fields, second);
}
