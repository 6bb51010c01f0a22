/**
 * The background answers only its own: extension pages get every request;
 * the content script on the https platform only the few the on-page
 * assistant needs; everything else is refused and counted, and only an
 * extension page can read that count. The content script's own world is
 * reached through the DevTools protocol (its isolated execution context in
 * the wizard frame), so the requests come from the real sender the
 * background sees.
 */
import type { CDPSession, Page } from '@playwright/test';
import { otherSiteUrl } from '../support/launch';
import { test, expect, platformUrl, type ExtensionApi } from './fixtures';

interface Context {
  id: number;
  name: string;
  auxData?: { frameId?: string; type?: string };
}

/** Evaluates an expression in the content script's world of the frame named `frameName`. */
async function inContentScript(page: Page, frameName: string, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: Context[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: Context }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const tree = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frameId = findFrame(tree.frameTree, frameName);
  await expect
    .poll(() => contexts.some((c) => c.auxData?.frameId === frameId && c.auxData?.type === 'isolated' && c.name === '职称申报助手'))
    .toBe(true);
  const context = contexts.find((c) => c.auxData?.frameId === frameId && c.auxData?.type === 'isolated' && c.name === '职称申报助手')!;
  const result = (await cdp.send('Runtime.evaluate', { expression, contextId: context.id, awaitPromise: true, returnByValue: true })) as {
    result: { value?: unknown };
    exceptionDetails?: unknown;
  };
  await cdp.detach();
  if (result.exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(result.exceptionDetails)}`);
  return result.result.value;
}

interface FrameTree {
  frame: { id: string; name?: string };
  childFrames?: FrameTree[];
}

function findFrame(tree: FrameTree, name: string): string {
  if (tree.frame.name === name) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const found = findFrame(child, name);
    if (found) return found;
  }
  return '';
}

const ask = (request: unknown) => `chrome.runtime.sendMessage(${JSON.stringify(request)})`;

test('the content script gets what it needs and is refused the rest; the popup shows the count', async ({ page, context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const refusals = () =>
    popup.evaluate(() =>
      (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({ type: 'security.refusals' }),
    ) as Promise<{ count: number; last?: { type: string; sender: string; origin: string } }>;
  const before = (await refusals()).count;

  await page.goto(platformUrl('/028/client/index.jsp#declaration'));
  await expect(page.frameLocator('iframe[name=mainFrame]').locator('#zcps-assistant-panel')).toHaveCount(1);
  expect(await inContentScript(page, 'mainFrame', ask({ type: 'profile.getActive' }))).toMatchObject({ type: 'profile.active' });
  expect(await inContentScript(page, 'mainFrame', ask({ type: 'mapping.list' }))).toMatchObject({ type: 'mapping.list' });
  for (const request of [
    { type: 'profile.list' },
    { type: 'profile.import', text: '{}', onConflict: 'replace' },
    { type: 'profile.delete', id: 'x' },
    { type: 'mapping.delete', step: 'photo', label: 'x' },
    { type: 'security.refusals' },
  ]) {
    expect(await inContentScript(page, 'mainFrame', ask(request))).toMatchObject({ type: 'error', code: 'forbidden' });
  }
  const after = await refusals();
  expect(after.count).toBe(before + 5);
  expect(after.last).toMatchObject({ type: 'security.refusals', sender: 'platform', origin: 'https://zcps.rlsbt.zj.gov.cn' });

  // The popup says so, in words.
  await popup.reload();
  await expect(popup.locator('.refusals')).toContainText(`扩展已拒绝 ${after.count} 个`);
  await popup.close();
});

test('a page of another site, or an http page of the platform host, has no way to the background', async ({ page }) => {
  for (const url of [otherSiteUrl('/028/client/home.jsp'), platformUrl('/028/client/home.jsp').replace('https:', 'http:')]) {
    await page.goto(url);
    const reach = await page.evaluate(() => {
      const chrome = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      return typeof chrome?.runtime?.sendMessage;
    });
    expect(reach).toBe('undefined');
  }
});
