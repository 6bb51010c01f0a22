/**
 * The annotated page corpus read in real Chromium, where layout decides what
 * is visible: every page of tests/site/public/corpus/index.json is opened on
 * the platform's host, given time for its late widgets, and read by the same
 * code the content script runs (bundled into the page). Prints the accuracy
 * table; fails on any field read wrong or not at all that the index does not
 * list as an expected failure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { test, expect, platformUrl } from './fixtures';
import { formatScores, type PageScore } from '../support/corpus-score';
import type { CorpusIndex } from '../support/corpus-index';

const index = JSON.parse(readFileSync(path.resolve('tests/site/public/corpus/index.json'), 'utf8')) as CorpusIndex;
const scores: PageScore[] = [];
let reader = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  const bundled = await build({
    entryPoints: ['tests/support/corpus-browser.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  });
  reader = bundled.outputFiles[0]!.text;
});

test.afterAll(() => {
  console.log(`\n${formatScores('语料库识别准确率 · Chromium（真实布局）', scores)}\n`);
});

for (const entry of index.pages) {
  test(`reads ${entry.path}`, async ({ page, pageErrors }) => {
    await page.goto(platformUrl(entry.path));
    await page.waitForLoadState('load');
    // Late widgets: pickers created after 400 ms, apps mounted after their data arrived.
    await page.waitForTimeout(700);
    await page.addScriptTag({ content: reader });
    const score = await page.evaluate((p) => window.__corpusRead!(p), entry);
    scores.push(score);
    const expected = index.expectedFailures.filter((f) => f.path === entry.path && f.runner !== 'happy-dom');
    const unexpected = score.problems.filter((p) => !expected.some((f) => p.what.startsWith(f.control)));
    expect(unexpected, `${entry.path}: fields read wrong or not at all`).toEqual([]);
    expect(score.step, `${entry.path}: step`).toBe(score.expectedStep);
    for (const failure of expected) {
      expect(
        score.problems.some((p) => p.what.startsWith(failure.control)),
        `${failure.control} is read right now: drop it from expectedFailures`,
      ).toBe(true);
    }
    expect(pageErrors).toEqual([]);
  });
}
