/**
 * Every check of one profile, as the editor and the import use them: the
 * strict schema (structure and formats) and the profile rules of lib/rules
 * (ID number, mobile, e-mail, dates), which are written once, there.
 */
import { checkProfile, getPlan, type Plan } from '../rules';
import type { PathPart } from './path';
import type { Profile } from './types';
import { profileDraftSchema, schemaProblems, type FieldProblem } from './schema';

/** 'education[0].graduation' or 'basic.idNumber' → ['education', 0, 'graduation']. */
export function parseRulePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const token of path.match(/[^.[\]]+/g) ?? []) {
    parts.push(/^\d+$/.test(token) ? Number(token) : token);
  }
  return parts;
}

/** Errors of the profile rules (level 'error' only: they block an import). */
export function ruleProblems(profile: Profile, today: string, plan: Plan = getPlan()): FieldProblem[] {
  return checkProfile({ profile, today }, plan)
    .filter((finding) => finding.level === 'error')
    .map((finding) => ({
      path: parseRulePath(finding.path ?? ''),
      message: finding.message,
      en: finding.messageEn,
      ruleId: finding.ruleId,
    }));
}

/**
 * Format problems (strict schema) and rule problems of a profile as edited.
 * The rules run whenever the value has the profile's structure (a draft with
 * a half-typed date still gets its ID number checked).
 */
export function profileProblems(profile: unknown, today: string): FieldProblem[] {
  const formats = schemaProblems(profile);
  if (schemaProblems(profile, profileDraftSchema).length > 0) return formats;
  const rules = ruleProblems(profile as Profile, today);
  // One message per field: a rule's message (it names the field) wins over the format's.
  const ruled = new Set(rules.map((p) => p.path.join('.')));
  return [...formats.filter((p) => !ruled.has(p.path.join('.'))), ...rules];
}
