/**
 * 个人基本信息 (guide 一.1): the profile rules checked on the platform page
 * itself — ID number, its birth date and gender, mobile, e-mail, dates.
 *
 * Steps: every step.
 * Replica: tests/site/public/028/client/person/baseInfo.jsp
 */
import { checkProfile } from '../rules';
import type { Profile } from '../profile/types';
import type { FeatureDefinition, StepContext } from '../assistant/feature';
import { placeOn, valueOf } from '../assistant/feature';
import type { Meaning } from '../meanings';
import { STEPS } from '../steps';

export const basicInfoFeature: FeatureDefinition = {
  // Wherever an ID number, a mobile or a date is asked for, it is checked.
  steps: STEPS,
  init(ctx) {
    const run = () => {
      const profile = profileFromPage(ctx);
      const findings = checkProfile({ profile, today: ctx.bridge.today() }, ctx.plan);
      ctx.report(
        findings.map((finding) => {
          const meaning = finding.target;
          const field =
            meaning && meaning !== 'page' && meaning !== 'submit' && meaning !== 'achievements' ? ctx.field(meaning) : undefined;
          return { finding, ...placeOn(field) };
        }),
      );
    };
    ctx.onFieldEvent(run);
    ctx.onRescan(run);
    run();
  },
};

/** Only what the page shows; empty fields stay out so nothing is reported about them. */
function profileFromPage(ctx: StepContext): Partial<Profile> {
  const pick = <K extends string>(pairs: Array<[K, Meaning]>) => {
    const out: Partial<Record<K, string>> = {};
    for (const [key, meaning] of pairs) {
      const value = valueOf(ctx, meaning)?.trim();
      if (value) out[key] = value;
    }
    return out;
  };
  const basic = pick([
    ['name', 'name'],
    ['idNumber', 'idNumber'],
    ['gender', 'gender'],
    ['birthDate', 'birthDate'],
    ['mobile', 'mobile'],
    ['email', 'email'],
    ['postcode', 'postcode'],
  ]);
  const education = pick([
    ['start', 'eduStart'],
    ['graduation', 'graduation'],
  ]);
  const work = pick([
    ['workStart', 'workStart'],
    ['professionalStart', 'professionalStart'],
    ['currentTitleDate', 'currentTitleDate'],
    ['appointmentDate', 'appointmentDate'],
  ]);
  return {
    basic: basic as Profile['basic'],
    education: Object.keys(education).length ? [education] : [],
    work,
  };
}
