/**
 * 一键填写 on the replica, inside the shell's iframe, after importing the
 * sample profile: the preview lists what will be written and why fields are
 * skipped, 确认填写 fills every matched field (the custom select through its
 * own widget, whose handler enables the dependent date), the rules re-check
 * the filled values, a different value already in a field is kept unless
 * ticked, and 撤销 restores everything.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect, platformUrl, chooseByKeyboard, message } from './fixtures';

const SAMPLE = readFileSync('tests/fixtures/profile.sample.json', 'utf8');
const SAMPLE_ID = 'sample-zhang-wei';

function wizard(page: Page): FrameLocator {
  return page.frameLocator('iframe[name=mainFrame]');
}

function panelOf(frame: FrameLocator): Locator {
  return frame.locator('#zcps-assistant-panel');
}

function row(panel: Locator, label: string): Locator {
  return panel.locator(`.fill-preview tr[data-label="${label}"]`).first();
}

/** Imports the sample profile and makes it the active one (the popup may have created an empty 本人 first). */
async function importSample(context: BrowserContext, extensionId: string): Promise<void> {
  expect(await message(context, extensionId, { type: 'profile.import', text: SAMPLE, onConflict: 'replace' })).toMatchObject({
    type: 'profile.imported',
  });
  expect(await message(context, extensionId, { type: 'profile.setActive', id: SAMPLE_ID })).toMatchObject({ type: 'profile.activeSet' });
}

async function open(page: Page, step: string): Promise<{ frame: FrameLocator; panel: Locator; fill: Locator }> {
  await page.goto(platformUrl(`/028/client/index.jsp#${step}`));
  const frame = wizard(page);
  const panel = panelOf(frame);
  await expect(panel).toHaveCount(1);
  return { frame, panel, fill: panel.getByRole('button', { name: '一键填写' }) };
}

