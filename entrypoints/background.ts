/**
 * The background: the only owner of the profile store (IndexedDB in the
 * extension's origin). Content scripts and the popup reach it through the
 * typed messages of lib/messaging.ts; every message is checked against the
 * sender's allow-list (REQUEST_SENDERS) and shape-checked, and every answer
 * is a response object, never a thrown error.
 */
import { PLATFORM_ORIGIN } from '@/lib/platform';
import { createHandler } from '@/lib/profile/handler';
import { RefusalLog } from '@/lib/profile/refusals';
import { classifySender, senderOrigin, type OwnOrigins } from '@/lib/profile/senders';
import { memorySessionArea, SessionFindings, storageSessionArea, type StorageAreaLike } from '@/lib/profile/session';
import { openProfileStore, type ProfileStore } from '@/lib/profile/store';

export default defineBackground(() => {
  let opening: Promise<ProfileStore> | undefined;
  const store = async (): Promise<ProfileStore> => {
    // Open once; after a failure, or once the connection closed, the next message opens again.
    const current = opening;
    if (current) {
      const opened = await current.catch(() => undefined);
      if (opened && !opened.closed) return opened;
      if (opening === current) opening = undefined;
    }
    opening ??= openProfileStore({
      onClose: () => {
        opening = undefined;
      },
    }).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };

  // storage.session survives the service worker's restarts; older browsers lack it.
  const sessionArea = (browser.storage as { session?: StorageAreaLike }).session;
  const area = sessionArea ? storageSessionArea(sessionArea) : memorySessionArea();
  const session = new SessionFindings(area);
  const refusals = new RefusalLog(area);

  // Firefox runs the step bundle for the content script (see entrypoints/content/index.ts).
  const loadStepFeatures = import.meta.env.FIREFOX
    ? async (tabId: number, frameId: number) => {
        await (browser.tabs as unknown as TabsWithExecuteScript).executeScript(tabId, {
          file: '/step-features.js',
          frameId,
          matchAboutBlank: true,
          runAt: 'document_idle',
        });
      }
    : undefined;
  const handle = createHandler({ store, session, refusals, loadStepFeatures, version: browser.runtime.getManifest().version });
  const own: OwnOrigins = {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    platformOrigin: PLATFORM_ORIGIN,
  };

  // The answer goes back through sendResponse, later: returning true keeps the channel open
  // until then, in Chromium and in Firefox alike.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const from = { kind: classifySender(sender, own), tabId: sender.tab?.id, frameId: sender.frameId, origin: senderOrigin(sender) };
    void handle(message, from).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void session.clear(tabId);
  });
});

/** MV2's tabs.executeScript (Firefox): needs only the host permission of the tab. */
interface TabsWithExecuteScript {
  executeScript(
    tabId: number,
    details: { file: string; frameId: number; matchAboutBlank: boolean; runAt: 'document_idle' },
  ): Promise<unknown[]>;
}
