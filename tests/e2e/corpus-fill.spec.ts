/**
 * 一键填写 on corpus pages in other styles, through the preview, with the
 * sample profile: an Element UI app's el-select (options in a list appended
 * to <body>), el-radio, el-input-number and date editors; layui radios drawn
 * by stand-ins (after each input, or all together); EasyUI comboboxes (a
 * visible text box over a hidden value) and radiobuttons; an ant-select that
 * opens on mousedown; and 工作经历 / 学历 rows, one added with the page's own
 * button, and rows drawn without <table> (div and li rows). Every check
 * looks at what the applicant sees, and at the value the page would submit.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, platformUrl, message } from './fixtures';

const SAMPLE = readFileSync('tests/fixtures/profile.sample.json', 'utf8');

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ context, extensionId }) => {
  expect(await message(context, extensionId, { type: 'profile.import', text: SAMPLE, onConflict: 'replace' })).toMatchObject({
    type: 'profile.imported',
  });
  expect(await message(context, extensionId, { type: 'profile.setActive', id: 'sample-zhang-wei' })).toMatchObject({
    type: 'profile.activeSet',
  });
});

test.afterEach(async ({ context, extensionId }) => {
  await message(context, extensionId, { type: 'profile.delete', id: 'sample-zhang-wei' });
});

/** Opens the preview, optionally checks it, confirms, and waits for the summary. */
async function fillPage(page: Page, check?: (panel: Locator) => Promise<void>): Promise<Locator> {
  const panel = page.locator('#zcps-assistant-panel');
  const fill = panel.getByRole('button', { name: '一键填写' });
  await expect(fill).toBeEnabled();
  await fill.click();
  await expect(panel.locator('.fill-preview')).toBeVisible();
  if (check) await check(panel);
  await panel.getByRole('button', { name: '确认填写' }).first().click();
  await expect(panel.locator('.fill-summary')).toContainText('已填写', { timeout: 20_000 });
  return panel;
}

/** A control of the page by its name attribute. */
function byName(page: Page, name: string): Locator {
  return page.locator(`[name="${name}"]`);
}

function row(panel: Locator, label: string): Locator {
  return panel.locator(`.fill-preview tr[data-label="${label}"]`).first();
}

test('Element UI app: el-select from its body list, el-radio, el-input-number; the disabled 受理点地址 follows the page', async ({
  page,
  pageErrors,
}) => {
  await page.goto(platformUrl('/corpus/element/index.html#/declare'));
  await fillPage(page, async (panel) => {
    await expect(row(panel, '受理点')).toContainText('西湖区经信局');
    await expect(row(panel, '现从事专业')).toContainText('机械工程');
  });
  const item = (label: string) => page.locator('.el-form-item', { has: page.locator(`label.el-form-item__label:text-is("${label}")`) });
  await expect(item('受理点').locator('.el-select input')).toHaveValue('西湖区经信局');
  await expect(item('受理点').locator('.el-input.is-disabled input')).toHaveValue('杭州市西湖区文三路 90 号');
  await expect(item('现从事专业').locator('.el-select input')).toHaveValue('机械工程');
  await expect(page.locator('label.el-radio', { hasText: '正常申报' })).toHaveClass(/is-checked/);
  await expect(item('专业工作年限').locator('input')).toHaveValue(/^\d+$/);
  await expect(item('近三年考核情况').locator('input')).toHaveValue(/2021年称职/);
  await expect(item('本人述职').locator('textarea')).toHaveValue(/数控机床/);
  // Every list closed again, and nothing left that the rules object to.
  await expect(page.locator('.el-select-dropdown:visible')).toHaveCount(0);
  await expect(page.locator('[data-rule="office.required"], [data-rule="type.required"], [data-rule="major.required"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('Element UI app: dates in each editor’s format, 学历 and 工作经历 rows, one added with the page’s 新增 button', async ({
  page,
  pageErrors,
}) => {
  await page.goto(platformUrl('/corpus/element/index.html#/person'));
  await fillPage(page, async (panel) => {
    await expect(panel.locator('.fill-preview tr[data-action=add]')).toHaveCount(1);
    await expect(panel.locator('.fill-preview tr[data-action=add]')).toContainText('杭州示例精密机械有限公司');
    await expect(row(panel, '工作经历第 1 行 · 工作单位')).toContainText('宁波示例模具有限公司');
  });
  const item = (label: string) => page.locator('.el-form-item', { has: page.locator(`label.el-form-item__label:text-is("${label}")`) });
  await expect(item('出生日期').locator('input')).toHaveValue('1990-03-15');
  await expect(item('参加工作时间').locator('input')).toHaveValue('2012-07');
  await expect(item('民族').locator('input')).toHaveValue('汉族');
  await expect(page.locator('label.el-radio', { hasText: '男' })).toHaveClass(/is-checked/);
  const tables = page.locator('.el-table');
  const education = tables.nth(0).locator('.el-table__body tr');
  await expect(education).toHaveCount(1);
  await expect(education.nth(0).locator('.el-select input')).toHaveValue('大学本科');
  await expect(education.nth(0).locator('td').nth(2).locator('input')).toHaveValue('浙江工业大学');
  await expect(education.nth(0).locator('td').nth(4).locator('input')).toHaveValue('2008-09');
  const history = tables.nth(1).locator('.el-table__body tr');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0).locator('td').nth(0).locator('input')).toHaveValue('2012-07');
  await expect(history.nth(0).locator('td').nth(1).locator('input')).toHaveValue('2015-06');
  await expect(history.nth(0).locator('td').nth(2).locator('input')).toHaveValue('宁波示例模具有限公司');
  await expect(history.nth(1).locator('td').nth(0).locator('input')).toHaveValue('2015-07');
  await expect(history.nth(1).locator('td').nth(1).locator('input')).toHaveValue('');
  await expect(history.nth(1).locator('td').nth(2).locator('input')).toHaveValue('杭州示例精密机械有限公司');
  await expect(history.nth(1).locator('td').nth(3).locator('input')).toHaveValue('机械工程师');
  expect(pageErrors).toEqual([]);
});

