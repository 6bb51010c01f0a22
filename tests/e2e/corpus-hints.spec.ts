/**
 * Checks on corpus pages in other styles, only through the public contract
 * (hints with data-rule / data-level / role right after the field or its
 * visible widget, aria-invalid, the panel's step): an Element UI app whose
 * labels' `for` names no element and whose steps change by hash route; a
 * disabled follow-on field that must not take its neighbour's hints; the
 * attachment rules on the rows of a works table; a 技能/破格 proof upload
 * whose file input the page's script creates late beside its button.
 */
import { test, expect, platformUrl } from './fixtures';

const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  ),
});

test('Element UI app: hints after the right field; the disabled 受理点地址 takes none; steps follow the hash route', async ({
  page,
  pageErrors,
}) => {
  await page.goto(platformUrl('/corpus/element/index.html#/declare'));
  const panel = page.locator('#zcps-assistant-panel');
  await expect(panel).toContainText('填写申报信息');
  const item = (label: string) => page.locator('.el-form-item', { has: page.locator(`label.el-form-item__label:text-is("${label}")`) });

  const years = item('专业工作年限').locator('input');
  await years.fill('8.5');
  const hint = page.locator('[data-rule="worktime.integer"]');
  await expect(hint).toHaveAttribute('data-level', 'error');
  await expect(hint).toHaveAttribute('role', 'alert');
  // Right after the field (or its box), inside the same form item.
  await expect(item('专业工作年限').locator('[data-rule="worktime.integer"]')).toHaveCount(1);
  await expect(years).toHaveAttribute('aria-invalid', 'true');
  await years.fill('9');
  await expect(hint).toHaveCount(0);
  await expect(years).not.toHaveAttribute('aria-invalid', 'true');

  // After the first input the empty required fields show their hints: 受理点's after the el-select, none for its address.
  const office = page.locator('[data-rule="office.required"]');
  await expect(office).toHaveCount(1);
  expect(await office.evaluate((h) => h.previousElementSibling?.classList.contains('el-select'))).toBe(true);
  await expect(item('受理点').locator('.el-input.is-disabled + [data-rule]')).toHaveCount(0);
  await expect(item('受理点').locator('.el-select input')).toHaveAttribute('aria-invalid', 'true');

  // The el-radio originals are visually hidden; the type hint follows the group.
  await expect(page.locator('.el-radio-group + [data-rule="type.required"]')).toHaveCount(1);
  await page.locator('label.el-radio', { hasText: '技能人才申报' }).click();
  await expect(page.locator('[data-rule="type.required"]')).toHaveCount(0);
  // 技能人才申报 needs its proof: the hint stands after the el-upload box.
  await expect(item('佐证材料').locator('[data-rule="type.skill.proof"]')).toHaveCount(1);
  await item('佐证材料').locator('input[type=file]').setInputFiles(pdf('技能证书.pdf'));
  await expect(page.locator('[data-rule="type.skill.proof"]')).toHaveCount(0);

  // A hash route, no reload: the panel follows the step.
  await page.locator('.el-menu-item', { hasText: '上传相关附件' }).click();
  await expect(panel).toContainText('上传相关附件');
  // The new step's required slots are in the panel at once (inline after the first input there).
  await expect(panel).toContainText('劳动（聘用）合同');
  expect(pageErrors).toEqual([]);
});

test('works table rows: files in rows satisfy the slot, a 论文 row gets attachment.paper, exactly one 代表作', async ({
  page,
  pageErrors,
}) => {
  await page.goto(platformUrl('/corpus/legacy/works.html'));
  const works = page.locator('#worksTable');
  const rows = works.locator('tr').filter({ has: page.locator('input[type=file]') });
  // Something typed anywhere shows the required-slot errors inline.
  await rows.nth(0).locator('input[name=WN1]').fill('基于PLC的数控机床主轴热变形补偿控制研究');
  const slotHint = page.locator('[data-rule="attachment.works"]');
  await expect(slotHint).toHaveAttribute('role', 'alert');
  // The slot's hint follows the works table, not a row's upload.
  expect(
    await slotHint.evaluate((h) => {
      let el = h.previousElementSibling;
      while (el && el.classList.contains('zcps-hint')) el = el.previousElementSibling;
      return el?.id;
    }),
  ).toBe('worksTable');

  await rows.nth(0).locator('select').selectOption('论文');
  await rows.nth(0).locator('input[type=file]').setInputFiles(pdf('scan-001.pdf'));
  await expect(slotHint).toHaveCount(0);
  // The row says 论文, the file name does not: the paper reminder still comes.
  await expect(page.locator('[data-rule="attachment.paper"]')).toContainText('scan-001.pdf');
  await expect(page.locator('[data-rule="attachment.paper"]')).toHaveAttribute('data-level', 'info');
  // No 代表作 chosen among the rows yet.
  await expect(page.locator('[data-rule="attachment.representative"]')).toContainText('需确定一篇代表作');
  await rows.nth(1).locator('select').selectOption('著作');
  await rows.nth(1).locator('input[type=file]').setInputFiles(pdf('book.pdf'));
  // (A plain click: whether the panel covers this radio is another matter, tested on its own.)
  await rows
    .nth(1)
    .locator('input[name=DBZ]')
    .evaluate((radio: HTMLInputElement) => radio.click());
  await expect(page.locator('[data-rule="attachment.representative"]')).toHaveCount(0);
  // Only the 论文 row's file gets the paper reminder.
  await expect(page.locator('[data-rule="attachment.paper"]')).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test('Element UI works table: 代表作 checkboxes counted across the rows by their column', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/corpus/element/index.html#/attach'));
  await expect(page.locator('#zcps-assistant-panel')).toContainText('上传相关附件');
  await page.getByRole('button', { name: '添加一行' }).click();
  const rows = page.locator('.el-table__body tr');
  await expect(rows).toHaveCount(2);
  await rows.nth(0).locator('input[type=file]').setInputFiles(pdf('论文一.pdf'));
  await rows.nth(1).locator('input[type=file]').setInputFiles(pdf('报告二.pdf'));
  await expect(page.locator('[data-rule="attachment.works"]')).toHaveCount(0);
  const representative = page.locator('[data-rule="attachment.representative"]');
  await expect(representative).toContainText('需确定一篇代表作');
  await rows.nth(0).locator('label.el-checkbox').click();
  await expect(representative).toHaveCount(0);
  await rows.nth(1).locator('label.el-checkbox').click();
  await expect(representative).toContainText('只能确定一篇代表作');
  expect(pageErrors).toEqual([]);
});

test('a proof upload created late beside its button is checked as the 技能/破格 proof', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/corpus/webuploader/declare.html'));
  // The picker's input is created by its script a moment after load.
  const input = page.locator('#proofPicker input[type=file]');
  await expect(input).toHaveCount(1);
  await page.locator('label', { hasText: '技能人才申报' }).click();
  const proof = page.locator('[data-rule="type.skill.proof"]');
  await expect(proof).toHaveAttribute('role', 'alert');
  // The hint follows the picker the applicant sees.
  expect(await proof.evaluate((h) => h.closest('td')?.querySelector('#proofPicker') !== null)).toBe(true);
  await input.setInputFiles(pdf('技能等级证书.pdf'));
  await expect(page.locator('#proofList')).toContainText('技能等级证书.pdf');
  await expect(proof).toHaveCount(0);
  // 破格申报 needs its content and the same proof, already there.
  await page.locator('label', { hasText: '破格申报' }).click();
  await expect(page.locator('[data-rule="type.exceptional.detail"]')).toHaveCount(1);
  await expect(page.locator('[data-rule="type.exceptional.proof"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
