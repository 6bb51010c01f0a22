/**
 * 上传证件照 on the replica, whose WebUploader-style picker uploads the moment
 * a photo is chosen: a photo with an error is held (nothing reaches the
 * server) until the applicant picks 修正照片 → 使用修正后的照片 or 仍然使用原图;
 * a photo without errors is uploaded at once, byte-identical. The photo tool
 * page fixes every fixable case of PHOTO_CASES. Fixed files are measured with
 * the tests' own JPEG reader (tests/support/jpeg-reader.ts), never with lib/photo.
 */
import { createHash } from 'node:crypto';
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect, openPhotoStep } from './fixtures';
import { PHOTO_CASES, makePhoto } from '../fixtures/photos';
import { expectPassingJpeg, readJpeg } from '../support/jpeg-reader';

test('the independent reader sees through the fixtures', async () => {
  const phone = readJpeg(await makePhoto('orientation6'));
  expect(phone).toMatchObject({ magic: true, width: 4000, height: 3000, orientation: 6, components: 3, progressive: false });
  expect(readJpeg(await makePhoto('progressive')).progressive).toBe(true);
  expect(readJpeg(await makePhoto('cmyk')).components).toBe(4);
  expect(readJpeg(await makePhoto('png-as-jpg')).magic).toBe(false);
  expect(() => expectPassingJpeg(Buffer.from(PHOTO_BYTES_TOO_SMALL), 'tiny')).toThrow();
});
const PHOTO_BYTES_TOO_SMALL = [0xff, 0xd8, 0xff, 0xd9];

// ---------------------------------------------------------------- the platform's photo step

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function mimeOf(name: string): string {
  return /\.png$/i.test(name) ? 'image/png' : 'image/jpeg';
}

async function choose(frame: FrameLocator, name: string, bytes: Buffer): Promise<void> {
  await frame.locator('input[type=file]').setInputFiles({ name, mimeType: mimeOf(name), buffer: bytes });
}

/** The bytes the replica stored for the photo it shows (its thumbnail URL). */
async function uploadedPhoto(frame: FrameLocator, siteUrl: string): Promise<Buffer> {
  await expect(frame.locator('#photoState')).toHaveText('上传成功');
  const src = await frame.locator('#photoImg').getAttribute('src');
  if (!src) throw new Error('no photo shown');
  // Node's fetch does not trust the replica's self-signed certificate: the same port speaks plain http too.
  const response = await fetch(new URL(src, siteUrl));
  return Buffer.from(await response.arrayBuffer());
}

function hint(frame: FrameLocator, rule: string) {
  return frame.locator(`.zcps-hint[data-rule="${rule}"]`);
}

/** Held: the hints are there, and nothing reached the server, even a while later. */
async function expectHeld(frame: FrameLocator, rules: string[], uploads: () => unknown[]): Promise<void> {
  for (const rule of rules) {
    await expect(hint(frame, rule)).toHaveAttribute('data-level', 'error');
    await expect(hint(frame, rule)).toHaveAttribute('role', 'alert');
  }
  await frame.locator('body').evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)));
  expect(uploads()).toEqual([]);
  await expect(frame.locator('#photoState')).toHaveText('');
}

