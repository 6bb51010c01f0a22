/**
 * The guide's reminders that the applicant must act on outside the form
 * (sign the pledge, employer approval, payment, paper forms before the
 * deadline): info findings in the panel of the step they belong to.
 *
 * Steps: every step.
 * Replica: tests/site/public/028/client/declare/promise.jsp
 */
import { remindersFor } from '../rules';
import { STEPS } from '../steps';
import type { FeatureDefinition } from '../assistant/feature';

export const remindersFeature: FeatureDefinition = {
  steps: STEPS,
  init(ctx) {
    ctx.report(remindersFor(ctx.step, ctx.plan, ctx.bridge.today()).map((finding) => ({ finding })));
  },
};
