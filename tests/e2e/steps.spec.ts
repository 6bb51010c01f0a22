/**
 * Every page of the replica: the panel names the step, and each step's own
 * checks show with the right data-rule (in the panel for reminders, next to
 * the field for values) and go away when fixed. The console stays clean.
 */
import { test, expect, platformUrl } from './fixtures';
import type { FrameLocator, Page } from '@playwright/test';

async function open(page: Page, step: string): Promise<FrameLocator> {
  // ?page= rather than #: a new document each time, even on the same tab.
  await page.goto(platformUrl(`/028/client/index.jsp?page=${step}`));
  return page.frameLocator('iframe[name=mainFrame]');
}

const STEP_NAMES: Array<[string, string]> = [
  ['basicInfo', '个人基本信息'],
  ['archive', '我的业绩档案'],
  ['plan', '职称评审申报计划'],
  ['photo', '上传证件照'],
  ['commitment', '签署个人承诺'],
  ['declaration', '填写申报信息'],
  ['achievements', '选择相关业绩'],
  ['attachments', '上传相关附件'],
  ['preview', '预览确认提交'],
  ['records', '我的申报记录'],
  ['reviewForm', '导出评审表'],
];

for (const [step, name] of STEP_NAMES) {
  test(`${name}: the panel names the step`, async ({ page, pageErrors }) => {
    const frame = await open(page, step);
    await expect(frame.locator('#zcps-assistant-panel .step')).toHaveText(name);
    expect(pageErrors).toEqual([]);
  });
}

test('the reminders of the guide are in the panel of their step', async ({ page }) => {
  const cases: Array<[string, string]> = [
    ['commitment', 'commitment.sign'],
    ['achievements', 'archive.approved'],
    ['attachments', 'attachment.education'],
    ['records', 'payment.reminder'],
    ['records', 'paper.deadline'],
    ['reviewForm', 'paper.deadline'],
  ];
  for (const [step, rule] of cases) {
    const frame = await open(page, step);
    await expect(frame.locator(`#zcps-assistant-panel li[data-finding-rule="${rule}"]`)).toHaveAttribute('data-finding-level', 'info');
  }
});

test('个人基本信息: ID number, mobile and e-mail are checked on the page', async ({ page, pageErrors }) => {
  const frame = await open(page, 'basicInfo');
  const after = (label: string) =>
    frame.locator(`xpath=//td[contains(normalize-space(.), '${label}')]/following-sibling::td[1]//input`).first();
  const id = after('身份证号码');
  await id.fill('33010619900315123X');
  await expect(frame.locator('[data-rule="profile.idNumber"]')).toHaveAttribute('role', 'alert');
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await id.fill('330106199003151236');
  await expect(frame.locator('[data-rule="profile.idNumber"]')).toHaveCount(0);
  await expect(id).not.toHaveAttribute('aria-invalid', 'true');
  const mobile = after('手机号码');
  await mobile.fill('12812345678');
  await expect(frame.locator('[data-rule="profile.mobile"]')).toBeVisible();
  await mobile.fill('13812345678');
  await expect(frame.locator('[data-rule="profile.mobile"]')).toHaveCount(0);
  const email = after('电子邮箱');
  await email.fill('zhangwei.example.com');
  await expect(frame.locator('[data-rule="profile.email"]')).toBeVisible();
  await email.fill('zhangwei@example.com');
  await expect(frame.locator('[data-rule="profile.email"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('选择相关业绩: nothing ticked, then a team project without proof, then too many', async ({ page, pageErrors }) => {
  const frame = await open(page, 'achievements');
  const boxes = frame.locator('tbody input[type=checkbox]');
  await boxes.nth(0).check();
  await boxes.nth(0).uncheck();
  await expect(frame.locator('[data-rule="achievement.required"]')).toBeVisible();
  await boxes.nth(1).check(); // 年产5万台伺服电机…: 集体项目, rank 3
  await expect(frame.locator('[data-rule="achievement.required"]')).toHaveCount(0);
  await expect(frame.locator('[data-rule="achievement.collective"]').first()).toContainText('年产5万台伺服电机');
  for (const n of [0, 2, 3, 4, 5]) await boxes.nth(n).check();
  await expect(frame.locator('[data-rule="achievement.count"]')).toHaveAttribute('data-level', 'warn');
  expect(pageErrors).toEqual([]);
});
