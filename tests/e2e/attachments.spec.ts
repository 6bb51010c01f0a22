/**
 * 上传相关附件 in the shell's iframe, after choosing the 申报类型 on 填写申报信息
 * in the same tab: the slots each type must fill differ as the guide says
 * (二.5(2) 聘书 only 正常申报, 二.5(9) 审批表 only 破格申报), a missing slot blocks
 * nothing, and every chosen file is checked while the page uploads it anyway.
 */
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { test, expect, platformUrl } from './fixtures';
import { buildPdf } from '../unit/attachments/pdf-builder';

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
]);
const PDF = Buffer.from(buildPdf({ pages: 2 }));

function wizard(page: Page): FrameLocator {
  return page.frameLocator('iframe[name=mainFrame]');
}

/** The background has stored this type for the session (the declaration feature sends it on the click). */
async function typeStored(context: BrowserContext, type: string): Promise<void> {
  const worker = context.serviceWorkers()[0]!;
  await expect
    .poll(async () =>
      worker.evaluate(async () => {
        const all = await (
          globalThis as unknown as {
            chrome: { storage: { session: { get(k: null): Promise<Record<string, { applicationType?: string }>> } } };
          }
        ).chrome.storage.session.get(null);
        return Object.values(all).map((v) => v.applicationType);
      }),
    )
    .toContain(type);
}

async function chooseTypeThenAttach(page: Page, context: BrowserContext, type: '正常申报' | '破格申报'): Promise<FrameLocator> {
  // Tests of this worker run one after another: start from an empty session store.
  await context
    .serviceWorkers()[0]!
    .evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome.storage.session.clear(),
    );
  await page.goto(platformUrl('/028/client/index.jsp#declaration'));
  const info = wizard(page);
  await expect(info.locator('#zcps-assistant-panel')).toHaveCount(1);
  await info.getByText(type, { exact: true }).click();
  await typeStored(context, type);
  await page.goto(platformUrl(`/028/client/index.jsp?page=attachments&type=${encodeURIComponent(type)}`));
  const frame = wizard(page);
  await expect(frame.locator('#zcps-assistant-panel')).toHaveCount(1);
  return frame;
}

const status = (frame: FrameLocator, slot: string) => frame.locator(`.zcps-slot-status[data-slot="${slot}"]`);
const hint = (frame: FrameLocator, rule: string) => frame.locator(`[data-rule="${rule}"]`);

test('正常申报: 聘书 required, no 审批表 slot; the hints follow the first upload', async ({ page, context, site, pageErrors }) => {
  const frame = await chooseTypeThenAttach(page, context, '正常申报');
  await expect(status(frame, 'appointment')).toHaveText('必传 · 未上传');
  await expect(status(frame, 'contract')).toHaveText('必传 · 未上传');
  await expect(status(frame, 'works')).toHaveText('必传 · 未上传');
  await expect(status(frame, 'education')).toContainText('选传');
  await expect(status(frame, 'exceptional')).toHaveCount(0);
  // Required-but-empty hints wait for the first input on the page.
  await expect(hint(frame, 'attachment.appointment')).toHaveCount(0);
  await frame.locator('input[name=column53]').setInputFiles({ name: '劳动合同.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(status(frame, 'contract')).toHaveText('必传 · 已上传 1 个文件');
  await expect(hint(frame, 'attachment.appointment')).toHaveAttribute('role', 'alert');
  await expect(hint(frame, 'attachment.appointment')).toContainText('近 4 年');
  await expect(hint(frame, 'attachment.contract')).toHaveCount(0);
  await expect(hint(frame, 'attachment.exceptional')).toHaveCount(0);
  await expect(hint(frame, 'attachment.file')).toHaveCount(0);
  await expect.poll(() => site.uploads().map((u) => u.filename)).toContain('劳动合同.pdf');
  expect(pageErrors).toEqual([]);
});

test('破格申报: 审批表 required, 聘书 not needed; a missing 审批表 blocks nothing', async ({ page, context, pageErrors }) => {
  const frame = await chooseTypeThenAttach(page, context, '破格申报');
  await expect(status(frame, 'exceptional')).toHaveText('必传 · 未上传');
  await expect(status(frame, 'appointment')).toHaveText('无需上传 · 仅正常申报需要');
  await frame.locator('input[name=column53]').setInputFiles({ name: '劳动合同.pdf', mimeType: 'application/pdf', buffer: PDF });
  const exceptional = hint(frame, 'attachment.exceptional');
  await expect(exceptional).toHaveAttribute('data-level', 'error');
  await expect(exceptional).toContainText('破格推荐中级专业技术职务任职资格审批表');
  await expect(frame.locator('input[name=column57]')).toHaveAttribute('aria-invalid', 'true');
  await expect(hint(frame, 'attachment.appointment')).toHaveCount(0);
  // 下一步 still works: the assistant never holds the wizard.
  await frame.locator('#btnNext').click();
  await expect(frame.locator('#btnSubmit')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a PNG renamed .pdf shows attachment.file, and the page still uploads it', async ({ page, context, site, pageErrors }) => {
  const frame = await chooseTypeThenAttach(page, context, '正常申报');
  await frame.locator('input[name=column54]').setInputFiles({ name: '社保证明.pdf', mimeType: 'application/pdf', buffer: PNG });
  const file = hint(frame, 'attachment.file');
  await expect(file).toHaveCount(1);
  await expect(file).toContainText('社保证明.pdf');
  await expect(file).toContainText('PNG');
  await expect(file).toHaveAttribute('role', 'alert');
  await expect
    .poll(() => site.uploads().map((u) => `${u.params.slot}:${u.filename}:${u.bytes}`))
    .toContain(`社保证明:社保证明.pdf:${PNG.length}`);
  // A paper in the works slot: the 刊号/目录 reminder, and one 代表作 to choose.
  await frame.locator('input[name=column56]').setInputFiles({ name: '论文-机械工程学报.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(hint(frame, 'attachment.paper')).toContainText('刊号');
  await expect(hint(frame, 'attachment.representative')).toContainText('当前 0 篇');
  await frame.getByText('设为代表作').click();
  await expect(hint(frame, 'attachment.representative')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
