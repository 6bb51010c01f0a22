/** Every feature of the on-page assistant; each registers the steps it serves. */
import type { Feature } from '../assistant/feature';
import { achievementsFeature } from './achievements';
import { attachmentsFeature } from './attachments';
import { basicInfoFeature } from './basic-info';
import { declarationFeature } from './declaration';
import { diagnosticsFeature } from './diagnostics';
import { fillFeature } from './fill';
import { makePhotoFeature, type PhotoServices } from '../photo-gate/gate';
import { planFeature, planReader } from './plan';
import type { StepBundle } from '../assistant/step-bundle';
import { backtrackFeature, previewFeature } from './preview';
import { remindersFeature } from './reminders';

/** What the features get from the extension around them (the step bundle's entry supplies it). */
export interface FeatureServices {
  photo?: PhotoServices;
}

export function makeFeatures(services: FeatureServices = {}): readonly Feature[] {
  return [
    planFeature, remindersFeature, basicInfoFeature, declarationFeature, fillFeature,
    achievementsFeature,
    attachmentsFeature,
    previewFeature,
    backtrackFeature,
    makePhotoFeature(services.photo),
    diagnosticsFeature,
  ];
}

/** Every feature, without extension services (unit tests). */
export const FEATURES: readonly Feature[] = makeFeatures();

/** The step bundle: the features, with the extension's services, and the plan reading they are started with. */
export function makeStepBundle(services: FeatureServices = {}): StepBundle {
  return { features: makeFeatures(services), plans: planReader };
}
