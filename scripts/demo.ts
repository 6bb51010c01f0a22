/**
 * npm run demo: the replica of the platform with the built extension in
 * Chromium. With a display it opens a window and waits (Ctrl+C ends it);
 * without one it runs headless, walks every page of the platform, shows the
 * assistant at work on a few of them, and saves a screenshot of each step.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { launchWithExtension, platformUrl } from '../tests/support/launch';
import { startSite } from '../tests/site/server.mjs';

const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1';
const outDir = path.resolve('demo-screenshots');
const site = await startSite({ port: Number(process.env.PORT ?? 0) });
const { context, extensionId } = await launchWithExtension({ sitePort: site.port, headless, viewport: { width: 1366, height: 900 } });

console.log(
  `仿真平台 / replica: ${site.url}028/client/index.jsp (also as ${platformUrl('/028/client/index.jsp')} inside the demo browser)`,
);

// The applicant's first step: import a profile in the popup, as a person would.
const popup = await context.newPage();
await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=1`);
const importInput = popup.locator('#import-file');
await importInput.waitFor({ state: 'attached', timeout: 15_000 }).catch(() => undefined);
if (await importInput.count()) {
  await importInput.setInputFiles('tests/fixtures/profile.sample.json');
  // The import is done when the editor shows the imported profile (a busy machine may take a while).
  await popup
    .waitForFunction(() => document.querySelector<HTMLInputElement>('#f-basic-name')?.value === '张伟', undefined, { timeout: 15_000 })
    .catch(() => {
      console.warn('  (the sample profile did not show in the popup within 15 s)');
    });
}

if (!headless) {
  const page = await context.newPage();
  await page.goto(platformUrl('/028/client/index.jsp'));
  console.log('已打开带扩展的 Chromium。按 Ctrl+C 结束。 / Chromium is open with the extension. Ctrl+C ends the demo.');
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
} else {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await popup.screenshot({ path: path.join(outDir, '00-popup-profile.png'), fullPage: true });
  const page = await context.newPage();
  const steps: Array<{ page: string; name: string; act?: (frame: FrameLocator, page: Page) => Promise<void> }> = [
    { page: 'home', name: '用户中心首页' },
    { page: 'basicInfo', name: '个人基本信息', act: openFillPreview },
    { page: 'archive', name: '我的业绩档案' },
    { page: 'planList', name: '职称评审申报' },
    { page: 'plan', name: '申报计划-马上申报' },
    { page: 'photo', name: '上传证件照', act: choosePhoneLikePhoto },
    { page: 'commitment', name: '签署个人承诺' },
    { page: 'declaration', name: '填写申报信息', act: makeMistakes },
    { page: 'achievements', name: '选择相关业绩' },
    { page: 'attachments', name: '上传相关附件' },
    { page: 'preview', name: '预览确认提交' },
    { page: 'records', name: '我的申报记录' },
    { page: 'reviewForm', name: '导出评审表' },
  ];
  let n = 1;
  for (const step of steps) {
    await page.goto(platformUrl(`/028/client/index.jsp?page=${step.page}`));
    await page.waitForLoadState('load');
    await page.waitForTimeout(900);
    const frame = page.frameLocator('iframe[name=mainFrame]');
    if (step.act) await step.act(frame, page).catch((error: unknown) => console.warn(`  (${step.name}: ${String(error)})`));
    const file = path.join(outDir, `${String(n++).padStart(2, '0')}-${step.name}.png`);
    await page.screenshot({ path: file });
    console.log(`截图 / screenshot: ${path.relative(process.cwd(), file)}`);
  }
  console.log(`\n每一步的截图在 / screenshots of every step in: ${outDir}`);
}

await context.close();
await site.close();

async function openFillPreview(frame: FrameLocator): Promise<void> {
  const button = frame.getByRole('button', { name: '一键填写' });
  if (await button.isEnabled()) await button.click();
  await frame.locator('body').evaluate(() => new Promise((r) => setTimeout(r, 600)));
}

async function makeMistakes(frame: FrameLocator): Promise<void> {
  await frame.locator('textarea').first().fill('本人自2012年参加工作以来，一直从事机械设计工作。'.repeat(45));
  await frame.locator('input[type=text]').first().fill('12.5');
  await frame.locator('input[type=text]').nth(1).fill('2021年称职，2022年优秀');
}

async function choosePhoneLikePhoto(frame: FrameLocator, page: Page): Promise<void> {
  const { makePhoto } = (await import('../tests/fixtures/photos')) as { makePhoto?: (spec: string) => Promise<Buffer> };
  if (!makePhoto) return;
  const bytes = await makePhoto('orientation6');
  await frame.locator('input[type=file]').first().setInputFiles({ name: 'IMG_20240301.jpg', mimeType: 'image/jpeg', buffer: bytes });
  await page.waitForTimeout(1200);
  await page.screenshot({ path: path.join(outDir, '06a-上传证件照-手机照片被拦下.png') });
  await frame.getByRole('button', { name: '修正照片' }).click();
  await frame.getByRole('button', { name: '使用修正后的照片' }).waitFor({ timeout: 10_000 });
  await frame.getByRole('button', { name: '使用修正后的照片' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(outDir, '06b-上传证件照-修正前后对比.png') });
  await frame.getByRole('button', { name: '使用修正后的照片' }).click();
  await page.waitForTimeout(1200);
}
