/**
 * The on-page assistant, in every frame of the platform's host only. It runs
 * in the extension's isolated world: the page's scripts never see the
 * profile, only the values the applicant asks to fill.
 */
import { Assistant } from '@/lib/assistant/assistant';
import { FEATURES } from '@/lib/features';
import { createBridge } from './bridge';

export default defineContentScript({
  matches: ['*://zcps.rlsbt.zj.gov.cn/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      const controller = new AbortController();
      ctx.onInvalidated(() => controller.abort());
      const assistant = new Assistant(document, FEATURES, createBridge());
      void assistant.start(controller.signal).catch((error: unknown) => console.debug('[职称申报助手] start:', error));
    } catch (error) {
      // A broken page means no assistant, never an error in the page.
      console.debug('[职称申报助手] start:', error);
    }
  },
});
