/**
 * 一键填写 on markup that is not the replica's: a layui form whose radios
 * and select are hidden behind stand-ins, and a Bootstrap form.
 */
import { readFileSync } from 'node:fs';
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

test('layui: stand-in radios and the custom select are filled through their widgets', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/other/layui.html'));
  const panel = page.locator('#zcps-assistant-panel');
  const fill = panel.getByRole('button', { name: '一键填写' });
  await expect(fill).toBeEnabled();
  await fill.click();
  await panel.getByRole('button', { name: '确认填写' }).click();
  await expect(page.locator('input[name=f_years]')).toHaveValue('12');
  await expect(page.locator('input[name=f_exam]')).toHaveValue('2021年称职、2022年优秀、2023年称职');
  await expect(page.locator('textarea[name=f_report]')).toHaveValue(/数控机床/);
  // The widget shows the choice and the hidden control holds it.
  await expect(page.locator('.layui-select-title input')).toHaveValue('西湖区经信局');
  expect(await page.locator('select[name=f_office]').evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]?.text)).toBe(
    '西湖区经信局',
  );
  await expect(page.locator('input[name=f_type][title=正常申报]')).toBeChecked();
  await expect(page.locator('.layui-form-radio', { hasText: '正常申报' })).toHaveClass(/layui-form-radioed/);
  // The filled values pass the rules.
  await expect(page.locator('.zcps-hint[data-level=error]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('Bootstrap: labels by for and aria-label', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/other/bootstrap.html'));
  const panel = page.locator('#zcps-assistant-panel');
  await panel.getByRole('button', { name: '一键填写' }).click();
  await panel.getByRole('button', { name: '确认填写' }).click();
  await expect(page.locator('#p1')).toHaveValue('张伟');
  await expect(page.locator('#p2')).toHaveValue('330106199003151236');
  await expect(page.locator('#p3')).toHaveValue('13812345678');
  await expect(page.locator('#p4')).toHaveValue('zhangwei@example.com');
  await expect(page.locator('input[name=workStart]')).toHaveValue('2012-07-01');
  expect(pageErrors).toEqual([]);
});
