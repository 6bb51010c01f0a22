/**
 * 填写申报信息 in the shell's iframe: each wrong value shows its hint with the
 * right data-rule next to the field, fixing it removes the hint and
 * aria-invalid, and the page's console stays clean.
 */
import { test, expect, platformUrl } from './fixtures';
import type { FrameLocator, Locator } from '@playwright/test';

function hint(frame: FrameLocator, rule: string): Locator {
  return frame.locator(`[data-rule="${rule}"]`);
}

test.beforeEach(async ({ page }) => {
  await page.goto(platformUrl('/028/client/index.jsp#declaration'));
  await expect(page.frameLocator('iframe[name=mainFrame]').locator('#zcps-assistant-panel')).toHaveCount(1);
});

test('本人述职 over 1000 characters is an error until shortened', async ({ page, pageErrors }) => {
  const frame = page.frameLocator('iframe[name=mainFrame]');
  const report = frame.locator('#column67');
  await report.fill('述'.repeat(1001));
  await expect(hint(frame, 'report.length')).toHaveAttribute('data-level', 'error');
  await expect(hint(frame, 'report.length')).toHaveAttribute('role', 'alert');
  await expect(hint(frame, 'report.length')).toContainText('1001');
  await expect(report).toHaveAttribute('aria-invalid', 'true');
  await expect(frame.getByText('已输入 1001 / 1000 字', { exact: true })).toBeVisible();
  await report.press('End');
  await report.press('Backspace');
  // 1000 is allowed; above 950 it stays a warning, and the field is no longer invalid.
  await expect(hint(frame, 'report.length')).toHaveAttribute('data-level', 'warn');
  await expect(hint(frame, 'report.length')).toHaveAttribute('role', 'status');
  await expect(report).not.toHaveAttribute('aria-invalid', 'true');
  await report.fill('述'.repeat(900));
  await expect(hint(frame, 'report.length')).toHaveCount(0);
  await expect(frame.getByText('已输入 900 / 1000 字', { exact: true })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a page script that stops input events on their way down does not silence the checks', async ({ page, pageErrors }) => {
  const frame = page.frameLocator('iframe[name=mainFrame]');
  // In the page's own world: what a page's keyboard or analytics script may do to every input event.
  await page.frame({ name: 'mainFrame' })!.evaluate(() => {
    for (const type of ['input', 'change']) {
      window.addEventListener(type, (event) => event.stopPropagation(), true);
      document.addEventListener(type, (event) => event.stopImmediatePropagation(), true);
    }
  });
  const report = frame.locator('#column67');
  await report.fill('述'.repeat(1001));
  await expect(hint(frame, 'report.length')).toHaveAttribute('data-level', 'error');
  await expect(frame.getByText('已输入 1001 / 1000 字', { exact: true })).toBeVisible();
  await report.fill('述'.repeat(900));
  await expect(hint(frame, 'report.length')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a page stylesheet that floats, shrinks, clips or hides every div in its form cells does not hide the hints', async ({
  page,
  pageErrors,
}) => {
  const frame = page.frameLocator('iframe[name=mainFrame]');
  await page.frame({ name: 'mainFrame' })!.evaluate(() => {
    const sheet = document.createElement('style');
    sheet.textContent =
      'td div, form div { float: left; width: 12px; height: 4px; overflow: hidden; position: absolute; left: -9999px; opacity: 0; transform: scale(0); }';
    document.head.append(sheet);
  });
  await frame.locator('#column64').fill('8.5');
  const shown = hint(frame, 'worktime.integer');
  await expect(shown).toBeVisible();
  const box = await shown.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { width: rect.width, height: rect.height, left: rect.left, opacity: getComputedStyle(el).opacity };
  });
  expect(box.width).toBeGreaterThan(100);
  expect(box.height).toBeGreaterThan(12);
  expect(box.left).toBeGreaterThan(0);
  expect(box.opacity).toBe('1');
  expect(pageErrors).toEqual([]);
});

test('考核情况 must name the plan years in the guide format', async ({ page, pageErrors }) => {
  const frame = page.frameLocator('iframe[name=mainFrame]');
  const assessment = frame.locator('#column65');
  await assessment.fill('2021年称职，2022年优秀');
  await expect(hint(frame, 'assessment.years')).toHaveAttribute('data-level', 'error');
  await expect(hint(frame, 'assessment.years')).toContainText('2023');
  await expect(assessment).toHaveAttribute('aria-invalid', 'true');
  await assessment.fill('2021年称职（或合格）、2022年优秀、2023年称职（或合格）');
  await expect(hint(frame, 'assessment.years')).toHaveCount(0);
  await expect(hint(frame, 'assessment.format')).toHaveCount(0);
  await expect(assessment).not.toHaveAttribute('aria-invalid', 'true');
  await assessment.fill('21年优秀 22年 优秀');
  await expect(hint(frame, 'assessment.format')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('专业工作年限 must be whole years', async ({ page }) => {
  const frame = page.frameLocator('iframe[name=mainFrame]');
  const years = frame.locator('#column64');
  await years.fill('8.5');
  await expect(hint(frame, 'worktime.integer')).toHaveAttribute('role', 'alert');
  await years.fill('12');
  await expect(hint(frame, 'worktime.integer')).toHaveCount(0);
});

test('申报类型: required after the first input, then 破格申报 needs its content', async ({ page, pageErrors }) => {
  const frame = page.frameLocator('iframe[name=mainFrame]');
  // Before any input the required findings are in the panel only.
  await expect(frame.locator('#zcps-assistant-panel')).toHaveAttribute('data-errors', /[1-9]/);
  await expect(hint(frame, 'type.required')).toHaveCount(0);
  await frame.locator('#column64').fill('12');
  await expect(hint(frame, 'type.required')).toBeVisible();
  await frame.getByText('破格申报', { exact: true }).click();
  await expect(hint(frame, 'type.required')).toHaveCount(0);
  await expect(hint(frame, 'type.exceptional.detail')).toBeVisible();
  await frame.locator('#column68').fill('获得省级科技进步奖二等奖（排名第二）');
  await expect(hint(frame, 'type.exceptional.detail')).toHaveCount(0);
  await expect(hint(frame, 'type.exceptional.proof')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a finding in the panel leads to its field', async ({ page }) => {
  const frame = page.frameLocator('iframe[name=mainFrame]');
  await frame.locator('#column64').fill('3.5');
  const item = frame.locator('#zcps-assistant-panel li[data-finding-rule="worktime.integer"] a');
  await expect(item).toBeVisible();
  await frame.locator('#column67').focus();
  await item.click();
  await expect(frame.locator('#column64')).toBeFocused();
});

test('the panel can be collapsed and stays collapsed on the next page', async ({ page }) => {
  const frame = page.frameLocator('iframe[name=mainFrame]');
  const toggle = frame.locator('#zcps-assistant-panel').getByRole('button', { name: '收起' });
  await toggle.click();
  await expect(frame.locator('#zcps-assistant-panel').getByRole('button', { name: '展开' })).toHaveAttribute('aria-expanded', 'false');
  await page.reload();
  await expect(frame.locator('#zcps-assistant-panel').getByRole('button', { name: '展开' })).toHaveAttribute('aria-expanded', 'false');
  await frame.locator('#zcps-assistant-panel').getByRole('button', { name: '展开' }).click();
  await expect(frame.locator('#zcps-assistant-panel').getByRole('button', { name: '收起' })).toBeVisible();
});
