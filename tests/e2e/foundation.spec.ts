/**
 * The foundation: the built extension runs in Chromium on the platform's real
 * host name (mapped to the replica), in the wizard's iframe too, and nowhere
 * else; the popup opens; the background answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { platformHttpUrl } from '../support/launch';
import { test, expect, platformUrl, type ExtensionApi } from './fixtures';

test('the manifest asks for storage and the platform host only', () => {
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as {
    name: string;
    permissions?: string[];
    host_permissions?: string[];
    optional_permissions?: string[];
    content_scripts: Array<{ matches: string[]; all_frames: boolean }>;
    default_locale: string;
  };
  expect(manifest.name).toBe('职称申报助手');
  expect(manifest.default_locale).toBe('zh_CN');
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.host_permissions).toEqual(['https://zcps.rlsbt.zj.gov.cn/*']);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts).toHaveLength(1);
  expect(manifest.content_scripts[0]!.matches).toEqual(['https://zcps.rlsbt.zj.gov.cn/*']);
  expect(manifest.content_scripts[0]!.all_frames).toBe(true);
});

test('no bundle holds eval, the Function constructor or an innerHTML sink; only the step bundle and the HEIC decoder are web-accessible, to the platform only', () => {
  const dir = '.output/chrome-mv3';
  const scripts = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(3);
  for (const file of scripts) {
    const code = readFileSync(path.join(dir, file), 'utf8');
    expect(/\beval\s*\(|\bFunction\s*\(|new Function\b/.test(code), `${file}: eval or the Function constructor`).toBe(false);
    expect(/\.(?:inner|outer)HTML\s*=\s*(?!["'`]{2})/.test(code), `${file}: innerHTML assignment`).toBe(false);
  }
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    web_accessible_resources: Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
    externally_connectable?: unknown;
  };
  expect(manifest.web_accessible_resources).toEqual([
    { resources: ['step-features.js', 'heic-decoder.html'], matches: ['https://zcps.rlsbt.zj.gov.cn/*'], use_dynamic_url: true },
  ]);
  // No web page and no other extension may message the background.
  expect(manifest.externally_connectable).toBeUndefined();
  // Test hooks live in the bench build only.
  for (const file of scripts) expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toContain('__zcpsPhotoBench');
});

test('the assistant appears in the wizard frame on the real host name, not in the shell', async ({ page, pageErrors }) => {
  expect(platformUrl('/028/client/index.jsp')).toMatch(/^https:\/\//);
  await page.goto(platformUrl('/028/client/index.jsp#declaration'));
  const wizard = page.frameLocator('iframe[name=mainFrame]');
  await expect(wizard.locator('#zcps-assistant-panel')).toHaveCount(1);
  await expect(wizard.getByText('职称申报助手', { exact: true })).toBeVisible();
  await expect(wizard.getByRole('button', { name: '一键填写' })).toBeVisible();
  // The shell holds the menu and the iframe but no fields: no panel there.
  await expect(page.locator('#zcps-assistant-panel')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('the content script does not run on another host', async ({ page, site }) => {
  await page.goto(`${site.url}028/client/declare/info.jsp`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(800);
  await expect(page.getByText('转（兼）评').first()).toBeVisible();
  await expect(page.locator('#zcps-assistant-panel')).toHaveCount(0);
});

test('the content script does not run on an http page of the platform host', async ({ page }) => {
  // The guide gives the https address; an http page on that name could be anyone's.
  await page.goto(platformHttpUrl('/028/client/declare/info.jsp'));
  expect(page.url()).toMatch(/^http:\/\/zcps\.rlsbt\.zj\.gov\.cn\//);
  await page.waitForLoadState('load');
  await expect(page.getByText('转（兼）评').first()).toBeVisible();
  await page.waitForTimeout(800);
  await expect(page.locator('#zcps-assistant-panel')).toHaveCount(0);
  await expect(page.locator('[data-rule]')).toHaveCount(0);
});

test('the popup opens and the background answers a message', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup).toHaveTitle(/职称申报助手/);
  const answer = await popup.evaluate(() =>
    (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({ type: 'ping' }),
  );
  expect(answer).toMatchObject({ type: 'pong' });
  await popup.close();
});
