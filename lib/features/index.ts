/** Every feature of the on-page assistant; each registers the steps it serves. */
import type { Feature } from '../assistant/feature';
import { basicInfoFeature } from './basic-info';
import { declarationFeature } from './declaration';
import { fillFeature } from './fill';
import { remindersFeature } from './reminders';

export const FEATURES: readonly Feature[] = [remindersFeature, basicInfoFeature, declarationFeature, fillFeature];
