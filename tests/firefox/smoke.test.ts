/**
 * The built Firefox add-on in real Firefox ESR, driven over WebDriver BiDi
 * (puppeteer-core), on the replica under the platform's real host name
 * (through tests/support/platform-proxy.ts): the panel appears, a rule hint
 * shows as the applicant types, 一键填写 fills from a profile imported in the
 * popup, and a photo with an error is held — then fixed and uploaded — by the
 * upload gate; a HEIC photo is converted too.
 *
 * Run: npm run build:firefox && npm run test:firefox (part of npm test).
 * Clicks and typing are real input (BiDi input actions), as a person's are.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { launchFirefox, type LaunchedFirefox } from '../support/firefox';
import { readJpeg } from '../support/jpeg-reader';
import { platformUrl } from '../support/launch';
import { makePhoto } from '../fixtures/photos';
import { startSite } from '../site/server.mjs';

type Site = Awaited<ReturnType<typeof startSite>>;

const TIMEOUT = 20_000;
const SAMPLE = path.resolve('tests/fixtures/profile.sample.json');

/** Polls until `check` returns something truthy; fails with `what` and the last value. */
async function waitFor<T>(what: string, check: () => Promise<T>, timeout = TIMEOUT): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      // A frame may be navigating: try again.
      last = undefined;
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The shell's wizard frame, once it shows `page` and the assistant's panel is in it. */
async function wizard(page: Page, step: string, pathPart: string): Promise<Frame> {
  // ?page= rather than #: a new document even when the previous test left the shell open.
  await page.goto(platformUrl(`/028/client/index.jsp?page=${step}`));
  return waitFor(`the panel on ${pathPart}`, async () => {
    const frame = page.frames().find((candidate) => candidate.url().includes(pathPart));
    if (!frame) return undefined;
    return (await frame.evaluate(() => document.getElementById('zcps-assistant-panel') !== null)) ? frame : undefined;
  });
}

