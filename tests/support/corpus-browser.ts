/**
 * Bundled into corpus pages by tests/e2e/corpus.spec.ts: reads the page with
 * the assistant's own reading code, in the page, and scores it against the
 * page's annotations. Real Chromium decides what is visible.
 */
import { resetLabelCache } from '../../lib/page/labels';
import { readPage } from '../../lib/page/read-page';
import { scorePage } from './corpus-score';

declare global {
  interface Window {
    __corpusRead?: (page: { path: string; style: string }) => ReturnType<typeof scorePage>;
  }
}

window.__corpusRead = (page) => {
  resetLabelCache();
  const reading = readPage(document);
  return scorePage(document, reading.fields, reading.step, page);
};
