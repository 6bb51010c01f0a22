/**
 * iPhone HEIC photos (real files made with heif-enc, tests/fixtures/heic) on
 * 上传证件照 and in the photo tool: the gate holds each one (HEIC is not
 * JPG), 修正照片 converts it in the extension's own decoder frame and
 * 使用修正后的照片 uploads a JPEG that passes every photo rule, upright
 * (the irot rotation applied). The upload is measured by the tests' own JPEG
 * reader and its pixels by sharp, never by lib/photo.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { Frame, FrameLocator } from '@playwright/test';
import { test, expect, openPhotoStep } from './fixtures';
import { expectPassingJpeg, readJpeg } from '../support/jpeg-reader';

const HEIC_CASES = [
  { file: 'IMG_0001.HEIC', mimeType: 'image/heic', about: '3024×4032 portrait', fixedName: 'IMG_0001.jpg' },
  { file: 'IMG_0001.jpg', mimeType: 'image/jpeg', about: 'the same HEIC renamed .jpg', fixedName: 'IMG_0001.jpg' },
  { file: 'IMG_0002.HEIC', mimeType: 'image/heic', about: 'stored landscape with a 90° irot rotation', fixedName: 'IMG_0002.jpg' },
] as const;

const heicBytes = (name: string): Buffer => readFileSync(`tests/fixtures/heic/${name}`);

/** Mean RGB of a band of rows (fractions of the height), decoded by sharp. */
async function bandMean(jpeg: Buffer, from: number, to: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const sums = [0, 0, 0];
  let count = 0;
  for (let y = Math.floor(info.height * from); y < Math.floor(info.height * to); y++) {
    for (let x = 0; x < info.width; x++) {
      const at = (y * info.width + x) * info.channels;
      sums[0]! += data[at]!;
      sums[1]! += data[at + 1]!;
      sums[2]! += data[at + 2]!;
      count++;
    }
  }
  return sums.map((sum) => Math.round(sum / count)) as [number, number, number];
}

/** The drawn ID photo upright: white above the head, the navy jacket along the bottom. */
async function expectUpright(jpeg: Buffer, what: string): Promise<void> {
  const top = await bandMean(jpeg, 0, 0.05);
  const bottom = await bandMean(jpeg, 0.92, 1);
  expect(Math.min(...top), `${what}: top band ${top.join(',')}`).toBeGreaterThan(225);
  expect(bottom[2] - bottom[0], `${what}: bottom band ${bottom.join(',')} is the jacket`).toBeGreaterThan(25);
  expect(bottom[0], `${what}: bottom band ${bottom.join(',')} is dark`).toBeLessThan(120);
}

/** The bytes the replica stored for the photo it shows, fetched by the page itself (any scheme). */
async function uploadedPhoto(frame: FrameLocator, frameHandle: Frame): Promise<Buffer> {
  await expect(frame.locator('#photoState')).toHaveText('上传成功');
  const src = await frame.locator('#photoImg').getAttribute('src');
  if (!src) throw new Error('no photo shown');
  const b64 = await frameHandle.evaluate(async (url) => {
    const view = new Uint8Array(await (await fetch(url)).arrayBuffer());
    let text = '';
    for (let i = 0; i < view.length; i++) text += String.fromCharCode(view[i]!);
    return btoa(text);
  }, src);
  return Buffer.from(b64, 'base64');
}

function hint(frame: FrameLocator, rule: string) {
  return frame.locator(`.zcps-hint[data-rule="${rule}"]`);
}