/** A button of the panel (inside its open shadow root) by its text. */
async function panelButton(frame: Frame, text: string): Promise<ElementHandle<HTMLButtonElement>> {
  return waitFor(`panel button ${text}`, async () => {
    const handle = await frame.evaluateHandle((name) => {
      const root = document.getElementById('zcps-assistant-panel')?.shadowRoot;
      return (
        [...(root?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.trim() === name && !button.disabled) ?? null
      );
    }, text);
    const element = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
    if (!element) await handle.dispose();
    return element ?? undefined;
  });
}

/** Whether the panel's shadow root holds an element matching `selector`. */
function panelHas(frame: Frame, selector: string): Promise<boolean> {
  return frame.evaluate((sel) => document.getElementById('zcps-assistant-panel')?.shadowRoot?.querySelector(sel) != null, selector);
}

/**
 * Clicks a panel button once, and waits until `done` says the click took
 * effect. Only a click that never reached the button (the panel redrew it
 * between finding and clicking) is tried again.
 */
async function clickPanelButton(frame: Frame, text: string, done: () => Promise<boolean>): Promise<void> {
  await waitFor(`a click on ${text} to take effect`, async () => {
    if (await done()) return true;
    const button = await panelButton(frame, text);
    try {
      await button.click();
    } catch (error) {
      if (!/detached/i.test(String(error))) throw error;
    } finally {
      await button.dispose();
    }
    const deadline = Date.now() + 3_000;
    while (Date.now() < deadline) {
      if (await done()) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  });
}

/** A button the assistant put into the page (the photo gate's) by its text. */
async function pageButton(frame: Frame, text: string): Promise<ElementHandle<HTMLButtonElement>> {
  return waitFor(`button ${text}`, async () => {
    const handle = await frame.evaluateHandle(
      (name) =>
        [...document.querySelectorAll<HTMLButtonElement>('[data-zcps-own] button')].find(
          (button) => button.textContent?.trim() === name && !button.disabled,
        ) ?? null,
      text,
    );
    const element = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
    if (!element) await handle.dispose();
    return element ?? undefined;
  });
}

function hintOf(frame: Frame, rule: string): Promise<{ level: string | null; role: string | null; text: string } | null> {
  return frame.evaluate((id) => {
    const hint = document.querySelector(`[data-rule="${id}"]`);
    return hint ? { level: hint.getAttribute('data-level'), role: hint.getAttribute('role'), text: hint.textContent ?? '' } : null;
  }, rule);
}

/** Chooses a file in the photo step's picker (the replica creates its input late). */
async function choosePhoto(frame: Frame, name: string, bytes: Buffer): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zcps-ff-photo-'));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const input = await waitFor('the photo input', () => frame.$('input[type=file]'));
  await input.uploadFile(file);
}

/** The bytes the replica stored for the photo it shows, fetched by the page itself. */
async function uploadedPhoto(frame: Frame): Promise<Buffer> {
  await waitFor('上传成功', () => frame.evaluate(() => document.getElementById('photoState')?.textContent === '上传成功'));
  const b64 = await frame.evaluate(async () => {
    const src = document.getElementById('photoImg')?.getAttribute('src') ?? '';
    const view = new Uint8Array(await (await fetch(src)).arrayBuffer());
    let text = '';
    for (let i = 0; i < view.length; i++) text += String.fromCharCode(view[i]!);
    return btoa(text);
  });
  return Buffer.from(b64, 'base64');
}

/**
 * One of the add-on's pages in a tab of its own. Firefox's BiDi reports no
 * navigation events for extension pages, so the page is awaited by its own
 * address and readiness rather than by the navigation.
 */
async function openExtensionPage(firefox: LaunchedFirefox, name: string): Promise<Page> {
  const tab = await firefox.browser.newPage();
  const url = `${firefox.extensionOrigin}/${name}`;
  void tab.goto(url).catch(() => undefined);
  await waitFor(url, () => tab.evaluate((want) => location.href === want && document.readyState === 'complete', url));
  return tab;
}

// node:test's describe() and it() return promises that the runner itself tracks
// (inside a suite they settle at once): there is nothing to await here.
void describe('Firefox ESR with the built add-on', { timeout: 300_000 }, () => {
  let site: Site;
  let firefox: LaunchedFirefox;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    site = await startSite({ port: 0 });
    firefox = await launchFirefox({ sitePort: site.port });
    page = await firefox.browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });

  after(async () => {
    await firefox?.close();
    await site?.close();
  });

  void it('the panel appears in the wizard frame: open shadow root, title, step, 一键填写', async () => {
    const frame = await wizard(page, 'basicInfo', 'person/baseInfo.jsp');
    const panel = await frame.evaluate(() => {
      const root = document.getElementById('zcps-assistant-panel')?.shadowRoot;
      return { text: root?.textContent ?? '', buttons: [...(root?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim()) };
    });
    assert.match(panel.text, /职称申报助手/);
    assert.match(panel.text, /个人基本信息/);
    assert.ok(panel.buttons.includes('一键填写'), `buttons: ${panel.buttons.join(', ')}`);
    // The shell frame holds no field and gets no panel.
    assert.equal(await page.mainFrame().evaluate(() => document.getElementById('zcps-assistant-panel')), null);
  });

  void it('a rule hint shows as the applicant types, and goes when the value is right', async () => {
    const frame = await wizard(page, 'basicInfo', 'person/baseInfo.jsp');
    const id = await waitFor('身份证号码', () => frame.$('#column5'));
    await id.type('33010619900315123X');
    const hint = await waitFor('profile.idNumber hint', () => hintOf(frame, 'profile.idNumber'));
    assert.equal(hint.level, 'error');
    assert.equal(hint.role, 'alert');
    assert.match(hint.text, /校验/);
    assert.equal(await frame.$eval('#column5', (el) => el.getAttribute('aria-invalid')), 'true');
    await id.click({ count: 3 });
    await id.type('330106199003151236');
    await waitFor('the hint to go', async () => (await hintOf(frame, 'profile.idNumber')) === null);
    assert.equal(await frame.$eval('#column5', (el) => el.getAttribute('aria-invalid')), null);
  });

  void it('一键填写 fills 个人基本信息 from a profile imported in the popup', async () => {
    const popup = await openExtensionPage(firefox, 'popup.html');
    const file = await waitFor('导入档案', () => popup.$('#import-file'));
    await (file as ElementHandle<HTMLInputElement>).uploadFile(SAMPLE);
    await waitFor('the imported profile in the editor', () =>
      popup.$eval('#f-basic-name', (el) => (el as HTMLInputElement).value === '张伟'),
    );
    await popup.close();

    const frame = await wizard(page, 'basicInfo', 'person/baseInfo.jsp');
    await clickPanelButton(frame, '一键填写', () => panelHas(frame, '.fill-preview'));
    await clickPanelButton(frame, '确认填写', () => panelHas(frame, '.fill-summary'));
    const expected: Array<[string, string]> = [
      ['column3', '张伟'],
      ['column5', '330106199003151236'],
      ['column15', '13812345678'],
      ['column16', 'zhangwei@example.com'],
    ];
    for (const [field, value] of expected) {
      await waitFor(`${field} = ${value}`, () =>
        frame.$eval(`#${field}`, (el, want) => (el as HTMLInputElement).value === want, value),
      ).catch(async (error: unknown) => {
        const panel = await frame.evaluate(() =>
          document.getElementById('zcps-assistant-panel')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(-600),
        );
        throw new Error(`${String(error)}; the panel says: ${panel}`);
      });
    }
    // The custom select was filled through its own widget.
    assert.equal(await frame.$eval('.xselect-input', (el) => (el as HTMLInputElement).value), '助理工程师');
  });

  void it('a photo with an error is held; 修正照片 → 使用修正后的照片 uploads a JPEG that passes', async () => {
    site.resetUploads();
    const frame = await wizard(page, 'photo', 'declare/photo.jsp');
    await choosePhoto(frame, 'IMG_20240301_093012.jpg', await makePhoto('orientation6'));
    const hint = await waitFor('photo.orientation hint', () => hintOf(frame, 'photo.orientation'));
    assert.equal(hint.level, 'error');
    assert.equal(hint.role, 'alert');
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.deepEqual(site.uploads(), [], 'nothing reached the server');
    await pageButton(frame, '仍然使用原图');

    await (await pageButton(frame, '修正照片')).click();
    await (await pageButton(frame, '使用修正后的照片')).click();
    await waitFor('the upload', async () => site.uploads().length === 1);
    assert.equal(site.uploads()[0]?.filename, 'IMG_20240301_093012.jpg');
    const jpeg = readJpeg(await uploadedPhoto(frame));
    assert.equal(jpeg.magic, true);
    assert.equal(jpeg.orientation ?? 1, 1);
    assert.ok((jpeg.width ?? 0) > 215 && (jpeg.height ?? 0) > 300, `${jpeg.width}×${jpeg.height}`);
    const ratio = (jpeg.width ?? 0) / (jpeg.height ?? 1);
    assert.ok(ratio >= 0.65 && ratio <= 0.8, `ratio ${ratio}`);
  });

  void it('a HEIC photo is converted in the extension and its fix uploaded', async () => {
    site.resetUploads();
    const frame = await wizard(page, 'photo', 'declare/photo.jsp');
    await choosePhoto(frame, 'IMG_0002.HEIC', readFileSync('tests/fixtures/heic/IMG_0002.HEIC'));
    const hint = await waitFor('photo.format hint', () => hintOf(frame, 'photo.format'), 45_000);
    assert.equal(hint.level, 'error');
    await waitFor(
      'the HEIC read note',
      () => frame.evaluate(() => document.querySelector('.zcps-photo-box')?.textContent?.includes('已在本机读取') ?? false),
      45_000,
    );
    assert.deepEqual(site.uploads(), []);
    await (await pageButton(frame, '修正照片')).click();
    await (await pageButton(frame, '使用修正后的照片')).click();
    await waitFor('the upload', async () => site.uploads().length === 1);
    assert.equal(site.uploads()[0]?.filename, 'IMG_0002.jpg');
    const jpeg = readJpeg(await uploadedPhoto(frame));
    assert.equal(jpeg.magic, true);
    assert.ok((jpeg.height ?? 0) > (jpeg.width ?? 0), `upright: ${jpeg.width}×${jpeg.height}`);
  });

  void it('no script error in the pages', () => {
    assert.deepEqual(pageErrors, []);
  });
});
