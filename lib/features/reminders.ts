/**
 * The guide's reminders that the applicant must act on outside the form
 * (sign the pledge, employer approval, payment, paper forms before the
 * deadline): info findings in the panel of the step they belong to.
 */
import { remindersFor } from '../rules';
import { STEPS } from '../steps';
import type { Feature } from '../assistant/feature';

export const remindersFeature: Feature = {
  id: 'reminders',
  steps: STEPS,
  init(ctx) {
    ctx.report(remindersFor(ctx.step, ctx.plan, ctx.bridge.today()).map((finding) => ({ finding })));
  },
};
