/**
 * The annotated page corpus, read in happy-dom with the pages' own scripts
 * running (widgets drawn, late inputs created, hash routes followed): one
 * table of accuracy per page, printed with the test output. The same pages
 * are read again in real Chromium by tests/e2e/corpus.spec.ts, where layout
 * decides visibility.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Browser } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/page/read-page';
import { resetLabelCache } from '../../../lib/page/labels';
import { formatScores, scorePage, type PageScore } from '../../support/corpus-score';
import type { CorpusIndex } from '../../support/corpus-index';

const PUBLIC = path.resolve('tests/site/public');
const ORIGIN = 'https://zcps.rlsbt.zj.gov.cn';
const index = JSON.parse(readFileSync(path.join(PUBLIC, 'corpus/index.json'), 'utf8')) as CorpusIndex;

const browser = new Browser({
  settings: {
    enableJavaScriptEvaluation: true,
    suppressInsecureJavaScriptEnvironmentWarning: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    navigator: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140 happy-dom' },
  },
});

const scores: PageScore[] = [];

/**
 * The page's HTML with its own scripts and style sheets written inline, and
 * scripts that follow each other joined into one: happy-dom fetches a script
 * file after the inline scripts that follow it have run, and runs each script
 * in a function of its own (a top-level `var` is not global), where a browser
 * runs them in order in one global scope.
 */
function pageSource(pagePath: string): string {
  const file = (href: string) =>
    readFileSync(path.join(PUBLIC, decodeURIComponent(new URL(href, `${ORIGIN}${pagePath}`).pathname)), 'utf8');
  return file(pagePath)
    .replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (_all, src: string) => `<script>\n${file(src)}\n</script>`)
    .replace(/<script\b[^>]*>/g, '<script>')
    .replace(/<\/script>\s*<script>/g, ';\n')
    .replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g, (_all, href: string) => `<style>${file(href)}</style>`);
}

describe('page corpus (happy-dom)', () => {
  for (const page of index.pages) {
    it(`reads ${page.path}`, async () => {
      const tab = browser.newPage();
      tab.url = `${ORIGIN}${page.path}`;
      tab.content = pageSource(page.path);
      await tab.waitUntilComplete();
      const doc = tab.mainFrame.document as unknown as Document;
      resetLabelCache();
      const reading = readPage(doc);
      const score = scorePage(doc, reading.fields, reading.step, page);
      scores.push(score);
      await tab.close();
      const expected = index.expectedFailures.filter((f) => f.path === page.path && f.runner !== 'chromium');
      const unexpected = score.problems.filter((p) => !expected.some((f) => p.what.startsWith(f.control)));
      expect(unexpected, `${page.path}: fields read wrong or not at all`).toEqual([]);
      expect(score.step, `${page.path}: step`).toBe(score.expectedStep);
      for (const failure of expected) {
        expect(
          score.problems.some((p) => p.what.startsWith(failure.control)),
          `${failure.control} is read right now: drop it from expectedFailures`,
        ).toBe(true);
      }
    });
  }

  it('prints the accuracy table', () => {
    process.stdout.write(`\n${formatScores('语料库识别准确率 · happy-dom（页面脚本运行，无布局）', scores)}\n\n`);
    expect(scores.length).toBe(index.pages.length);
  });
});
