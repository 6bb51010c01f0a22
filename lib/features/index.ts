/** Every feature of the on-page assistant; each registers the steps it serves. */
import type { Feature } from '../assistant/feature';
import { achievementsFeature } from './achievements';
import { attachmentsFeature } from './attachments';
import { basicInfoFeature } from './basic-info';
import { declarationFeature } from './declaration';
import { diagnosticsFeature } from './diagnostics';
import { fillFeature } from './fill';
import { photoFeature } from './photo';
import { backtrackFeature, previewFeature } from './preview';
import { remindersFeature } from './reminders';

export const FEATURES: readonly Feature[] = [
  remindersFeature, basicInfoFeature, declarationFeature, fillFeature,
  achievementsFeature,
  attachmentsFeature,
  previewFeature,
  backtrackFeature,
  photoFeature,
  diagnosticsFeature,
];