test('a passing photo is uploaded at once, byte-identical, with no hint', async ({ page, site, pageErrors }) => {
  const { frame } = await openPhotoStep(page);
  const bytes = await makePhoto('good');
  await choose(frame, 'photo.jpg', bytes);
  await expect.poll(() => site.uploads().length).toBe(1);
  const [upload] = site.uploads();
  expect(upload).toMatchObject({ filename: 'photo.jpg', bytes: bytes.length, sha256: sha256(bytes) });
  expect(sha256(await uploadedPhoto(frame, site.httpUrl))).toBe(sha256(bytes));
  await expect(frame.locator('.zcps-hint[data-rule^="photo."]')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: '修正照片', exact: true })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('the stored-landscape phone photo is held; 修正照片 → 使用修正后的照片 uploads a photo that passes every rule', async ({
  page,
  site,
  pageErrors,
}) => {
  const { frame } = await openPhotoStep(page);
  const bytes = await makePhoto('orientation6');
  await choose(frame, 'IMG_20240301_093012.jpg', bytes);
  await expectHeld(frame, ['photo.orientation', 'photo.ratio'], () => site.uploads());
  await expect(hint(frame, 'photo.ratio')).toContainText('4000');
  await expect(frame.locator('input[type=file]')).toHaveAttribute('aria-invalid', 'true');
  await expect(frame.locator('#zcps-assistant-panel')).toHaveAttribute('data-errors', /[1-9]/);
  // Both choices sit inside the first error hint.
  const actions = frame.locator('.zcps-hint[data-level=error] .zcps-photo-actions');
  await expect(actions.getByRole('button', { name: '修正照片', exact: true })).toBeVisible();
  await expect(actions.getByRole('button', { name: '仍然使用原图', exact: true })).toBeVisible();
  // Found by name alone, as a person (or an outside test) would look for it: one button each.
  await expect(frame.getByRole('button', { name: '修正照片' })).toHaveCount(1);
  await expect(frame.getByRole('button', { name: '仍然使用原图' })).toHaveCount(1);

  await frame.getByRole('button', { name: '修正照片', exact: true }).click();
  const use = frame.getByRole('button', { name: '使用修正后的照片', exact: true });
  await expect(use).toBeVisible({ timeout: 20_000 });
  // The preview: both pictures decoded, their sizes, and the crop guide over the original.
  const before = frame.locator('[data-photo=before] img');
  const after = frame.locator('[data-photo=after] img');
  await expect.poll(() => before.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(3000);
  await expect.poll(() => after.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(215);
  const afterWidth = await after.evaluate((img: HTMLImageElement) => img.naturalWidth);
  await expect(frame.locator('[data-photo=before]')).toContainText('宽 3000 × 高 4000 像素 · 宽高比 0.750');
  await expect(frame.locator('[data-photo=before]')).toContainText('服务器读取的存储尺寸为 4000 × 3000');
  const afterCaption = (await frame.locator('[data-photo=after] figcaption').textContent()) ?? '';
  await expect(frame.locator('[data-photo=before] .zcps-photo-crop')).toHaveCount(1);
  expect(site.uploads()).toEqual([]);

  // Keyboard: the fix hands focus to 使用修正后的照片.
  await expect(use).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => site.uploads().length).toBe(1);
  const [upload] = site.uploads();
  expect(upload?.filename).toBe('IMG_20240301_093012.jpg');
  const uploaded = await uploadedPhoto(frame, site.httpUrl);
  expect(sha256(uploaded)).toBe(upload?.sha256);
  expectPassingJpeg(uploaded, 'uploaded fix');
  // The preview showed exactly what was uploaded.
  const { width, height } = readJpeg(uploaded);
  expect(afterWidth).toBe(width);
  expect(afterCaption).toContain(`宽 ${width} × 高 ${height} 像素 · 宽高比 ${((width ?? 0) / (height ?? 1)).toFixed(3)}`);
  expect(afterCaption).toContain(`${(uploaded.length / 1024).toFixed(1)} KB`);
  await expect(frame.locator('.zcps-hint[data-rule^="photo."][data-level=error]')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: '仍然使用原图', exact: true })).toHaveCount(0);
  await expect(frame.locator('.zcps-photo-box')).toContainText('已使用修正后的照片');
  await expect(frame.locator('.zcps-photo-compare img')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a PNG named .jpg is held; 仍然使用原图 uploads the original untouched', async ({ page, site, pageErrors }) => {
  const { frame } = await openPhotoStep(page);
  const bytes = await makePhoto('png-as-jpg');
  await choose(frame, 'photo.jpg', bytes);
  await expectHeld(frame, ['photo.format'], () => site.uploads());
  await expect(hint(frame, 'photo.format')).toContainText('PNG');
  await frame.getByRole('button', { name: '仍然使用原图', exact: true }).click();
  await expect.poll(() => site.uploads().length).toBe(1);
  expect(site.uploads()[0]).toMatchObject({ filename: 'photo.jpg', sha256: sha256(bytes) });
  expect(sha256(await uploadedPhoto(frame, site.httpUrl))).toBe(sha256(bytes));
  // The finding stays: the uploaded photo still has it.
  await expect(hint(frame, 'photo.format')).toBeVisible();
  await expect(frame.getByRole('button', { name: '修正照片', exact: true })).toHaveCount(0);
  await expect(frame.locator('.zcps-photo-box')).toContainText('已使用原图');
  expect(pageErrors).toEqual([]);
});

test('an oversized photo is held and its fix uploads a passing JPEG', async ({ page, site, pageErrors }) => {
  const { frame } = await openPhotoStep(page);
  const bytes = await makePhoto('bytes-1048576');
  await choose(frame, 'photo.jpg', bytes);
  await expectHeld(frame, ['photo.filesize'], () => site.uploads());
  await frame.getByRole('button', { name: '修正照片', exact: true }).click();
  await frame.getByRole('button', { name: '使用修正后的照片', exact: true }).click();
  await expect.poll(() => site.uploads().length).toBe(1);
  expectPassingJpeg(await uploadedPhoto(frame, site.httpUrl), 'fixed oversized photo');
  expect(pageErrors).toEqual([]);
});

for (const name of ['background-blue', 'grayscale'] as const) {
  const photoCase = PHOTO_CASES.find((c) => c.name === name)!;
  test(`warn only, not fixable (${photoCase.about}): uploaded at once with its hint`, async ({ page, site, pageErrors }) => {
    const { frame } = await openPhotoStep(page);
    const bytes = await makePhoto(name);
    await choose(frame, photoCase.fileName, bytes);
    await expect.poll(() => site.uploads().length).toBe(1);
    expect(site.uploads()[0]?.sha256).toBe(sha256(bytes));
    const rule = photoCase.expect[0]!.rule;
    await expect(hint(frame, rule)).toHaveAttribute('data-level', 'warn');
    await expect(hint(frame, rule)).toHaveAttribute('role', 'status');
    await expect(frame.getByRole('button', { name: '修正照片', exact: true })).toHaveCount(0);
    await expect(frame.getByRole('button', { name: '仍然使用原图', exact: true })).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });
}

test('a held photo that cannot be fixed says why and offers only 仍然使用原图', async ({ page, site, pageErrors }) => {
  const { frame } = await openPhotoStep(page);
  const bytes = await makePhoto('pixels-214x299');
  await choose(frame, 'photo.jpg', bytes);
  await expectHeld(frame, ['photo.pixels'], () => site.uploads());
  await expect(frame.getByRole('button', { name: '修正照片', exact: true })).toHaveCount(0);
  await expect(frame.locator('.zcps-photo-unfixable')).toContainText('无法自动修正');
  await expect(frame.locator('.zcps-photo-unfixable')).toContainText('不会放大');
  await frame.getByRole('button', { name: '仍然使用原图', exact: true }).click();
  await expect.poll(() => site.uploads().length).toBe(1);
  expect(site.uploads()[0]?.sha256).toBe(sha256(bytes));
  expect(pageErrors).toEqual([]);
});

test('a picture over 50 MP is refused before any decode, with the reason', async ({ page, site, pageErrors }) => {
  const { frame } = await openPhotoStep(page);
  // A JPEG header announcing 10000 × 6000 (60 MP) and no picture data.
  const header = Buffer.from([
    0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x17, 0x70, 0x27, 0x10, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff,
    0xd9,
  ]);
  await choose(frame, 'huge.jpg', header);
  await expect(frame.locator('.zcps-photo-box')).toContainText('超过 5000 万像素');
  await frame.locator('body').evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
  expect(site.uploads()).toEqual([]);
  await expect(frame.getByRole('button', { name: '修正照片', exact: true })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: '仍然使用原图', exact: true })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a photo dropped on the upload area is held too, and the fixed one is dropped for the page', async ({ page, pageErrors }) => {
  const { frame, frameHandle } = await openPhotoStep(page);
  const bytes = await makePhoto('landscape');
  // A drop zone as WebUploader's dnd option makes one; it records what reaches it.
  await frameHandle.evaluate(
    ({ b64 }) => {
      const record = window as unknown as { __drops: { name: string; b64: string }[] };
      record.__drops = [];
      const zone = document.getElementById('filePicker')!;
      zone.addEventListener('dragover', (event) => event.preventDefault());
      zone.addEventListener('drop', (event) => {
        event.preventDefault();
        const file = event.dataTransfer!.files[0]!;
        void file.arrayBuffer().then((buffer) => {
          const view = new Uint8Array(buffer);
          let text = '';
          for (let i = 0; i < view.length; i++) text += String.fromCharCode(view[i]!);
          record.__drops.push({ name: file.name, b64: btoa(text) });
        });
      });
      const raw = atob(b64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'landscape.jpg', { type: 'image/jpeg' }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { b64: bytes.toString('base64') },
  );
  await expect(hint(frame, 'photo.ratio')).toHaveAttribute('role', 'alert');
  const drops = () => frameHandle.evaluate(() => (window as unknown as { __drops: { name: string; b64: string }[] }).__drops);
  expect(await drops()).toEqual([]);
  await frame.getByRole('button', { name: '修正照片', exact: true }).click();
  await frame.getByRole('button', { name: '使用修正后的照片', exact: true }).click();
  await expect.poll(async () => (await drops()).length).toBe(1);
  const [dropped] = await drops();
  expect(dropped?.name).toBe('landscape.jpg');
  expectPassingJpeg(Buffer.from(dropped!.b64, 'base64'), 'dropped fix');
  expect(pageErrors).toEqual([]);
});

// ---------------------------------------------------------------- the photo tool page

async function openTool(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/photo.html`);
  await expect(page.getByRole('heading', { name: '证件照检查工具' })).toBeVisible();
}

for (const photoCase of PHOTO_CASES) {
  test(`photo tool · ${photoCase.name}: ${photoCase.about}`, async ({ page, extensionId, pageErrors }) => {
    await openTool(page, extensionId);
    const bytes = await makePhoto(photoCase.name);
    await page.locator('#photo-file').setInputFiles({ name: photoCase.fileName, mimeType: mimeOf(photoCase.fileName), buffer: bytes });
    await expect(page.getByRole('heading', { name: `检查结果：${photoCase.fileName}` })).toBeVisible({ timeout: 20_000 });
    // The verdict in the browser is the one the rules expect for the case.
    const shown = await page
      .locator('.result [data-rule]')
      .evaluateAll((items) => items.map((item) => `${item.getAttribute('data-rule')}:${item.getAttribute('data-level')}`));
    const expected = photoCase.expect.map((finding) => `${finding.rule}:${finding.level}`);
    for (const finding of expected) expect(shown).toContain(finding);
    if (photoCase.exact) expect([...shown].sort()).toEqual([...expected].sort());

    const fixButton = page.getByRole('button', { name: '修正照片', exact: true });
    if (!photoCase.fixable) {
      await expect(fixButton).toHaveCount(0);
      await expect(page.locator('.unfixable')).toContainText('无法自动修正');
      expect(pageErrors).toEqual([]);
      return;
    }
    await fixButton.click();
    const download = page.getByRole('link', { name: /下载修正后的照片/ });
    await expect(download).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.fixed .pass')).toHaveText('修正后的照片符合全部照片要求。');
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^blob:/);
    expect(await download.getAttribute('download')).toMatch(/\.jpg$/);
    const b64 = await page.evaluate(async (url) => {
      const view = new Uint8Array(await (await fetch(url)).arrayBuffer());
      let text = '';
      for (let i = 0; i < view.length; i++) text += String.fromCharCode(view[i]!);
      return btoa(text);
    }, href!);
    expectPassingJpeg(Buffer.from(b64, 'base64'), photoCase.name);
    expect(pageErrors).toEqual([]);
  });
}

test('photo tool · a HEIC the decoder cannot read gets plain instructions for a JPEG', async ({ page, extensionId, pageErrors }) => {
  await openTool(page, extensionId);
  // An ISO-BMFF header with the heic brand (what an iPhone photo starts with), and no picture.
  const heic = Buffer.alloc(4096);
  heic.writeUInt32BE(24, 0);
  heic.write('ftypheic', 4, 'latin1');
  heic.write('mif1heic', 16, 'latin1');
  await page.locator('#photo-file').setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heic });
  await expect(page.locator('.result [data-rule="photo.format"]')).toHaveAttribute('data-level', 'error', { timeout: 30_000 });
  await expect(page.locator('.result')).toContainText('未能在本机读取这张 HEIC 照片');
  await expect(page.locator('.result')).toContainText('兼容性最佳');
  await expect(page.locator('.result')).toContainText('微信');
  await expect(page.getByRole('button', { name: '修正照片', exact: true })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('the popup links to the photo tool', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const link = page.getByRole('link', { name: '证件照检查工具' });
  await expect(link).toHaveAttribute('href', 'photo.html');
  await expect(link).toHaveAttribute('target', '_blank');
});
