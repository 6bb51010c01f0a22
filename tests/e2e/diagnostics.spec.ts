/**
 * 页面诊断 in real Chromium: on the replica's 个人基本信息 (in the shell's
 * iframe) with the sample profile active and values typed, the link shows
 * what will be saved, 保存 downloads an HTML file with no typed or profile
 * value, no 6+ digit run, no e-mail; that file served as a page of the
 * platform is recognised like the original. 取消 and a page script's
 * synthetic clicks save nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, platformUrl, message } from './fixtures';

/** The parts of the sample profile this test types or looks for. */
interface SampleProfile {
  basic: { name: string; idNumber: string; mobile: string; email: string };
  work: { employer: string };
}

const SAMPLE_TEXT = readFileSync('tests/fixtures/profile.sample.json', 'utf8');
const SAMPLE = (JSON.parse(SAMPLE_TEXT) as { profiles: SampleProfile[] }).profiles[0]!;
const SAMPLE_ID = 'sample-zhang-wei';

async function openBasicInfo(page: Page) {
  await page.goto(platformUrl('/028/client/index.jsp#basicInfo'));
  const frame = page.frameLocator('iframe[name=mainFrame]');
  const panel = frame.locator('#zcps-assistant-panel');
  await expect(panel).toHaveCount(1);
  const expand = panel.getByRole('button', { name: '展开' });
  if ((await expand.count()) > 0) await expand.click();
  return { frame, panel };
}

test.describe('页面诊断', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeEach(async ({ context, extensionId }) => {
    expect(await message(context, extensionId, { type: 'profile.import', text: SAMPLE_TEXT, onConflict: 'replace' })).toMatchObject({
      type: 'profile.imported',
    });
    expect(await message(context, extensionId, { type: 'profile.setActive', id: SAMPLE_ID })).toMatchObject({ type: 'profile.activeSet' });
  });

  test.afterEach(async ({ context, extensionId }) => {
    await message(context, extensionId, { type: 'profile.delete', id: SAMPLE_ID });
  });

  test('saves a redacted copy that is still a page the assistant recognises', async ({ page, context, pageErrors }) => {
    const { frame, panel } = await openBasicInfo(page);
    const typed = { column3: SAMPLE.basic.name, column5: SAMPLE.basic.idNumber, column15: '13900001111', column16: 'li.si@example.org' };
    for (const [id, value] of Object.entries(typed)) await frame.locator(`#${id}`).fill(value);
    await expect(frame.locator('[data-rule="profile.mobile"], [data-rule="profile.email"]')).toHaveCount(0);

    await panel.getByRole('link', { name: '页面诊断' }).click();
    const preview = panel.getByRole('region', { name: '页面诊断' });
    await expect(preview).toBeVisible();
    await expect(preview).toContainText('填写的值');
    const shown = await preview.locator('pre').textContent();
    expect(shown).toContain('手机号码');
    for (const value of Object.values(typed)) expect(shown).not.toContain(value);

    const downloading = page.waitForEvent('download');
    await preview.getByRole('button', { name: '保存' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^页面诊断-个人基本信息-\d{8}-\d{4}\.html$/);
    const html = readFileSync(await download.path(), 'utf8');
    await expect(panel.getByRole('status')).toContainText('已保存');

    for (const value of Object.values(typed)) expect(html).not.toContain(value);
    for (const value of [SAMPLE.basic.mobile, SAMPLE.basic.email, SAMPLE.work.employer]) expect(html).not.toContain(value);
    expect(html.match(/(?<!#)[0-9０-９]{6,}/gu)).toBeNull();
    expect(html.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/gu)).toBeNull();
    expect(html).not.toMatch(/<script/i);
    // The frame's own page was saved, not the shell around it; the assistant's nodes are not in it.
    expect(html).toContain('身份证号码');
    expect(html).not.toContain('用户中心首页');
    expect(html).not.toContain('zcps-assistant-panel');
    expect(html).not.toContain('data-rule');

    // Dropped into the corpus, the file is a test page: the assistant finds the step and the fields.
    const savedUrl = platformUrl('/028/client/diagnostic-copy.html');
    await context.route(savedUrl, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    try {
      const copy = await context.newPage();
      await copy.goto(savedUrl);
      const copyPanel = copy.locator('#zcps-assistant-panel');
      await expect(copyPanel).toHaveCount(1);
      await expect(copyPanel.locator('.step')).toHaveText('个人基本信息');
      await copy.locator('#column15').fill('138');
      await expect(copy.locator('[data-rule="profile.mobile"]')).toBeVisible();
      await copy.locator('#column5').fill('330106199003151235');
      await expect(copy.locator('[data-rule="profile.idNumber"]')).toBeVisible();
      await copy.close();
    } finally {
      await context.unroute(savedUrl);
    }
    expect(pageErrors).toEqual([]);
  });

  test('取消 closes the preview; a page script clicking the link or 保存 saves nothing', async ({ page }) => {
    const { frame, panel } = await openBasicInfo(page);
    let downloads = 0;
    page.on('download', () => downloads++);
    const fr = page.frame({ name: 'mainFrame' })!;
    // The panel's shadow root is open: a page script can reach the link and click it.
    await fr.evaluate(() =>
      (document.querySelector('#zcps-assistant-panel')!.shadowRoot!.querySelector('a.diagnose') as HTMLElement).click(),
    );
    await page.waitForTimeout(300);
    await expect(panel.getByRole('region', { name: '页面诊断' })).toHaveCount(0);

    await panel.getByRole('link', { name: '页面诊断' }).click();
    const preview = panel.getByRole('region', { name: '页面诊断' });
    await expect(preview).toBeVisible();
    await fr.evaluate(() => {
      const root = document.querySelector('#zcps-assistant-panel')!.shadowRoot!;
      const save = [...root.querySelectorAll('button')].find((b) => b.textContent === '保存')!;
      save.click();
      save.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
    await expect(preview).toBeVisible();
    await preview.getByRole('button', { name: '取消' }).click();
    await expect(panel.getByRole('region', { name: '页面诊断' })).toHaveCount(0);
    expect(downloads).toBe(0);
    await expect(frame.locator('#column3')).toBeVisible();
  });
});
