/**
 * The checks, the filling and the photo gate: everything the assistant does
 * on a recognised step. Kept out of the content script proper, which every
 * frame of the platform loads, and fetched only where a step is recognised.
 */
import { STEP_BUNDLE } from '@/lib/features';
import { FEATURES_GLOBAL } from '@/lib/features/global';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[FEATURES_GLOBAL] = STEP_BUNDLE;
});