for (const heic of HEIC_CASES) {
  test(`gate · ${heic.file} (${heic.about}): held, 修正照片 converts it, the upload passes every rule and stands upright`, async ({
    page,
    site,
    pageErrors,
  }) => {
    const { frame, frameHandle } = await openPhotoStep(page);
    await frame.locator('input[type=file]').setInputFiles({ name: heic.file, mimeType: heic.mimeType, buffer: heicBytes(heic.file) });

    // Held: HEIC is not JPG, and nothing reached the server.
    await expect(hint(frame, 'photo.format')).toHaveAttribute('data-level', 'error', { timeout: 30_000 });
    await expect(hint(frame, 'photo.format')).toHaveAttribute('role', 'alert');
    await expect(hint(frame, 'photo.format')).toContainText('HEIC');
    await expect(frame.locator('.zcps-photo-box')).toContainText('已在本机读取');
    // The size people see on the phone, not the stored landscape.
    await expect(hint(frame, 'photo.ratio')).toHaveCount(0);
    await frame.locator('body').evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(site.uploads()).toEqual([]);

    // The decoder runs in a hidden extension frame that takes no clicks.
    const decoder = frame.locator('iframe.zcps-heic-decoder');
    await expect(decoder).toHaveCount(1);
    expect(await decoder.evaluate((el: HTMLIFrameElement) => el.src.split(':')[0])).toMatch(/-extension$/);
    const box = await decoder.boundingBox();
    expect((box?.width ?? 0) * (box?.height ?? 0)).toBeLessThanOrEqual(1);
    expect(await decoder.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');

    await frame.getByRole('button', { name: '修正照片', exact: true }).click();
    const use = frame.getByRole('button', { name: '使用修正后的照片', exact: true });
    await expect(use).toBeVisible({ timeout: 20_000 });
    // The preview shows the converted picture (the browser cannot draw a HEIC), upright; the caption gives the full size.
    const before = frame.locator('[data-photo=before] img');
    await expect.poll(() => before.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await before.evaluate((img: HTMLImageElement) => img.naturalWidth / img.naturalHeight)).toBeCloseTo(0.75, 2);
    await expect(frame.locator('[data-photo=before]')).toContainText('宽 3024 × 高 4032 像素');
    expect(site.uploads()).toEqual([]);

    await use.click();
    await expect.poll(() => site.uploads().length).toBe(1);
    const [upload] = site.uploads();
    expect(upload?.filename).toBe(heic.fixedName);
    expect(upload?.contentType).toBe('image/jpeg');
    const uploaded = await uploadedPhoto(frame, frameHandle);
    expect(uploaded.length).toBe(upload?.bytes);
    expectPassingJpeg(uploaded, `${heic.file} fixed`);
    // Not cropped: the 3:4 framing is kept (a smooth picture may be kept larger to reach 40 000 bytes).
    const { width = 0, height = 1 } = readJpeg(uploaded);
    expect(width / height).toBeCloseTo(0.75, 2);
    await expectUpright(uploaded, `${heic.file} fixed`);
    await expect(frame.locator('.zcps-hint[data-rule^="photo."][data-level=error]')).toHaveCount(0);
    await expect(frame.locator('.zcps-photo-box')).toContainText(`已使用修正后的照片“${heic.fixedName}”`);
    expect(pageErrors).toEqual([]);
  });
}

test('gate · a second HEIC reuses the decoder frame', async ({ page, site }) => {
  const { frame } = await openPhotoStep(page);
  await frame
    .locator('input[type=file]')
    .setInputFiles({ name: 'IMG_0002.HEIC', mimeType: 'image/heic', buffer: heicBytes('IMG_0002.HEIC') });
  await expect(frame.locator('.zcps-photo-box')).toContainText('已在本机读取', { timeout: 30_000 });
  await frame.getByRole('button', { name: '仍然使用原图', exact: true }).click();
  await expect.poll(() => site.uploads().length).toBe(1);
  // The page replaced its input after the upload (as WebUploader does): choose again on the new one.
  await frame
    .locator('input[type=file]')
    .setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heicBytes('IMG_0001.HEIC') });
  await expect(frame.locator('.zcps-photo-box')).toContainText('已在本机读取', { timeout: 30_000 });
  await expect(frame.locator('iframe.zcps-heic-decoder')).toHaveCount(1);
  expect(site.uploads()).toHaveLength(1);
});

test('gate · a page that removes the decoder frame: the photo is still held, with the reason and the way to a JPEG', async ({
  page,
  site,
  pageErrors,
}) => {
  const { frame, frameHandle } = await openPhotoStep(page);
  // A hostile page script: every iframe anyone adds goes at once.
  await frameHandle.evaluate(() => {
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLIFrameElement) node.remove();
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
  const started = Date.now();
  await frame
    .locator('input[type=file]')
    .setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heicBytes('IMG_0001.HEIC') });
  await expect(frame.locator('.zcps-photo-box')).toContainText('此页面无法启动 HEIC 解码器', { timeout: 10_000 });
  expect(Date.now() - started).toBeLessThan(5_000);
  await expect(hint(frame, 'photo.format')).toHaveAttribute('role', 'alert');
  await expect(frame.locator('.zcps-photo-box')).toContainText('兼容性最佳');
  await expect(frame.getByRole('button', { name: '修正照片', exact: true })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: '仍然使用原图', exact: true })).toBeVisible();
  expect(site.uploads()).toEqual([]);
  expect(pageErrors).toEqual([]);
});

// ---------------------------------------------------------------- the photo tool page

for (const heic of HEIC_CASES) {
  test(`photo tool · ${heic.file}: converts, fixes and downloads an upright JPEG`, async ({ page, extensionId, pageErrors }) => {
    await page.goto(`chrome-extension://${extensionId}/photo.html`);
    await page.locator('#photo-file').setInputFiles({ name: heic.file, mimeType: heic.mimeType, buffer: heicBytes(heic.file) });
    await expect(page.getByRole('heading', { name: `检查结果：${heic.file}` })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.result [data-rule="photo.format"]')).toHaveAttribute('data-level', 'error');
    await expect(page.locator('.result')).toContainText('已在本机读取');
    await expect(page.locator('.result [data-rule="photo.ratio"]')).toHaveCount(0);
    if (heic.file === 'IMG_0002.HEIC') await expect(page.locator('.steps')).toContainText('顺时针旋转 90°，存储尺寸 4032×3024 → 3024×4032');

    await page.getByRole('button', { name: '修正照片', exact: true }).click();
    const download = page.getByRole('link', { name: /下载修正后的照片/ });
    await expect(download).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.fixed .pass')).toHaveText('修正后的照片符合全部照片要求。');
    expect(await download.getAttribute('download')).toBe(heic.fixedName);
    const downloaded = page.waitForEvent('download');
    await download.click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe(heic.fixedName);
    const bytes = readFileSync(await file.path());
    expectPassingJpeg(bytes, `${heic.file} downloaded`);
    await expectUpright(bytes, `${heic.file} downloaded`);
    expect(pageErrors).toEqual([]);
  });
}
