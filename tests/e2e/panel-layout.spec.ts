/**
 * The panel covers nothing. With the panel open, at 1366×768 and 1920×1080,
 * every visible control of every page the replica serves must receive a
 * click: Playwright's trial click fails when something else would take the
 * pointer. The pages are every .html/.jsp under tests/site/public (the
 * replica, the pages in other styles, and any corpus page added there later),
 * in every frame they show. A control that the page itself hides behind its
 * own widgets is reported apart; only the assistant taking the click fails.
 * Every control gets an in-page hit test at its centre after scrolling it
 * into view; Playwright's trial click runs on every control of a frame with
 * up to 150, and on the 150 rightmost (the ones nearest the column) of a
 * bigger one such as the 1000-field page.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { test, expect, platformUrl } from './fixtures';

const PUBLIC = 'tests/site/public';
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Every page the replica serves, as URL paths. */
function sitePages(dir = PUBLIC): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sitePages(full));
    else if (/\.(html?|jsp)$/i.test(entry.name)) found.push(`/${path.relative(PUBLIC, full).split(path.sep).join('/')}`);
  }
  return found.sort();
}

const PAGES = sitePages();
/** Pages where the assistant must be showing (so the check is not vacuous). */
const WITH_PANEL = new Set([
  '/028/client/declare/info.jsp',
  '/028/client/declare/attach.jsp',
  '/028/client/person/baseInfo.jsp',
  '/028/client/big.jsp',
  '/other/layers.html',
]);

test('the page list holds the replica and the other styles', () => {
  expect(PAGES.length).toBeGreaterThanOrEqual(20);
  for (const p of WITH_PANEL) expect(PAGES).toContain(p);
});

/** Marks the visible controls of a frame (outside the assistant's own nodes) and returns how many. */
function markControls(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const selector = [
      'input:not([type=hidden])',
      'select',
      'textarea',
      'button',
      'a[href]',
      'summary',
      '[role=button]',
      '[role=link]',
      '[role=checkbox]',
      '[role=radio]',
      '[onclick]',
    ].join(',');
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      el.removeAttribute('data-cover-check');
      if (el.closest('[data-zcps-own]')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      el.setAttribute('data-cover-check', String(n++));
    }
    return n;
  });
}

interface Outcome {
  checked: number;
  covered: string[];
  pageOwn: string[];
}

/** Trial clicks (slow: one round trip each) for every control up to this many per frame; beyond, the riskiest. */
const TRIAL_MAX = 150;

/**
 * In the page, for every marked control: scroll it into view as Playwright
 * does and ask what takes the pointer at its centre. Returns the indices the
 * assistant's own nodes would take, and every index ordered rightmost first.
 */
function hitTestAll(frame: Frame): Promise<{ covered: number[]; byRisk: number[] }> {
  return frame.evaluate(() => {
    const covered: number[] = [];
    const rights: Array<[number, number]> = [];
    const start = [scrollX, scrollY] as const;
    for (const el of document.querySelectorAll<HTMLElement>('[data-cover-check]')) {
      const i = Number(el.getAttribute('data-cover-check'));
      (el as HTMLElement & { scrollIntoViewIfNeeded?: (center: boolean) => void }).scrollIntoViewIfNeeded?.(true);
      const rect = el.getBoundingClientRect();
      rights.push([i, rect.right + scrollX]);
      const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
      if (document.elementFromPoint(x, y)?.closest('[data-zcps-own]')) covered.push(i);
    }
    scrollTo(start[0], start[1]);
    return { covered, byRisk: rights.sort((a, b) => b[1] - a[1]).map(([i]) => i) };
  });
}

async function describe(frame: Frame, i: number): Promise<string> {
  const html = await frame
    .locator(`[data-cover-check="${i}"]`)
    .evaluate((el) => el.outerHTML.slice(0, 120))
    .catch(() => '?');
  return `${frame.url()} #${i}: ${html}`;
}

async function clickEveryControl(page: Page): Promise<Outcome> {
  const outcome: Outcome = { checked: 0, covered: [], pageOwn: [] };
  for (const frame of page.frames()) {
    const count = await markControls(frame).catch(() => 0);
    if (count === 0) continue;
    const { covered, byRisk } = await hitTestAll(frame);
    for (const i of covered) outcome.covered.push(`${await describe(frame, i)} (hit test)`);
    const trial = count <= TRIAL_MAX ? byRisk : byRisk.slice(0, TRIAL_MAX);
    for (const i of trial) {
      const control = frame.locator(`[data-cover-check="${i}"]`);
      try {
        await control.click({ trial: true, timeout: 2_500 });
      } catch (error) {
        const message = String(error);
        if (/zcps-assistant-panel|data-zcps-own/.test(message))
          outcome.covered.push(`${await describe(frame, i)}\n${message.split('\n').slice(0, 14).join('\n')}`);
        else outcome.pageOwn.push(await describe(frame, i));
      }
    }
    outcome.checked += count;
  }
  return outcome;
}

/** Opens the panel in every frame that shows one (another test may have collapsed it). */
async function openPanels(page: Page): Promise<number> {
  let panels = 0;
  for (const frame of page.frames()) {
    const host = frame.locator('#zcps-assistant-panel');
    if ((await host.count()) === 0) continue;
    panels++;
    const expand = host.getByRole('button', { name: '展开' });
    if ((await expand.count()) > 0) await expand.click();
    await expect(host.getByRole('button', { name: '收起' })).toHaveAttribute('aria-expanded', 'true');
  }
  return panels;
}

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    for (const pagePath of PAGES) {
      test(`no control of ${pagePath} is under the panel`, async ({ page, pageErrors }) => {
        test.setTimeout(240_000);
        await page.setViewportSize(viewport);
        await page.goto(platformUrl(pagePath));
        await page.waitForLoadState('load');
        // Late inputs (the photo page's picker comes after 500 ms) and the watcher's debounce.
        await page.waitForTimeout(900);
        const panels = await openPanels(page);
        if (WITH_PANEL.has(pagePath)) expect(panels).toBeGreaterThan(0);
        // The column and its corrections are in place before the next frame is painted.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const outcome = await clickEveryControl(page);
        if (outcome.pageOwn.length)
          test.info().annotations.push({ type: 'hidden by the page itself', description: outcome.pageOwn.join('\n') });
        expect(outcome.covered, `controls under the panel on ${pagePath}`).toEqual([]);
        if (panels > 0) expect(outcome.checked).toBeGreaterThan(0);
        expect(pageErrors).toEqual([]);
      });
    }
  });
}
