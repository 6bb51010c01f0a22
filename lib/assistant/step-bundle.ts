/**
 * The step features are a bundle of their own (entrypoints/step-features.ts),
 * fetched by the content script while a platform page loads.
 * It leaves them here, on the global of the extension's isolated world, which
 * the page's own scripts cannot see.
 */
import type { Feature } from './feature';
import type { PlanReader } from './plan-reader';

export const FEATURES_GLOBAL = '__zcpsStepFeatures';

/** What the step bundle brings: the features, and the reading of plans they are started with. */
export interface StepBundle {
  features: readonly Feature[];
  plans: PlanReader;
}
