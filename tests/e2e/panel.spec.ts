/**
 * The panel's column in real Chromium: the page is narrowed for it (not
 * overlaid), Esc inside the panel folds it to the rail with the counts and
 * leaves the focus on 展开, the keyboard opens it again, aria-expanded
 * follows, and a page script's synthetic click on the toggle does nothing.
 * A page that sets its own fixed width scrolls past the column instead.
 */
import type { Frame, Locator, Page } from '@playwright/test';
import { test, expect, platformUrl } from './fixtures';

async function wizardFrame(page: Page, step: string): Promise<Frame> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(platformUrl(`/028/client/index.jsp#${step}`));
  await expect(page.frameLocator('iframe[name=mainFrame]').locator('#zcps-assistant-panel')).toHaveCount(1);
  return page.frame({ name: 'mainFrame' })!;
}

/** The root element's right margin and the panel's width, in px. */
function layout(frame: Frame): Promise<{ margin: number; panel: number; frameWidth: number }> {
  return frame.evaluate(() => ({
    margin: parseFloat(getComputedStyle(document.documentElement).marginRight),
    panel: document.getElementById('zcps-assistant-panel')!.getBoundingClientRect().width,
    frameWidth: document.documentElement.clientWidth + parseFloat(getComputedStyle(document.documentElement).marginRight),
  }));
}

/** The panel may open collapsed (its state is remembered): open it with a real click. */
async function expandIfCollapsed(toggle: Locator): Promise<void> {
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

test('the page is narrowed for the column; Esc folds it to a rail, the keyboard opens it again', async ({ page, pageErrors }) => {
  const frame = await wizardFrame(page, 'declaration');
  const panel = frame.locator('#zcps-assistant-panel');
  const toggle = panel.getByRole('button', { name: /收起|展开/ });
  await expandIfCollapsed(toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  const open = await layout(frame);
  expect(open.panel).toBeGreaterThanOrEqual(240);
  expect(open.margin).toBe(open.panel);
  // Every field of the page ends left of the column.
  const rightmost = await frame.evaluate(() =>
    Math.max(...[...document.querySelectorAll('input,select,textarea,a.btn')].map((el) => el.getBoundingClientRect().right)),
  );
  expect(rightmost).toBeLessThanOrEqual(open.frameWidth - open.panel);
  // At a glance: the step, the counts and 一键填写.
  await expect(panel.locator('.step')).toHaveText('填写申报信息');
  await expect(panel.locator('.counts')).toContainText(/错误 \d+ · 提醒 \d+/);
  await expect(panel.getByRole('button', { name: '一键填写' })).toBeVisible();

  // Esc from inside the panel (the focus on a finding's link).
  await panel.locator('.list a').first().focus();
  await page.keyboard.press('Escape');
  const expand = panel.getByRole('button', { name: '展开' });
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  await expect(expand).toBeFocused();
  const rail = await layout(frame);
  expect(rail.panel).toBeLessThan(50);
  expect(rail.margin).toBe(rail.panel);
  await expect(panel.locator('.rail-count.error')).toHaveText(
    await frame.evaluate(() => document.getElementById('zcps-assistant-panel')!.dataset.errors!),
  );
  await expect(panel.getByRole('button', { name: '一键填写' })).toBeHidden();

  // A page script can reach the open shadow root; its click must not open the panel.
  await frame.evaluate(() =>
    (document.getElementById('zcps-assistant-panel')!.shadowRoot!.querySelector('.toggle') as HTMLElement).click(),
  );
  await page.waitForTimeout(200);
  await expect(expand).toHaveAttribute('aria-expanded', 'false');

  // Enter on the focused 展开 opens it, and the focus order inside starts there.
  await expand.focus();
  await page.keyboard.press('Enter');
  const collapse = panel.getByRole('button', { name: '收起' });
  await expect(collapse).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: '一键填写' })).toBeFocused();
  expect((await layout(frame)).margin).toBe(open.margin);
  expect(pageErrors).toEqual([]);
});