test('a filled 工作经历 row is kept; the applicant’s other row is never touched', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/corpus/bootstrap3/person.html'));
  const rows = page.locator('#jobs .job-item');
  // The applicant wrote a job the profile does not know in the only row.
  await rows.nth(0).locator('input').nth(2).fill('某研究所');
  await fillPage(page, async (panel) => {
    await expect(panel.locator('.fill-preview tr[data-action=add]')).toHaveCount(2);
  });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('input').nth(2)).toHaveValue('某研究所');
  await expect(rows.nth(1).locator('input').nth(0)).toHaveValue('2012-07-01');
  await expect(rows.nth(1).locator('input').nth(2)).toHaveValue('宁波示例模具有限公司');
  await expect(rows.nth(2).locator('input').nth(2)).toHaveValue('杭州示例精密机械有限公司');
  await expect(rows.nth(2).locator('input').nth(3)).toHaveValue('机械工程师');
  expect(pageErrors).toEqual([]);
});

test('layui: radios drawn after each input and drawn together, the select, checked and shown', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/corpus/layui/person.html'));
  await fillPage(page);
  await expect(page.locator('input[name=xb][title=男]')).toBeChecked();
  await expect(page.locator('.layui-form-radio', { hasText: '男' })).toHaveClass(/layui-form-radioed/);
  await expect(page.locator('.layui-form-radio', { hasText: '女' })).not.toHaveClass(/layui-form-radioed/);
  await expect(page.locator('#csrq')).toHaveValue('1990-03-15');
  await expect(page.locator('input[name=qrz]')).toBeChecked();
  await expect(page.locator('.layui-form-checkbox')).toHaveClass(/layui-form-checked/);

  await page.goto(platformUrl('/corpus/layui/declare.html'));
  await fillPage(page);
  await expect(page.locator('input[name=sblx][title=正常申报]')).toBeChecked();
  await expect(page.locator('.layui-form-radio', { hasText: '正常申报' })).toHaveClass(/layui-form-radioed/);
  await expect(page.locator('select[name=sld] + .layui-form-select input')).toHaveValue('西湖区经信局');
  expect(await page.locator('select[name=sld]').evaluate((s: HTMLSelectElement) => s.value)).toBe('a');
  expect(pageErrors).toEqual([]);
});

