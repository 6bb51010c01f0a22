export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isPing(message)) return Promise.resolve({ type: 'pong', version: browser.runtime.getManifest().version });
    return undefined;
  });
});

function isPing(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ping';
}
