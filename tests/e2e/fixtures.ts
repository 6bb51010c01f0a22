/**
 * Playwright fixtures: one replica server and one Chromium with the built
 * extension per worker; a fresh page per test whose console errors and page
 * errors are collected (every test may assert there are none).
 */
import {
  test as base,
  expect,
  type BrowserContext,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import { launchWithExtension, platformUrl } from '../support/launch';
import { startSite } from '../site/server.mjs';

type Site = Awaited<ReturnType<typeof startSite>>;

interface WorkerFixtures {
  site: Site;
  launched: { context: BrowserContext; extensionId: string; serviceWorker: Worker };
}

interface TestFixtures {
  context: BrowserContext;
  extensionId: string;
  page: Page;
  /** Console errors and uncaught exceptions seen on `page` (all frames). */
  pageErrors: string[];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  site: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring; it needs none.
    async ({}, use) => {
      const site = await startSite({ port: 0 });
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  launched: [
    async ({ site }, use) => {
      const launched = await launchWithExtension({ sitePort: site.port });
      await use(launched);
      await launched.context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring; it needs none.
  pageErrors: async ({}, use) => use([]),
  page: async ({ launched, pageErrors, site }, use) => {
    site.resetUploads();
    await forgetSettings(launched);
    const page = await launched.context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`${msg.location().url}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    await use(page);
    await page.close();
  },
});

export { expect, platformUrl };

/**
 * Every test starts from the extension's default settings (panel open, plan
 * 自动识别): the browser is shared by a worker's tests, and one that collapses
 * the panel must not hide 一键填写 from the next.
 */
async function forgetSettings(launched: WorkerFixtures['launched']): Promise<void> {
  const clear = () =>
    (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear();
  const worker = launched.context.serviceWorkers().at(-1);
  try {
    if (worker) return await worker.evaluate(clear);
  } catch {
    // stopped by a test of the worker's restarts: an extension page does it
  }
  const popup = await launched.context.newPage();
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  await popup.evaluate(clear);
  await popup.close();
}

/** The extension API inside an extension page, typed for page.evaluate callbacks. */
export interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}

/** The replica's 上传证件照 step inside index.jsp, once the assistant and the page's late file input (WebUploader builds it) are there. */
export async function openPhotoStep(page: Page): Promise<{ frame: FrameLocator; frameHandle: Frame }> {
  await page.goto(platformUrl('/028/client/index.jsp#photo'));
  const frame = page.frameLocator('iframe[name=mainFrame]');
  await expect(frame.locator('#zcps-assistant-panel')).toHaveCount(1);
  await expect(frame.locator('input[type=file]')).toHaveCount(1);
  const frameHandle = page.frame({ name: 'mainFrame' });
  if (!frameHandle) throw new Error('no mainFrame');
  return { frame, frameHandle };
}

/** A runtime message to the background from an extension page (the popup), as the extension's own pages send it. */
export async function message(context: BrowserContext, extensionId: string, request: unknown): Promise<unknown> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const answer = await popup.evaluate((r) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage(r), request);
  await popup.close();
  return answer;
}

/**
 * Chooses an option of a native select with the keyboard, as an applicant
 * can: focus, then arrow keys (each press is a trusted change). Playwright's
 * selectOption dispatches untrusted events, which the assistant ignores.
 */
export async function chooseByKeyboard(select: Locator, label: string): Promise<void> {
  const { from, to } = await select.evaluate(
    (s: HTMLSelectElement, text) => ({
      from: s.selectedIndex,
      to: [...s.options].findIndex((o) => o.text.trim() === text),
    }),
    label,
  );
  if (to < 0) throw new Error(`no option ${label}`);
  await select.focus();
  const key = to > from ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(to - from); i++) await select.press(key);
  await expect(select).toHaveValue(await select.evaluate((s: HTMLSelectElement, i) => s.options[i]!.value, to));
}
