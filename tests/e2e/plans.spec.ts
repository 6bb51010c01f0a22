/**
 * The plan is read from the page: the plan page and the wizard name it, and
 * every year-dependent hint follows that plan, whether it is the guide's
 * 2024 plan, a later year (2026), a far year nobody put in data (2031), or a
 * plan of another series and city (宁波 经济师), where no rule of the
 * Hangzhou engineer guide fires.
 */
import { test, expect, platformUrl } from './fixtures';
import type { FrameLocator, Page } from '@playwright/test';

const PLAN_IDS = { 2024: '330100202401028', 2026: '330100202601028', 2031: '330100203101028', ningbo: '330200202601035' } as const;

async function openDeclaration(page: Page, planId: string, extra = ''): Promise<FrameLocator> {
  await page.goto(platformUrl(`/028/client/index.jsp?page=declaration&planId=${planId}${extra}`));
  const frame = page.frameLocator('iframe[name=mainFrame]');
  await expect(frame.locator('#zcps-assistant-panel .step')).toHaveText('填写申报信息');
  return frame;
}

const hint = (frame: FrameLocator, rule: string) => frame.locator(`[data-rule="${rule}"]`);
const panelPlan = (frame: FrameLocator) => frame.locator('#zcps-assistant-panel .plan');

for (const [year, years] of [
  [2024, '2021、2022、2023'],
  [2026, '2023、2024、2025'],
  [2031, '2028、2029、2030'],
] as const) {
  test(`${year}: 考核情况 and 专业工作年限 hints name the plan’s years`, async ({ page, pageErrors }) => {
    const frame = await openDeclaration(page, PLAN_IDS[year]);
    await expect(panelPlan(frame)).toContainText(`${year}年度杭州市制造业专业工程师资格评审申报计划`);
    if (year !== 2024) await expect(panelPlan(frame)).toContainText('按 2024 年指南推算');
    await frame.locator('#column65').fill('2019年优秀、2020年优秀');
    await expect(hint(frame, 'assessment.years')).toContainText(`需为 ${years} 各一次`);
    await frame.locator('#column64').fill('8.5');
    await expect(hint(frame, 'worktime.integer')).toContainText(`计算到 ${year}-12-31`);
    expect(pageErrors).toEqual([]);
  });
}

test('2026 through the plan list: the plan page is remembered for wizard pages that do not name it', async ({ page, pageErrors }) => {
  await page.goto(platformUrl('/028/client/index.jsp?page=planList'));
  const frame = page.frameLocator('iframe[name=mainFrame]');
  await frame.getByRole('link', { name: '2026年度杭州市制造业专业工程师资格评审申报计划' }).click();
  await expect(frame.locator('#zcps-assistant-panel .step')).toHaveText('职称评审申报计划');
  await expect(panelPlan(frame)).toContainText('2026年度杭州市制造业专业工程师资格评审申报计划');
  // A later page of the same tab that shows no plan name.
  await page.locator('iframe[name=mainFrame]').evaluate((iframe: HTMLIFrameElement) => {
    iframe.src = '/028/client/declare/info.jsp?noPlanName=1';
  });
  await expect(frame.locator('#zcps-assistant-panel .step')).toHaveText('填写申报信息');
  await expect(frame.locator('.pos')).not.toContainText('计划');
  await frame.locator('#column65').fill('2021年优秀、2022年优秀、2023年优秀');
  await expect(hint(frame, 'assessment.years')).toContainText('需为 2023、2024、2025 各一次');
  // The plan page stated the paper deadline without a year (9月30日前): it is the plan's.
  await page.locator('iframe[name=mainFrame]').evaluate((iframe: HTMLIFrameElement) => {
    iframe.src = '/028/client/record/exportReview.jsp?noPlanName=1';
  });
  await expect(frame.locator('#zcps-assistant-panel [data-finding-rule="paper.deadline"]')).toContainText('2026-09-30');
  expect(pageErrors).toEqual([]);
});

test('a plan of another series and city: no rule of the Hangzhou engineer guide, and the panel says why', async ({ page, pageErrors }) => {
  const frame = await openDeclaration(page, PLAN_IDS.ningbo);
  await expect(panelPlan(frame)).toContainText('2026年度宁波市经济专业中级经济师资格评审申报计划');
  await expect(panelPlan(frame)).toContainText('未启用');
  await frame.locator('#column64').fill('8.5');
  await frame.locator('#column65').fill('2019年好');
  await frame.locator('#column67').fill('述'.repeat(1200));
  // The page states its own limit (限1500字以内): that one is checked.
  await expect(frame.getByText('已输入 1200 / 1500 字', { exact: true })).toBeVisible();
  await expect(frame.locator('[data-rule]')).toHaveCount(0);
  await frame.locator('#column67').fill('述'.repeat(1501));
  await expect(hint(frame, 'report.length')).toContainText('1501 / 1500');
  const rules = await frame.locator('[data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
  expect(rules).toEqual(['report.length']);
  const panelRules = await frame
    .locator('#zcps-assistant-panel [data-finding-rule]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-finding-rule')));
  for (const id of panelRules) expect(['report.length', 'paper.deadline', 'payment.reminder']).toContain(id);
  expect(pageErrors).toEqual([]);
});

test('a plan chosen in the popup applies at once to the open platform page; 自动识别 gives the page’s plan back', async ({
  page,
  context,
  extensionId,
}) => {
  const frame = await openDeclaration(page, PLAN_IDS[2024]);
  const popup = await context.newPage();
  try {
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('details#process > summary').click();
    await popup.locator('#plan-choice').selectOption('hz-manufacturing-engineer-2027');
    await expect(popup.locator('.plan-line')).toContainText('2027年度杭州市制造业专业工程师资格评审申报计划');
    await expect(popup.locator('#process .deadline')).toContainText('2027-09-30');
    await frame.locator('#column65').fill('2021年优秀、2022年优秀、2023年优秀');
    await expect(hint(frame, 'assessment.years')).toContainText('需为 2024、2025、2026 各一次');
    await expect(panelPlan(frame)).toContainText('2027年度');
    await popup.locator('#plan-choice').selectOption('');
    await frame.locator('#column65').fill('2021年优秀、2022年优秀');
    await expect(hint(frame, 'assessment.years')).toContainText('需为 2021、2022、2023 各一次');
  } finally {
    await popup.close();
  }
});
