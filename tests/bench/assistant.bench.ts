/**
 * The on-page assistant's script time in real Chromium, read from the
 * performance entries the content script records (zcps:scan for a scan of
 * the page including the step's features, zcps:input for one keystroke's
 * checks and hint updates). Baseline: a bare querySelectorAll plus el.labels
 * pass over the same page, in the page, in the same run.
 */
import type { Page } from '@playwright/test';
import { firstMeasure, onFreshPage } from './support';
import type { Bench, BenchEnv, Sample } from './types';

async function firstScan(env: BenchEnv, path: string): Promise<Sample> {
  return onFreshPage(env, async (page) => {
    await page.goto(env.url(path));
    await page.waitForFunction(() => performance.getEntriesByName('zcps:scan').length > 0, undefined, { timeout: 15_000 });
    const value = await page.evaluate(() => performance.getEntriesByName('zcps:scan')[0]!.duration);
    const baseline = await bareLabelPass(page);
    return { value, baseline };
  });
}

/** What any script must pay to see the same controls and their labels. */
function bareLabelPass(page: Page): Promise<number> {
  return page.evaluate(() => {
    const started = performance.now();
    const texts: string[] = [];
    for (const el of document.querySelectorAll<HTMLInputElement>('input,select,textarea')) {
      for (const label of el.labels ?? []) texts.push(label.textContent ?? '');
    }
    return performance.now() - started;
  });
}

async function keystrokes(env: BenchEnv): Promise<Sample[]> {
  return onFreshPage(env, async (page) => {
    await page.goto(env.url('/028/client/declare/info.jsp'));
    await page.locator('#zcps-assistant-panel').waitFor({ state: 'attached', timeout: 15_000 });
    const report = page.locator('textarea').first();
    await report.fill('本人从事机械设计工作。'.repeat(60));
    await page.waitForTimeout(300);
    await report.press('End');
    await page.evaluate(() => performance.clearMeasures('zcps:input'));
    for (let i = 0; i < 20; i++) await report.press('a');
    const durations = await page.evaluate(() => performance.getEntriesByName('zcps:input').map((e) => e.duration));
    return durations.map((value) => ({ value }));
  });
}

const benches: Bench[] = [
  {
    name: '首次扫描 · 个人基本信息（仿真站最大的页面）/ first scan, largest replica page',
    unit: 'ms',
    target: 10,
    runs: 15,
    measure: (env) => firstScan(env, '/028/client/person/baseInfo.jsp'),
  },
  {
    // The corpus page with the most controls written in its HTML: one big legacy table, rowspans, two lists of rows.
    name: '首次扫描 · 语料库最大的页面（旧式大表格）/ first scan, largest corpus page',
    unit: 'ms',
    target: 10,
    runs: 15,
    measure: (env) => firstScan(env, '/corpus/legacy/person.html'),
  },
  {
    name: '首次扫描 · 1000 个字段的页面 / first scan, 1000-field page',
    unit: 'ms',
    target: 50,
    runs: 15,
    measure: (env) => firstScan(env, '/028/client/big.jsp'),
  },
  {
    name: '步骤功能启动 · 个人基本信息（扫描之后）/ step features start, after the scan',
    unit: 'ms',
    runs: 7,
    // The step's features (checks, fill planning) starting once their bundle arrived: after the scan, reported apart.
    measure: async (env) => ({ value: await firstMeasure(env, '/028/client/person/baseInfo.jsp', 'zcps:features') }),
  },
  {
    name: '按键到提示更新 · 本人述职 / keystroke to updated hint',
    unit: 'ms',
    target: 4,
    runs: 3,
    measure: keystrokes,
  },
];

export default benches;
