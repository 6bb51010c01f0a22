/**
 * The on-page assistant, in every frame of the platform's host only. It runs
 * in the extension's isolated world: the page's scripts never see the
 * profile, only the values the applicant asks to fill.
 *
 * This script is small on purpose: it reads the page and finds the step.
 * The checks and the filling for that step come from step-features.js,
 * fetched from the extension the first time a step is recognised.
 */
import { browser } from 'wxt/browser';
import { Assistant } from '@/lib/assistant/assistant';
import { FEATURES_GLOBAL, type StepBundle } from '@/lib/features/global';
import { createBridge } from './bridge';

export default defineContentScript({
  matches: ['*://zcps.rlsbt.zj.gov.cn/*'],
  allFrames: true,
  // Old JSP pages also write forms into src-less iframes (document.write).
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      const controller = new AbortController();
      ctx.onInvalidated(() => controller.abort());
      const assistant = new Assistant(document, loadStepBundle, createBridge());
      void assistant.start(controller.signal).catch((error: unknown) => console.debug('[职称申报助手] start:', error));
    } catch (error) {
      // A broken page means no assistant, never an error in the page.
      console.debug('[职称申报助手] start:', error);
    }
  },
});

async function loadStepBundle(): Promise<StepBundle> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/step-features.js'));
  const bundle = (globalThis as Record<string, unknown>)[FEATURES_GLOBAL] as StepBundle | undefined;
  if (!bundle || !Array.isArray(bundle.features)) throw new Error('step-features.js did not register its features');
  return bundle;
}