test.describe('一键填写', () => {
  test.describe.configure({ mode: 'serial' });

  test.afterEach(async ({ context, extensionId }) => {
    // Leave no profile or mapping behind for other spec files in this browser.
    await message(context, extensionId, { type: 'profile.delete', id: SAMPLE_ID });
  });

  test('without a profile the button says what is needed; a profile imported meanwhile is used', async ({ page, context, extensionId }) => {
    await message(context, extensionId, { type: 'profile.delete', id: SAMPLE_ID });
    const { panel, fill } = await open(page, 'basicInfo');
    await expect(fill).toHaveAttribute('title', '请先在扩展弹窗中导入或填写档案');
    await fill.click();
    await expect(panel.locator('.fill-notice[role=status]')).toContainText('导入档案');
    // The applicant imports in the popup while the page stays open, then clicks again.
    await importSample(context, extensionId);
    await fill.click();
    await expect(row(panel, '姓名')).toContainText('张伟');
  });

  test('个人基本信息: preview, fill every matched field, the custom select and its dependent field, then undo', async ({
    page,
    context,
    extensionId,
    pageErrors,
  }) => {
    await importSample(context, extensionId);
    const { frame, panel, fill } = await open(page, 'basicInfo');
    await expect(fill).toBeEnabled();
    await fill.click();

    // The preview: values to write, skipped fields with their reasons.
    await expect(row(panel, '姓名')).toHaveAttribute('data-action', 'fill');
    await expect(row(panel, '姓名')).toContainText('张伟');
    await expect(row(panel, '现专业技术资格')).toContainText('助理工程师');
    await expect(row(panel, '现工作单位名称')).toHaveAttribute('data-action', 'skip');
    await expect(row(panel, '现工作单位名称')).toContainText('只读');
    await expect(row(panel, '取得资格时间')).toContainText('已禁用');
    await panel.getByRole('button', { name: '确认填写' }).click();

    const value = (id: string) => frame.locator(`#${id}`);
    const expected: Array<[string, string]> = [
      ['column3', '张伟'],
      ['column5', '330106199003151236'],
      ['column9', '1990-03-15'],
      ['column11', '01'],
      ['column12', '01'],
      ['column15', '13812345678'],
      ['column16', 'zhangwei@example.com'],
      ['column18', '浙江省杭州市西湖区文三路 100 号'],
      ['column19', '310012'],
      ['column23', '21'],
      ['column23_1', '工学学士'],
      ['column24', '浙江工业大学'],
      ['column25', '机械设计制造及其自动化'],
      ['column26', '2012-06-30'],
      ['column32', '技术研发部'],
      ['column33', '机械工程师'],
      ['column35', '2012-07-01'],
      ['column36', '2012-07-15'],
      ['column41', '414'],
      ['column43', '2017-01-01'],
    ];
    for (const [id, want] of expected) await expect(value(id), id).toHaveValue(want);
    await expect(value('column7_1')).toBeChecked();
    await expect(value('column27_1')).toBeChecked();
    // Read-only fields are left alone.
    await expect(value('column31')).toHaveValue('杭州某某智能装备有限公司');
    // 工作经历: the page's row takes the profile's first job (in the field's yyyy-MM), the page's 添加一行 makes room for the second.
    await expect(value('t61column9_1')).toHaveValue('2012-07');
    await expect(value('t61column10_1')).toHaveValue('2015-06');
    await expect(value('t61column11_1')).toHaveValue('宁波示例模具有限公司');
    await expect(value('t61column12_1')).toHaveValue('技术员');
    await expect(value('t61column9_2')).toHaveValue('2015-07');
    await expect(value('t61column10_2')).toHaveValue('');
    await expect(value('t61column11_2')).toHaveValue('杭州示例精密机械有限公司');
    // The widget shows the choice, and the page's own change handler enabled the dependent field.
    await expect(frame.locator('.xselect-input')).toHaveValue('助理工程师');
    await expect(value('column42')).toBeEnabled();
    await expect(value('column42_note')).toHaveText('请填写取得“助理工程师”资格的时间（以资格证书为准）');

    await expect(panel.locator('.fill-summary')).toContainText(/已填写 2\d 项，跳过 \d+ 项/, { timeout: 15_000 });
    // The field the choice opened is offered next.
    const more = panel.locator('.fill-preview');
    await expect(more).toContainText('填写后又有 1 项可以填写');
    await expect(row(panel, '取得资格时间')).toContainText('2016-12-20');
    await more.getByRole('button', { name: '确认填写' }).click();
    await expect(value('column42')).toHaveValue('2016-12-20');
    // The profile rules re-checked the filled values: nothing to report.
    await expect(frame.locator('[data-rule^="profile."]')).toHaveCount(0);

    await panel.getByRole('button', { name: '撤销' }).click();
    await expect(panel.locator('.fill-summary')).toContainText('已撤销');
    for (const [id] of expected) await expect(value(id), id).toHaveValue('');
    // The rows are emptied again; the row the fill added stays (rows are never deleted), empty.
    for (const id of ['t61column9_1', 't61column11_1', 't61column9_2', 't61column11_2']) await expect(value(id), id).toHaveValue('');
    await expect(value('column7_1')).not.toBeChecked();
    await expect(value('column27_1')).not.toBeChecked();
    await expect(frame.locator('.xselect-input')).toHaveValue('');
    await expect(value('column42')).toBeDisabled();
    await expect(value('column42')).toHaveValue('');
    await expect(value('column42_note')).toHaveText('请先选择现专业技术资格');
    expect(pageErrors).toEqual([]);
  });

  test('an unknown field mapped in the preview is remembered for next time', async ({ page, context, extensionId, pageErrors }) => {
    await importSample(context, extensionId);
    // Every field of the replica's 个人基本信息 is recognised now: a corpus page of the same step has one that is not.
    const openPage = async () => {
      await page.goto(platformUrl('/corpus/bootstrap3/person.html'));
      const panel = page.locator('#zcps-assistant-panel');
      await panel.getByRole('button', { name: '一键填写' }).click();
      return panel;
    };
    const panel = await openPage();
    const label = '单位联系电话';
    const unknown = row(panel, label);
    await expect(unknown).toContainText('未识别的字段');
    await chooseByKeyboard(unknown.getByRole('combobox'), '参加工作时间');
    await unknown.getByRole('button', { name: /使用/ }).click();
    await expect(row(panel, label)).toHaveAttribute('data-action', 'fill');
    await panel.getByRole('button', { name: '取消' }).click();
    try {
      const listed = (await message(context, extensionId, { type: 'mapping.list' })) as {
        mappings: Array<{ step: string; label: string; meaning?: string }>;
      };
      expect(listed.mappings).toContainEqual(expect.objectContaining({ step: 'basicInfo', label, meaning: 'workStart' }));
      const again = await openPage();
      await expect(row(again, label)).toHaveAttribute('data-action', 'fill');
      await expect(row(again, label)).toContainText('2012-07');
    } finally {
      await message(context, extensionId, { type: 'mapping.delete', step: 'basicInfo', label });
    }
    expect(pageErrors).toEqual([]);
  });

  test('我的业绩档案: the chosen achievement fills the add-entry form; a default choice is kept unless ticked', async ({
    page,
    context,
    extensionId,
    site,
    pageErrors,
  }) => {
    await importSample(context, extensionId);
    const { frame, panel, fill } = await open(page, 'archive');
    await expect(fill).toBeDisabled();
    await expect(fill).toHaveAttribute('title', '请先点击“新增业绩”打开表单，再一键填写');
    await frame.locator('#btnAdd').click();
    await expect(fill).toBeEnabled();
    await fill.click();

    const choice = panel.getByRole('combobox', { name: '选择业绩' });
    await chooseByKeyboard(choice, await choice.locator('option[value="ach-2"]').innerText());
    await expect(row(panel, '业绩名称')).toContainText('高精度五轴加工中心关键部件研发');
    // 是否集体项目 holds 否 by default: the profile's 是 is offered unticked.
    const collective = row(panel, '是否集体项目');
    await expect(collective).toHaveAttribute('data-action', 'fill');
    await expect(collective.getByRole('checkbox')).not.toBeChecked();
    await expect(row(panel, '附件')).toContainText('文件需手动选择');
    await panel.getByRole('button', { name: '确认填写' }).click();

    await expect(frame.locator('#t62column3')).toHaveValue('3');
    await expect(frame.locator('#t62column4')).toHaveValue('高精度五轴加工中心关键部件研发');
    await expect(frame.locator('#t62column5')).toHaveValue('2023-11');
    await expect(frame.locator('#t62column7')).toHaveValue('2');
    await expect(frame.locator('#t62column6')).toHaveValue('主要完成人');
    await expect(frame.locator('#t62column12')).toHaveValue('负责主轴单元设计与试验。');
    await expect(frame.locator('input[name=t62column8][value="0"]')).toBeChecked();

    // Once more, ticking the overwrite this time.
    await panel.getByRole('button', { name: '关闭' }).click();
    await fill.click();
    await chooseByKeyboard(choice, await choice.locator('option[value="ach-2"]').innerText());
    await row(panel, '是否集体项目').getByRole('checkbox').check();
    await panel.getByRole('button', { name: '确认填写' }).click();
    await expect(frame.locator('input[name=t62column8][value="1"]')).toBeChecked();
    await panel.getByRole('button', { name: '撤销' }).click();
    await expect(frame.locator('input[name=t62column8][value="0"]')).toBeChecked();
    await expect(frame.locator('#t62column4')).toHaveValue('高精度五轴加工中心关键部件研发');

    expect(site.uploads()).toEqual([]);
    await expect(frame.locator('#t62column13')).toHaveValue('');
    expect(pageErrors).toEqual([]);
  });

  test('填写申报信息: a different 专业工作年限 is kept unless ticked; filled from the profile the rules pass', async ({
    page,
    context,
    extensionId,
    pageErrors,
  }) => {
    await importSample(context, extensionId);
    const { frame, panel, fill } = await open(page, 'declaration');
    const years = frame.locator('#column64');
    await years.fill('8');
    await expect(frame.locator('[data-rule="worktime.cutoff"]')).toContainText('12');

    await fill.click();
    const yearsRow = row(panel, '专业工作年限');
    await expect(yearsRow).toHaveAttribute('data-action', 'fill');
    await expect(yearsRow).toContainText('12');
    await expect(yearsRow.getByRole('checkbox')).not.toBeChecked();
    await panel.getByRole('button', { name: '确认填写' }).click();

    await expect(years).toHaveValue('8');
    await expect(frame.getByRole('radio', { name: '正常申报' })).toBeChecked();
    await expect(frame.locator('#column63')).toHaveValue('01');
    await expect(frame.locator('#column65')).toHaveValue('2021年称职、2022年优秀、2023年称职');
    await expect(frame.locator('#column66')).toHaveValue('330106');
    const report = (JSON.parse(SAMPLE) as { profiles: Array<{ declaration: { selfReport: string } }> }).profiles[0]!.declaration.selfReport;
    await expect(frame.locator('#column67')).toHaveValue(report);
    // The page's own input handler ran: its counter shows the length.
    await expect(frame.locator('#column67_count')).toHaveText(String(report.length));
    await expect(frame.locator('[data-rule="worktime.cutoff"]')).toBeVisible();

    await panel.getByRole('button', { name: '撤销' }).click();
    await expect(frame.locator('#column67')).toHaveValue('');
    await expect(frame.locator('#column66')).toHaveValue('');
    await expect(frame.getByRole('radio', { name: '正常申报' })).not.toBeChecked();
    await expect(years).toHaveValue('8');

    await panel.getByRole('button', { name: '关闭' }).click();
    await fill.click();
    await row(panel, '专业工作年限').getByRole('checkbox').check();
    await panel.getByRole('button', { name: '确认填写' }).click();
    await expect(years).toHaveValue('12');
    for (const rule of [
      'worktime.cutoff',
      'worktime.integer',
      'assessment.format',
      'assessment.years',
      'type.required',
      'office.required',
      'major.required',
      'report.required',
    ]) {
      await expect(frame.locator(`[data-rule="${rule}"]`), rule).toHaveCount(0);
    }
    expect(pageErrors).toEqual([]);
  });
});
