/**
 * The profile editor in the real popup, on the real IndexedDB of the
 * extension: an edit survives a reload; export, delete, import gives the
 * profile back; a bad file is refused with a Chinese message and changes
 * nothing.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function openPopup(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('#f-basic-name')).toBeVisible();
}

test('an edited field is saved and is there after a reload', async ({ page, extensionId }) => {
  await openPopup(page, extensionId);
  await page.locator('#f-basic-name').fill('李娜');
  await page.locator('#f-basic-mobile').fill('13900001111');
  await expect(page.locator('.save-status')).toContainText('已保存');
  await page.reload();
  await expect(page.locator('#f-basic-name')).toHaveValue('李娜');
  await expect(page.locator('#f-basic-mobile')).toHaveValue('13900001111');
});

test('a wrong mobile number gets a Chinese message as it is typed', async ({ page, extensionId }) => {
  await openPopup(page, extensionId);
  await page.locator('#f-basic-mobile').fill('1390000111');
  await expect(page.locator('#f-basic-mobile-msg [data-rule="profile.mobile"]')).toContainText('11');
});

test('export, delete, import: the profile comes back', async ({ page, extensionId }) => {
  await openPopup(page, extensionId);
  await page.locator('#import-file').setInputFiles('tests/fixtures/profile.sample.json');
  await expect(page.locator('#f-basic-name')).toHaveValue('张伟');
  await expect(page.locator('#f-declaration-selfReport')).toHaveValue(/数控机床/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出档案' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^职称申报档案-张伟-\d{8}\.json$/);
  const exported = readFileSync(await file.path(), 'utf8');
  const parsed = JSON.parse(exported) as { format: string; version: number; profiles: Array<{ basic: { idNumber: string } }> };
  expect(parsed.format).toBe('zcps-assistant/profile');
  expect(parsed.version).toBe(1);
  const original = JSON.parse(readFileSync('tests/fixtures/profile.sample.json', 'utf8')) as { profiles: unknown[] };
  expect(parsed.profiles.find((p) => p.basic.idNumber === '330106199003151236')).toEqual(original.profiles[0]);

  await page.getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('button', { name: '确认删除' }).click();
  await expect(page.locator('#f-basic-name')).not.toHaveValue('张伟');

  await page.locator('#import-file').setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.locator('#f-basic-name')).toHaveValue('张伟');
  await expect(page.locator('#f-basic-idNumber')).toHaveValue('330106199003151236');
});

test('a bad file is refused with a message and the stored profile is untouched', async ({ page, extensionId }) => {
  await openPopup(page, extensionId);
  await page.locator('#import-file').setInputFiles('tests/fixtures/profile.sample.json');
  // Another test may have left the same profile behind: then the popup asks first.
  const replace = page.getByRole('button', { name: '替换已有档案' });
  const imported = page.locator('.exchange [role=status].ok');
  await expect(replace.or(imported)).toBeVisible();
  if (await replace.isVisible()) await replace.click();
  await expect(imported).toBeVisible();
  await expect(page.locator('#f-basic-name')).toHaveValue('张伟');
  const bad = JSON.parse(readFileSync('tests/fixtures/profile.sample.json', 'utf8')) as {
    profiles: Array<{ basic: Record<string, string> }>;
  };
  bad.profiles[0]!.basic.mobile = '12345';
  bad.profiles[0]!.basic.name = '不应写入';
  await page
    .locator('#import-file')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.locator('.import-errors[role=alert]')).toContainText('mobile');
  await page.locator('#import-file').setInputFiles({ name: 'not.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ') });
  await expect(page.locator('.import-errors[role=alert]')).toContainText('JSON');
  await page.reload();
  await expect(page.locator('#f-basic-name')).toHaveValue('张伟');
  await expect(page.locator('#f-basic-mobile')).toHaveValue('13812345678');
});