test('EasyUI: comboboxes (readonly and editable) through their panels, a radiobutton, a numberbox', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/corpus/easyui/declare.html'));
  await fillPage(page);
  const box = (name: string) => page.locator(`span.textbox:has(input.textbox-value[name=${name}])`);
  await expect(box('sldw').locator('.textbox-text')).toHaveValue('西湖区经信局');
  await expect(box('sldw').locator('.textbox-value')).toHaveValue('西湖区经信局');
  await expect(box('sbzy').locator('.textbox-text')).toHaveValue('机械工程');
  await expect(page.locator('label.textbox-label', { hasText: '正常申报' })).toHaveCount(1);
  expect(await page.locator('input.radiobutton-value[value="1"]').isChecked()).toBe(true);
  await expect(box('gznx').locator('.textbox-text')).toHaveValue(/^\d+$/);
  await expect(page.locator('.combo-p:visible')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('Ant Design Vue: an ant-select that opens on mousedown, a radio group, an input number', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/corpus/ant/declare.html'));
  await fillPage(page);
  const item = (label: string) => page.locator('.ant-form-item', { has: page.locator(`label[title="${label}"]`) });
  await expect(item('受理点').locator('.ant-select-selection-item')).toHaveText('西湖区经信局');
  await expect(item('从事专业').locator('.ant-select-selection-item')).toHaveText('机械工程');
  await expect(page.locator('.ant-radio-wrapper', { hasText: '正常申报' })).toHaveClass(/ant-radio-wrapper-checked/);
  await expect(item('专业工作年限（年）').locator('input')).toHaveValue(/^\d+$/);
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a form drawn with CSS alone: 手机 and 邮箱 in one box, 学历 div rows and 工作经历 li rows filled by column', async ({
  page,
  pageErrors,
}) => {
  await page.goto(platformUrl('/corpus/divgrid/person.html'));
  await fillPage(page);
  await expect(byName(page, 'sj')).toHaveValue('13812345678');
  await expect(byName(page, 'yx')).toHaveValue('zhangwei@example.com');
  await expect(byName(page, 'gzdw')).toHaveValue('杭州示例精密机械有限公司');
  await expect(byName(page, 'zcsj')).toHaveValue(/^2016/);
  await expect(byName(page, 'edu[0].yx')).toHaveValue('浙江工业大学');
  await expect(byName(page, 'edu[0].zy')).toHaveValue('机械设计制造及其自动化');
  await expect(byName(page, 'edu[0].xl')).toHaveValue('大学本科');
  await expect(byName(page, 'gz1_dw')).toHaveValue('宁波示例模具有限公司');
  await expect(byName(page, 'gz1_zw')).toHaveValue('技术员');
  await expect(byName(page, 'gz2_dw')).toHaveValue('杭州示例精密机械有限公司');
  await expect(byName(page, 'gz1_q')).toHaveValue(/^2012/);
  // The current employer goes into 现工作单位 only; the 从事何种专业技术工作 column has nothing from the profile.
  await expect(byName(page, 'gz1_gz')).toHaveValue('');
  await expect(byName(page, 'gz2_gz')).toHaveValue('');
  expect(pageErrors).toEqual([]);
});

test('an old table with a 序号 column and a header of two rows: 学历 and 工作经历 rows by column', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/corpus/legacy/history.html'));
  await fillPage(page);
  await expect(byName(page, 'XX03_1')).toHaveValue('浙江工业大学');
  await expect(byName(page, 'XX05_1')).toHaveValue('大学本科');
  await expect(byName(page, 'GZ03_1')).toHaveValue('宁波示例模具有限公司');
  await expect(byName(page, 'GZ05_1')).toHaveValue('技术员');
  await expect(byName(page, 'GZ01_1')).toHaveValue(/^2012/);
  await expect(byName(page, 'GZ03_2')).toHaveValue('杭州示例精密机械有限公司');
  // The profile has two jobs: the third row and the 从事何种专业技术工作 column stay as they were.
  await expect(byName(page, 'GZ03_3')).toHaveValue('');
  await expect(byName(page, 'GZ04_1')).toHaveValue('');
  expect(pageErrors).toEqual([]);
});
