/**
 * The background: the only owner of the profile store (IndexedDB in the
 * extension's origin). Content scripts and the popup reach it through the
 * typed messages of lib/messages.ts; every message is shape-checked and
 * every answer is a response object, never a thrown error.
 */
import { createHandler } from '@/lib/profile/handler';
import { memorySessionArea, SessionFindings, storageSessionArea, type StorageAreaLike } from '@/lib/profile/session';
import { openProfileStore, type ProfileStore } from '@/lib/profile/store';

export default defineBackground(() => {
  let opening: Promise<ProfileStore> | undefined;
  const store = (): Promise<ProfileStore> => {
    // Open once; after a failure the next message tries again.
    opening ??= openProfileStore().catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };

  // storage.session survives the service worker's restarts; older browsers lack it.
  const sessionArea = (browser.storage as { session?: StorageAreaLike }).session;
  const session = new SessionFindings(sessionArea ? storageSessionArea(sessionArea) : memorySessionArea());

  const handle = createHandler({ store, session, version: browser.runtime.getManifest().version });

  browser.runtime.onMessage.addListener((message: unknown, sender) => handle(message, { tabId: sender.tab?.id }));
  browser.tabs.onRemoved.addListener((tabId) => {
    void session.clear(tabId);
  });
});
