/**
 * The rules engine: every rule of docs/rules.md as data + check, and one
 * entry point per kind of input. Which rules an entry point runs, and which
 * reminder shows on which step, follows from each rule's meta. Pure: no DOM,
 * no clock (callers pass `today`).
 */
import type { Step } from '../steps';
import { ACHIEVEMENT_RULES } from './achievement';
import { ATTACHMENT_RULES } from './attachment';
import { COMMITMENT_RULES } from './commitment';
import { DECLARATION_RULES } from './declaration';
import { PHOTO_RULES } from './photo';
import type { Plan } from './plans/types';
import { PROFILE_RULES } from './profile';
import { SUBMIT_RULES } from './submit';
import type {
  AchievementsInput,
  AnyRule,
  AttachmentSlot,
  AttachmentsInput,
  DeclarationInput,
  FileFacts,
  Finding,
  InputKind,
  PhotoFacts,
  ProfileInput,
  Rule,
  RuleInputs,
  SubmitInput,
} from './types';

export type * from './types';
export {
  DEFAULT_PLAN_ID,
  PLANS,
  choosablePlans,
  findPlanNames,
  getPlan,
  listPlans,
  parsePlanName,
  parseStatedParams,
  planById,
  planFromName,
  resolvePlan,
} from './plans';
export type { PlanFacts } from './plans';
export { APPLICATION_TYPES, applicationTypeOf, chosenApplicationType } from './helpers/application-type';
export { ASSESSMENT_RESULTS, ASSESSMENT_SEPARATOR, formatAssessment, parseAssessment } from './helpers/assessment';
export type { AssessmentEntry, AssessmentParse } from './helpers/assessment';
export { isEmail, isMobile } from './helpers/contact';
export { daysBetween, parseDate, wholeYearsBetween } from './helpers/dates';
export { parseIdNumber } from './helpers/id-number';
export type { IdNumberParse } from './helpers/id-number';
export { countChars, normalizeChoice } from './helpers/text';
export { assessmentExample, canonicalAssessment } from './declaration';
export { SLOT_TARGETS, looksLikePaper } from './attachment';

/** Every rule, in the order of docs/rules.md. */
export const ALL_RULES: readonly AnyRule[] = [
  ...PHOTO_RULES,
  ...COMMITMENT_RULES,
  ...DECLARATION_RULES,
  ...ACHIEVEMENT_RULES,
  ...ATTACHMENT_RULES,
  ...SUBMIT_RULES,
  ...PROFILE_RULES,
];

const BY_ID = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));

/** The rule with this id, or undefined. */
export function ruleById(id: string): AnyRule | undefined {
  return BY_ID.get(id);
}

/** The rules that check this kind of input, in catalogue order (their meta says the kind). */
export function rulesFor<K extends InputKind>(kind: K): readonly Rule<RuleInputs[K]>[] {
  // defineRule ties a rule's check to the input its meta names: filtering by the kind keeps the types true.
  return ALL_RULES.filter((rule) => rule.meta.input === kind);
}

const BY_INPUT: { readonly [K in InputKind]: readonly Rule<RuleInputs[K]>[] } = {
  photo: rulesFor('photo'),
  declaration: rulesFor('declaration'),
  achievements: rulesFor('achievements'),
  attachments: rulesFor('attachments'),
  attachmentFile: rulesFor('attachmentFile'),
  submit: rulesFor('submit'),
  profile: rulesFor('profile'),
  reminder: rulesFor('reminder'),
};

function run<K extends InputKind>(kind: K, input: RuleInputs[K], plan: Plan): Finding[] {
  const rules: readonly Rule<RuleInputs[K]>[] = BY_INPUT[kind];
  return rules.flatMap((rule) => rule.check(input, plan));
}

/** photo.* on the facts of a chosen photo. */
export function checkPhoto(facts: PhotoFacts, plan: Plan): Finding[] {
  return run('photo', facts, plan);
}

/** report.*, office.*, type.*, major.*, worktime.*, assessment.* on 填写申报信息. */
export function checkDeclaration(input: DeclarationInput, plan: Plan): Finding[] {
  return run('declaration', input, plan);
}

/** achievement.required, .count and .collective on 选择相关业绩. */
export function checkAchievements(input: AchievementsInput, plan: Plan): Finding[] {
  return run('achievements', input, plan);
}

/** The upload-slot rules and attachment.representative on 上传相关附件. */
export function checkAttachments(input: AttachmentsInput, plan: Plan): Finding[] {
  return run('attachments', input, plan);
}

const LEVEL_ORDER = { error: 0, warn: 1, info: 2 } as const;

/** attachment.file on one upload, and attachment.paper when it is a paper scan in the works slot; errors first. */
export function checkAttachmentFile(file: FileFacts, slot: AttachmentSlot, plan: Plan, paper?: boolean): Finding[] {
  return run('attachmentFile', { file, slot, paper }, plan).sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** submit.unresolved on 预览确认提交. */
export function checkSubmit(input: SubmitInput, plan: Plan): Finding[] {
  return run('submit', input, plan);
}

/** profile.* with `path` and `target` set. */
export function checkProfile(input: ProfileInput, plan: Plan): Finding[] {
  return run('profile', input, plan);
}

/** The reminder (info) findings for a step, from the reminder rules whose meta names it; `today` (YYYY-MM-DD) gives paper.deadline its days left. */
export function remindersFor(step: Step, plan: Plan, today: string): Finding[] {
  return BY_INPUT.reminder.filter((rule) => rule.meta.steps?.includes(step)).flatMap((rule) => rule.check({ today }, plan));
}
