/** Every feature of the on-page assistant; each registers the steps it serves. */
import type { Feature } from '../assistant/feature';
import { achievementsFeature } from './achievements';
import { attachmentsFeature } from './attachments';
import { basicInfoFeature } from './basic-info';
import { declarationFeature } from './declaration';
import { fillFeature } from './fill';
import { photoFeature } from './photo';
import { planFeature, planReader } from './plan';
import type { StepBundle } from './global';
import { backtrackFeature, previewFeature } from './preview';
import { remindersFeature } from './reminders';

export const FEATURES: readonly Feature[] = [
  planFeature, remindersFeature, basicInfoFeature, declarationFeature, fillFeature,
  achievementsFeature,
  attachmentsFeature,
  previewFeature,
  backtrackFeature,
  photoFeature,
];

/** The step bundle: these features and the plan reading they are started with. */
export const STEP_BUNDLE: StepBundle = { features: FEATURES, plans: planReader };
