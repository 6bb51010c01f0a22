/**
 * Nothing is lost when the extension's service worker stops mid-session (the
 * browser stops idle workers; an update restarts them): stopped through the
 * DevTools protocol while the popup is editing and while a platform page is
 * open. Every edit lands; the page goes on checking and filling.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../support/launch';
import { test as base, expect, platformUrl, type ExtensionApi } from './fixtures';

const SAMPLE = readFileSync('tests/fixtures/profile.sample.json', 'utf8');

// A browser of its own: stopping its worker must not leave other spec files a stale worker handle.
const test = base.extend<{ own: { context: BrowserContext; extensionId: string } }>({
  own: async ({ site }, use) => {
    const launched = await launchWithExtension({ sitePort: site.port });
    await use({ context: launched.context, extensionId: launched.extensionId });
    await launched.context.close();
  },
});

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface VersionInfo {
  scriptURL: string;
  runningStatus: string;
}

/**
 * Stops the extension's service worker if it runs: closes its DevTools
 * target and waits for the worker to report 'stopped' (a page that keeps
 * messaging may wake it again at once, even under the same target id).
 * `extensionPage` is a page of the extension (its ServiceWorker domain sees
 * the extension's worker). Returns how many workers it stopped.
 */
async function stopServiceWorkers(context: BrowserContext, extensionPage: Page): Promise<number> {
  const cdp = await context.newCDPSession(extensionPage);
  try {
    let stoppedSeen = false;
    cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: VersionInfo[] }) => {
      if (event.versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) stoppedSeen = true;
    });
    await cdp.send('ServiceWorker.enable');
    const targets = ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (targets.length === 0) return 0;
    stoppedSeen = false;
    for (const target of targets) await cdp.send('Target.closeTarget', { targetId: target.targetId });
    await expect.poll(() => stoppedSeen, { timeout: 10_000 }).toBe(true);
    return targets.length;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function message(page: Page, request: unknown): Promise<unknown> {
  return page.evaluate((r) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage(r), request);
}

test.describe.configure({ mode: 'serial' });

test('the popup keeps every edit while the service worker is stopped again and again', async ({ own }) => {
  const { context, extensionId } = own;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('#f-basic-name')).toBeVisible();
  const edits: Array<[string, string]> = [
    ['#f-basic-name', '王芳'],
    ['#f-basic-mobile', '13700001234'],
    ['#f-basic-email', 'wangfang@example.com'],
    ['#f-work-employer', '宁波示例机械有限公司'],
    ['#f-declaration-major', '机械设计'],
  ];
  let stopped = 0;
  for (const [field, value] of edits) {
    await page.locator(field).fill(value);
    // Stopped while the edit waits for its save (and while earlier ones may be in flight).
    stopped += await stopServiceWorkers(context, page);
  }
  expect(stopped).toBeGreaterThan(0);
  await expect(page.locator('.save-status')).toContainText('已保存', { timeout: 20_000 });

  // What the background stored (a fresh worker answers), and what a fresh popup shows.
  const stored = (await message(page, { type: 'profile.getActive' })) as {
    profile: { basic: Record<string, string>; work: Record<string, string>; declaration: Record<string, string> };
  };
  expect(stored.profile.basic).toMatchObject({ name: '王芳', mobile: '13700001234', email: 'wangfang@example.com' });
  expect(stored.profile.work.employer).toBe('宁波示例机械有限公司');
  expect(stored.profile.declaration.major).toBe('机械设计');
  await page.reload();
  for (const [field, value] of edits) await expect(page.locator(field)).toHaveValue(value);
  expect(await page.evaluate(() => localStorage.getItem('zcps-assistant.unsaved'))).toBeNull();
});

test('an open platform page goes on checking, filling and keeping its findings after the worker stopped', async ({ own }) => {
  const { context, extensionId } = own;
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  expect(await message(popup, { type: 'profile.import', text: SAMPLE, onConflict: 'replace' })).toMatchObject({ type: 'profile.imported' });

  await page.goto(platformUrl('/028/client/index.jsp#basicInfo'));
  const frame = page.frameLocator('iframe[name=mainFrame]');
  const panel = frame.locator('#zcps-assistant-panel');
  await expect(panel.getByRole('button', { name: '一键填写' })).toBeEnabled();

  expect(await stopServiceWorkers(context, popup)).toBe(1);
  // Checks run in the page: a wrong mobile number is flagged at once.
  await frame.locator('#column15').fill('1380000');
  await expect(frame.locator('[data-rule="profile.mobile"]')).toBeVisible();
  await frame.locator('#column15').fill('');

  await stopServiceWorkers(context, popup);
  // 一键填写 reads the profile from the background, which starts again for it.
  await panel.getByRole('button', { name: '一键填写' }).click();
  await expect(panel.locator('.fill-preview')).toBeVisible();
  await stopServiceWorkers(context, popup);
  await panel.getByRole('button', { name: '确认填写' }).click();
  await expect(frame.locator('#column3')).toHaveValue('张伟');
  await expect(frame.locator('#column15')).toHaveValue('13812345678');

  // The page's findings reach the session of a restarted worker (预览确认提交 reads them).
  await page.goto(platformUrl('/028/client/index.jsp?page=declaration'));
  const declaration = page.frameLocator('iframe[name=mainFrame]');
  await stopServiceWorkers(context, popup);
  await declaration.locator('#column64').fill('8.5');
  await expect(declaration.locator('[data-rule="worktime.integer"]')).toBeVisible();
  await expect(declaration.locator('#zcps-assistant-panel')).toHaveAttribute('data-errors', /[1-9]/);
  await page.waitForTimeout(600); // the findings are sent 250 ms after they settle
  await page.goto(platformUrl('/028/client/index.jsp?page=preview'));
  await expect(page.frameLocator('iframe[name=mainFrame]').locator('.zcps-hint[data-rule="submit.unresolved"]').first()).toBeVisible({
    timeout: 15_000,
  });

  expect(await message(popup, { type: 'profile.delete', id: 'sample-zhang-wei' })).toMatchObject({ type: 'profile.deleted' });
  await popup.close();
  expect(pageErrors).toEqual([]);
});
