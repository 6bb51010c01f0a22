/**
 * Which plan the checks follow. `planReader` reads it from the page for the
 * assistant; `planFeature` (every step) shows it in the panel: a derived year
 * says so, a plan of another series says which checks are off and why, a page
 * with no plan name says what was assumed and how to change it.
 *
 * Steps: every step.
 * Replica: tests/site/public/028/client/declare/planView.jsp
 */
import { readPlanFacts } from '../page/plan-facts';
import { describePlan } from '../rules/plan-note';
import { resolvePlan } from '../rules/plans/resolve';
import { STEPS } from '../steps';
import type { FeatureDefinition } from '../assistant/feature';
import type { PlanReader } from '../assistant/plan-reader';

export const planReader: PlanReader = { read: readPlanFacts, resolve: resolvePlan };

export const planFeature: FeatureDefinition = {
  steps: STEPS,
  init(ctx) {
    const { line, note } = describePlan(ctx.plan);
    ctx.panel.setPlan(line, note);
  },
};
