/**
 * The checks, the filling and the photo gate: everything the assistant does
 * on a recognised step. Kept out of the content script proper, which is
 * injected into every frame of the platform, and fetched by it while the
 * page loads (lib/assistant/assistant.ts, prepare).
 */
import { makeStepBundle } from '@/lib/features';
import { FEATURES_GLOBAL } from '@/lib/assistant/step-bundle';
import { heicFrameConverter } from '@/lib/photo-gate/heic-frame';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[FEATURES_GLOBAL] = makeStepBundle({
    photo: {
      // HEIC photos are decoded in the extension's own page, put into the platform page as a hidden frame.
      heicConverter: (doc, signal) => heicFrameConverter(doc, browser.runtime.getURL('/heic-decoder.html'), signal),
    },
  });
});
