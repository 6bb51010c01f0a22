/**
 * The rules engine: every rule of RULES.md as data + check, and one entry
 * point per rule family. Pure: no DOM, no clock (callers pass `today`).
 */
import type { Step } from '../steps';
import {
  ACHIEVEMENT_RULES,
  achievementCollective,
  achievementCount,
  achievementRequired,
  archiveApproved,
} from './achievement';
import {
  ATTACHMENT_RULES,
  attachmentAppointment,
  attachmentContract,
  attachmentCpd,
  attachmentEducation,
  attachmentExceptional,
  attachmentFile,
  attachmentPaper,
  attachmentRepresentative,
  attachmentSocial,
  attachmentWorks,
} from './attachment';
import { COMMITMENT_RULES, commitmentSign } from './commitment';
import { DECLARATION_RULES } from './declaration';
import { PHOTO_RULES } from './photo';
import type { Plan } from './plans/types';
import { PROFILE_RULES } from './profile';
import { SUBMIT_RULES, paperDeadline, paymentReminder, submitUnresolved } from './submit';
import type {
  AchievementsInput,
  AnyRule,
  AttachmentSlot,
  AttachmentsInput,
  DeclarationInput,
  FileFacts,
  Finding,
  PhotoFacts,
  ProfileInput,
  ReminderInput,
  Rule,
  SubmitInput,
} from './types';

export type * from './types';
export {
  DEFAULT_PLAN_ID, PLANS, choosablePlans, findPlanNames, getPlan, listPlans, parsePlanName, parseStatedParams, planById,
  planFromName, resolvePlan,
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

/** Every rule, in the order of RULES.md. */
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

function run<I>(rules: readonly Rule<I>[], input: I, plan: Plan): Finding[] {
  return rules.flatMap((rule) => rule.check(input, plan));
}

/** photo.* on the facts of a chosen photo. */
export function checkPhoto(facts: PhotoFacts, plan: Plan): Finding[] {
  return run(PHOTO_RULES, facts, plan);
}

/** report.*, office.*, type.*, major.*, worktime.*, assessment.* on 填写申报信息. */
export function checkDeclaration(input: DeclarationInput, plan: Plan): Finding[] {
  return run(DECLARATION_RULES, input, plan);
}

/** achievement.required, .count and .collective on 选择相关业绩. */
export function checkAchievements(input: AchievementsInput, plan: Plan): Finding[] {
  return run([achievementRequired, achievementCount, achievementCollective], input, plan);
}

/** The upload-slot rules and attachment.representative on 上传相关附件. */
export function checkAttachments(input: AttachmentsInput, plan: Plan): Finding[] {
  return run(
    [
      attachmentAppointment,
      attachmentContract,
      attachmentSocial,
      attachmentCpd,
      attachmentWorks,
      attachmentRepresentative,
      attachmentExceptional,
    ],
    input,
    plan,
  );
}

/** attachment.file on one upload, and attachment.paper when it is a paper scan in the works slot. */
export function checkAttachmentFile(file: FileFacts, slot: AttachmentSlot, plan: Plan, paper?: boolean): Finding[] {
  return run([attachmentFile, attachmentPaper], { file, slot, paper }, plan);
}

/** submit.unresolved on 预览确认提交. */
export function checkSubmit(input: SubmitInput, plan: Plan): Finding[] {
  return run([submitUnresolved], input, plan);
}

/** profile.* with `path` and `target` set. */
export function checkProfile(input: ProfileInput, plan: Plan): Finding[] {
  return run(PROFILE_RULES, input, plan);
}

/** The reminder (info) rules shown on each step. */
const REMINDERS: Partial<Record<Step, readonly Rule<ReminderInput>[]>> = {
  commitment: [commitmentSign],
  archive: [archiveApproved],
  achievements: [archiveApproved],
  attachments: [attachmentEducation],
  preview: [paperDeadline],
  records: [paymentReminder, paperDeadline],
  reviewForm: [paperDeadline],
};

/** The info findings for a step; `today` (YYYY-MM-DD) gives paper.deadline its days left. */
export function remindersFor(step: Step, plan: Plan, today: string): Finding[] {
  return run(REMINDERS[step] ?? [], { today }, plan);
}
