/**
 * The assistant on markup that is not the replica's: a layui form whose
 * controls are hidden behind stand-ins, a Bootstrap form, and a single-page
 * app that builds its form late inside a nested iframe. Only the public
 * contract is used: data-rule hints, aria-invalid, the panel.
 */
import { test, expect, platformUrl } from './fixtures';
import { makePhoto } from '../fixtures/photos';

test('layui: labels without for, stand-in radios and a custom select', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/other/layui.html'));
  await expect(page.locator('#zcps-assistant-panel')).toHaveCount(1);
  const years = page.locator('input[name=f_years]');
  await years.fill('8.5');
  await expect(page.locator('[data-rule="worktime.integer"]')).toHaveAttribute('role', 'alert');
  await expect(years).toHaveAttribute('aria-invalid', 'true');
  await years.fill('9');
  await expect(page.locator('[data-rule="worktime.integer"]')).toHaveCount(0);

  await page.locator('input[name=f_exam]').fill('2021年优秀 2022年优秀');
  await expect(page.locator('[data-rule="assessment.years"]')).toBeVisible();

  // The type radios are hidden; layui's own click handler checks them without a change event.
  await expect(page.locator('[data-rule="type.required"]')).toBeVisible();
  await page.locator('.layui-form-radio', { hasText: '正常申报' }).click();
  await expect(page.locator('[data-rule="type.required"]')).toHaveCount(0);

  // The office select is hidden too: its hint stands after the visible widget.
  await expect(page.locator('.layui-form-select + [data-rule="office.required"]')).toBeVisible();
  await page.locator('.layui-select-title').click();
  await page.locator('dd', { hasText: '西湖区经信局' }).click();
  await expect(page.locator('[data-rule="office.required"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('Bootstrap form groups: the profile rules on the page', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/other/bootstrap.html'));
  const id = page.locator('#p2');
  await id.fill('330106199003151235');
  await expect(page.locator('[data-rule="profile.idNumber"]')).toContainText('校验');
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#p3').fill('2381234567');
  await expect(page.locator('[data-rule="profile.mobile"]')).toBeVisible();
  await page.locator('#p4').fill('zhangwei.example.com');
  await expect(page.locator('[data-rule="profile.email"]')).toBeVisible();

  await id.fill('330106199003151236');
  await page.locator('#p3').fill('13812345678');
  await page.locator('#p4').fill('zhangwei@example.com');
  await expect(page.locator('[data-rule^="profile."]')).toHaveCount(0);
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a form built late inside a nested iframe', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/other/late.html'));
  const inner = page.frameLocator('#inner');
  const report = inner.locator('textarea');
  await report.fill('述'.repeat(1001));
  await expect(inner.locator('[data-rule="report.length"]')).toHaveAttribute('data-level', 'error');
  await expect(inner.locator('#zcps-assistant-panel')).toHaveCount(1);
  await expect(page.locator('#zcps-assistant-panel')).toHaveCount(0);
  await report.fill('述'.repeat(100));
  await expect(inner.locator('[data-rule="report.length"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a photo field on a page that is not the photo step is gated, other uploads are not', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/other/photo-form.html'));
  await expect(page.locator('#zcps-assistant-panel')).toHaveCount(1);
  const phone = await makePhoto('orientation6');
  await page.locator('#pic').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: phone });
  await expect(page.locator('[data-rule="photo.orientation"]')).toHaveAttribute('role', 'alert');
  await expect(page.getByRole('button', { name: '修正照片' })).toHaveCount(1);
  await expect(page.locator('#picState')).toHaveText('');
  // The same picture as another attachment is none of the photo gate's business.
  await page.locator('#att').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: phone });
  await expect(page.locator('#attState')).toHaveText('页面已收到附件');
  await page.getByRole('button', { name: '仍然使用原图' }).click();
  await expect(page.locator('#picState')).toHaveText('页面已收到照片');
  expect(pageErrors).toEqual([]);
});

test('a form written into a src-less iframe', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/other/blank-frame.html'));
  const inner = page.frameLocator('#written');
  await inner.locator('input[name=c9]').fill('7.5');
  await expect(inner.locator('[data-rule="worktime.integer"]')).toBeVisible();
  await expect(inner.locator('#zcps-assistant-panel')).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test('the 1000-field page: known fields among a thousand others are checked', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/028/client/big.jsp'));
  await expect(page.locator('#zcps-assistant-panel')).toHaveCount(1);
  // The control after a caption, as a person finds it.
  const after = (caption: string) =>
    page
      .locator(
        `xpath=//*[starts-with(normalize-space(.), '${caption}') and not(*[starts-with(normalize-space(.), '${caption}')])]/following::*[self::input or self::textarea][1]`,
      )
      .first();
  await after('专业工作年限').fill('3.5');
  await expect(page.locator('[data-rule="worktime.integer"]')).toBeVisible();
  await after('本人述职').fill('述'.repeat(1001));
  await expect(page.locator('[data-rule="report.length"]')).toHaveAttribute('data-level', 'error');
  await after('手机号码').fill('138');
  await expect(page.locator('[data-rule="profile.mobile"]')).toBeVisible();
  expect(pageErrors).toEqual([]);
});
