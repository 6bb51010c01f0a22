/**
 * The on-page assistant, in every frame of the platform's host only. It runs
 * in the extension's isolated world: the page's scripts never see the
 * profile, only the values the applicant asks to fill.
 *
 * This script is small on purpose: it reads the page and finds the step.
 * The checks and the filling come from step-features.js, fetched from the
 * extension while the page is still loading (in a src-less frame, once it
 * shows a form control), so that it has arrived when the page is read at
 * DOMContentLoaded.
 */
import { browser } from 'wxt/browser';
import { Assistant } from '@/lib/assistant/assistant';
import { FEATURES_GLOBAL, type StepBundle } from '@/lib/assistant/step-bundle';
import { logQuietly } from '@/lib/log';
import { send } from '@/lib/messaging';
import { createBridge } from './bridge';

export default defineContentScript({
  matches: ['https://zcps.rlsbt.zj.gov.cn/*'],
  allFrames: true,
  // Old JSP pages also write forms into src-less iframes (document.write).
  matchAboutBlank: true,
  // document_start only to ask early for what the first hints need; the page
  // is read once parsed, and whatever it adds later reaches the DOM watcher.
  runAt: 'document_start',
  main(ctx) {
    try {
      const controller = new AbortController();
      ctx.onInvalidated(() => controller.abort());
      const assistant = new Assistant(document, loadStepBundle, createBridge());
      assistant.prepare(controller.signal);
      whenParsed(document, () => {
        void assistant.start(controller.signal).catch((error: unknown) => logQuietly('start', error));
      });
    } catch (error) {
      // A broken page means no assistant, never an error in the page.
      logQuietly('start', error);
    }
  },
});

/**
 * At DOMContentLoaded, on the window: after the page's own ready handlers
 * (jQuery's, layui's form.render) have drawn their widgets, before the first
 * paint, so that the page is laid out once, already beside the panel.
 */
function whenParsed(doc: Document, run: () => void): void {
  if (doc.readyState !== 'loading') return run();
  (doc.defaultView ?? doc).addEventListener('DOMContentLoaded', run, { once: true });
}

async function loadStepBundle(): Promise<StepBundle> {
  if (import.meta.env.FIREFOX) {
    // Firefox: the background runs the bundle in this frame, in this script's
    // sandbox (tabs.executeScript, allowed by the host permission). No import()
    // of a computed URL, which store linters cannot check.
    const answer = await send({ type: 'features.load' });
    if (answer.type === 'error') throw new Error(answer.en);
  } else {
    // Chromium: a module import of the extension's own file (web-accessible on
    // the platform only, with a dynamic URL). MV3 has no way to inject a file
    // without the `scripting` permission.
    await import(/* @vite-ignore */ browser.runtime.getURL('/step-features.js'));
  }
  const bundle = (globalThis as Record<string, unknown>)[FEATURES_GLOBAL] as StepBundle | undefined;
  if (!bundle || !Array.isArray(bundle.features)) throw new Error('step-features.js did not register its features');
  return bundle;
}
