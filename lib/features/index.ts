/**
 * Every feature of the on-page assistant, by the name of its file in this
 * folder, which is its id. Each file defines one feature and says in its
 * header the steps it serves and a replica page to see it on
 * (tests/unit/assistant/features.test.ts holds them to it). The order is the
 * order they start in, and that of their findings in the panel within a level.
 */
import type { Feature, FeatureDefinition } from '../assistant/feature';
import type { StepBundle } from '../assistant/step-bundle';
import { achievementsFeature } from './achievements';
import { attachmentsFeature } from './attachments';
import { backtrackFeature } from './backtrack';
import { basicInfoFeature } from './basic-info';
import { declarationFeature } from './declaration';
import { diagnosticsFeature } from './diagnostics';
import { fillFeature } from './fill';
import { makePhotoFeature, type PhotoServices } from './photo';
import { planFeature, planReader } from './plan';
import { previewFeature } from './preview';
import { remindersFeature } from './reminders';

/** What the features get from the extension around them (the step bundle's entry supplies it). */
export interface FeatureServices {
  photo?: PhotoServices;
}

/** The feature files' definitions, keyed by file name. */
function definitions(services: FeatureServices) {
  return {
    plan: planFeature,
    reminders: remindersFeature,
    'basic-info': basicInfoFeature,
    declaration: declarationFeature,
    fill: fillFeature,
    achievements: achievementsFeature,
    attachments: attachmentsFeature,
    preview: previewFeature,
    backtrack: backtrackFeature,
    photo: makePhotoFeature(services.photo),
    diagnostics: diagnosticsFeature,
  } satisfies Record<string, FeatureDefinition>;
}

export type FeatureId = keyof ReturnType<typeof definitions>;

export function makeFeatures(services: FeatureServices = {}): readonly Feature[] {
  return Object.entries(definitions(services)).map(([id, definition]) => ({ id, ...definition }));
}

/** Every feature, without extension services (unit tests). */
export const FEATURES: readonly Feature[] = makeFeatures();

/** One feature by its id (unit tests). */
export function featureNamed(id: FeatureId): Feature {
  const feature = FEATURES.find((candidate) => candidate.id === id);
  if (!feature) throw new Error(`no feature ${id}`);
  return feature;
}

/** The step bundle: the features, with the extension's services, and the plan reading they are started with. */
export function makeStepBundle(services: FeatureServices = {}): StepBundle {
  return { features: makeFeatures(services), plans: planReader };
}