test('the column is reserved while the page is parsed: at the page’s own DOMContentLoaded the form is already laid out beside it', async ({
  page,
}) => {
  // Noted by the page's first DOMContentLoaded listener, before the assistant reads the page.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.dataset.marginAtDcl = getComputedStyle(document.documentElement).marginRight;
    });
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(platformUrl('/028/client/person/baseInfo.jsp'));
  await expect(page.locator('#zcps-assistant-panel')).toHaveCount(1);
  const atDcl = parseFloat((await page.locator('html').getAttribute('data-margin-at-dcl')) ?? '0');
  const now = await layout(page.mainFrame());
  expect(atDcl).toBeGreaterThanOrEqual(240);
  expect(atDcl).toBe(now.margin);

  // A page without a form control gets no column.
  await page.goto(platformUrl('/028/client/home.jsp'));
  await expect(page.locator('html')).toHaveAttribute('data-margin-at-dcl', '0px');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
});

test('Esc in the page itself is the page’s: the panel stays open', async ({ page }) => {
  const frame = await wizardFrame(page, 'declaration');
  const panel = frame.locator('#zcps-assistant-panel');
  const toggle = panel.getByRole('button', { name: /收起|展开/ });
  await expandIfCollapsed(toggle);
  await frame.locator('textarea').first().focus();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(200);
  await expect(panel.getByRole('button', { name: '收起' })).toHaveAttribute('aria-expanded', 'true');
});

test('a fixed-width table wider than what is left scrolls past the column; its checkbox is reachable', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(platformUrl('/other/layers.html'));
  const panel = page.locator('#zcps-assistant-panel');
  await expect(panel).toHaveCount(1);
  const toggle = panel.getByRole('button', { name: /收起|展开/ });
  await expandIfCollapsed(toggle);
  // The page's fixed top bar and floating buttons were pulled in beside the column.
  await expect.poll(() => page.locator('.topbar').evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(1366 - 240);
  const edge = await panel.evaluate((el) => el.getBoundingClientRect().left);
  for (const selector of ['.totop', '.corner', 'a[href="#logout"]']) {
    expect(await page.locator(selector).evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(edge + 0.5);
  }
  // The 代表作 checkbox sits at the right end of a 1500 px table: scrolled into view, it is clear of the column.
  const box = page.locator('input[name=rep1]');
  await box.click();
  await expect(box).toBeChecked();
  expect(await box.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(edge);
  // Folding the panel gives the page its layers back (but for the rail).
  await panel.getByRole('button', { name: '收起' }).click();
  await expect.poll(() => page.locator('.topbar').evaluate((el) => el.getBoundingClientRect().right)).toBeGreaterThan(1366 - 50);
});

test('a page that hides fixed boxes with !important, or removes the panel, still shows it', async ({ page, pageErrors }) => {
  const frame = await wizardFrame(page, 'declaration');
  const panel = frame.locator('#zcps-assistant-panel');
  const toggle = panel.getByRole('button', { name: /收起|展开/ });
  await expandIfCollapsed(toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // What a page's "close every popup" stylesheet and script do, in the page's own world.
  await frame.evaluate(() => {
    const sheet = document.createElement('style');
    sheet.textContent =
      '#zcps-assistant-panel { display: none !important; width: 0 !important; } ' +
      'div[style*="fixed"] { visibility: hidden !important; opacity: 0 !important; transform: translateX(100%) !important; }';
    document.head.append(sheet);
    document.getElementById('zcps-assistant-panel')!.remove();
  });
  await expect(panel).toBeVisible();
  expect(await panel.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThanOrEqual(240);
  await frame.evaluate(() => {
    document.getElementById('zcps-assistant-panel')!.style.display = 'none';
  });
  await expect(panel).toBeVisible();
  // Still the applicant's: its toggle works.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(pageErrors).toEqual([]);
});

test('a page whose Content-Security-Policy forbids inline styles still gets a styled panel and styled hints', async ({
  page,
  pageErrors,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(platformUrl('/other/csp.html'));
  const panel = page.locator('#zcps-assistant-panel');
  await expect(panel).toBeVisible();
  // The page is narrowed for the column (the dock's style rule), and the panel's own stylesheet applies.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).not.toBe('0px');
  const header = await panel.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.header')!).backgroundColor);
  expect(header).toBe('rgb(31, 95, 191)');
  // An inline hint: drawn as a block in its level's colours.
  await page.locator('#years').fill('五年');
  const hint = page.locator('[data-rule="worktime.integer"]');
  await expect(hint).toBeVisible();
  expect(await hint.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
});
