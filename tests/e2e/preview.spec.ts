/**
 * 预览确认提交: errors left open on 填写申报信息 in the same tab are listed
 * before 提交, each with a way back; 提交 asks once inline while they remain,
 * and 仍然提交 lets the page submit. Without open errors 提交 is untouched.
 */
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { test, expect, platformUrl } from './fixtures';

function wizard(page: Page): FrameLocator {
  return page.frameLocator('iframe[name=mainFrame]');
}

/** How many open errors the background holds for 填写申报信息 (all tabs of this test's fresh page). */
async function storedDeclarationErrors(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers()[0]!;
  return worker.evaluate(async () => {
    const all = await (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: null): Promise<Record<string, { steps?: { declaration?: unknown[] } }>> } } };
      }
    ).chrome.storage.session.get(null);
    return Math.max(0, ...Object.values(all).map((v) => v.steps?.declaration?.length ?? 0));
  });
}

async function leaveErrorsOnDeclaration(page: Page, context: BrowserContext): Promise<number> {
  // Tests of this worker run one after another: start from an empty session store.
  await context
    .serviceWorkers()[0]!
    .evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome.storage.session.clear(),
    );
  await page.goto(platformUrl('/028/client/index.jsp#declaration'));
  const info = wizard(page);
  const panel = info.locator('#zcps-assistant-panel');
  await expect(panel).toHaveCount(1);
  await info.locator('#column64').fill('8.5');
  await info.locator('#column65').fill('2021年称职，2022年优秀');
  await expect(info.locator('[data-rule="worktime.integer"]')).toBeVisible();
  const errors = Number(await panel.getAttribute('data-errors'));
  expect(errors).toBeGreaterThanOrEqual(4);
  await expect.poll(() => storedDeclarationErrors(context)).toBe(errors);
  return errors;
}

test('the summary lists every open error of 填写申报信息; 提交 asks once, 仍然提交 submits', async ({ page, context, pageErrors }) => {
  const errors = await leaveErrorsOnDeclaration(page, context);
  await page.goto(platformUrl('/028/client/index.jsp?page=preview'));
  const frame = wizard(page);
  const listed = frame.locator('[data-rule="submit.unresolved"]');
  await expect(listed).toHaveCount(errors);
  await expect(listed.filter({ hasText: '专业工作年限' })).toHaveCount(1);
  await expect(listed.filter({ hasText: '考核情况' }).first()).toBeVisible();
  await expect(listed.first()).toContainText('“填写申报信息”仍有错误未解决');
  await expect(frame.locator('.zcps-submit-summary')).toContainText(`提交前仍有 ${errors} 个问题未解决`);
  await expect(frame.locator('#zcps-assistant-panel li[data-finding-rule="submit.unresolved"]')).toHaveCount(errors);

  await frame.locator('#btnSubmit').click();
  const confirm = frame.locator('.zcps-confirm');
  await expect(confirm).toContainText(`还有 ${errors} 个问题未解决，仍要提交吗？`);
  await expect(frame.getByText('提交成功，等待单位审核').first()).toBeHidden();
  await confirm.getByRole('button', { name: '返回修改' }).click();
  await expect(confirm).toHaveCount(0);
  await frame.locator('#btnSubmit').click();
  await frame.locator('.zcps-confirm').getByRole('button', { name: '仍然提交' }).click();
  await expect(frame.locator('#doneBox')).toHaveText('提交成功，等待单位审核');
  await expect(frame.locator('#doneBox')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('返回“填写申报信息”修改 walks back through the wizard to that step', async ({ page, context, pageErrors }) => {
  await leaveErrorsOnDeclaration(page, context);
  await page.goto(platformUrl('/028/client/index.jsp?page=preview'));
  const frame = wizard(page);
  await frame.locator('.zcps-back[data-step="declaration"]').first().click();
  // 上一步 three times: 预览 → 附件 → 业绩 → 申报信息.
  await expect(frame.locator('#column67')).toBeVisible({ timeout: 15_000 });
  await expect(frame.locator('.step-bar li.cur')).toContainText('填写申报信息');
  expect(pageErrors).toEqual([]);
});

test('without open errors 提交 goes straight through', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/028/client/index.jsp?page=preview'));
  const frame = wizard(page);
  await expect(frame.locator('#zcps-assistant-panel')).toHaveCount(1);
  await expect(frame.locator('[data-rule="submit.unresolved"]')).toHaveCount(0);
  await frame.locator('#btnSubmit').click();
  await expect(frame.locator('#doneBox')).toBeVisible();
  await expect(frame.locator('.zcps-confirm')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
