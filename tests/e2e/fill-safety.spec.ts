/**
 * Fill safety: 一键填写 writes only into fields the applicant can see, never
 * into a password box, and not at all in a sandboxed frame or in a platform
 * frame that another site embeds. Custom widgets that hide their real control
 * on purpose (an Element-like radio with a transparent input) still work
 * through what is drawn for them.
 */
import { readFileSync } from 'node:fs';
import { otherSiteUrl } from '../support/launch';
import { test, expect, platformUrl, message } from './fixtures';

const SAMPLE = readFileSync('tests/fixtures/profile.sample.json', 'utf8');

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ context, extensionId }) => {
  expect(await message(context, extensionId, { type: 'profile.import', text: SAMPLE, onConflict: 'replace' })).toMatchObject({
    type: 'profile.imported',
  });
});

test.afterEach(async ({ context, extensionId }) => {
  await message(context, extensionId, { type: 'profile.delete', id: 'sample-zhang-wei' });
});

test('fields the applicant cannot see and password boxes are never filled; an Element-like radio is', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/other/honeypot.html'));
  const panel = page.locator('#zcps-assistant-panel');
  const fill = panel.getByRole('button', { name: '一键填写' });
  await expect(fill).toBeEnabled();
  await fill.click();
  const row = (label: string) => panel.locator(`.fill-preview tr[data-label="${label}"]`).first();
  for (const label of ['身份证号', '手机号码', '电子邮箱', '通讯地址', '邮政编码', '民族']) {
    await expect(row(label), label).toHaveAttribute('data-action', 'skip');
    await expect(row(label), label).toContainText('页面上看不见，不会填写');
  }
  await expect(row('政治面貌')).toContainText('密码框，不会填写');
  await expect(row('姓名')).toHaveAttribute('data-action', 'fill');
  await expect(row('性别')).toHaveAttribute('data-action', 'fill');
  await panel.getByRole('button', { name: '确认填写' }).click();

  await expect(page.locator('#name')).toHaveValue('张伟');
  await expect(page.locator('input[name=gender][value="1"]')).toBeChecked();
  await expect(page.locator('.el-radio__input.is-checked')).toHaveCount(1);
  for (const id of ['idno', 'mobile', 'email', 'address', 'postcode', 'nation', 'party']) {
    await expect(page.locator(`#${id}`), id).toHaveValue('');
  }
  expect(pageErrors).toEqual([]);
});

test('a platform frame another site embeds is never filled', async ({ page }) => {
  await page.goto(otherSiteUrl('/other/frames-elsewhere.html'));
  const frame = page.frameLocator('iframe[name=platform]');
  const fill = frame.locator('#zcps-assistant-panel').getByRole('button', { name: '一键填写' });
  await expect(fill).toHaveCount(1);
  await expect(fill).toBeDisabled();
  await expect(fill).toHaveAttribute('title', '此页面框架不允许自动填写');
});

test('a sandboxed frame is never filled', async ({ page }) => {
  await page.goto(platformUrl('/other/sandboxed.html'));
  const frame = page.frameLocator('iframe[name=boxed]');
  await expect(frame.locator('#column3')).toBeVisible();
  const fill = frame.locator('#zcps-assistant-panel').getByRole('button', { name: '一键填写' });
  await expect(fill).toHaveCount(1);
  await expect(fill).toBeDisabled();
  await expect(fill).toHaveAttribute('title', '此页面框架不允许自动填写');
});
