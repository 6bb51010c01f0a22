/**
 * The photo check and fix in real Chromium, on the extension's photo tool page
 * (its own origin), for the 12 MP phone JPEG of the fixtures (stored
 * 4032×3024, EXIF orientation 6, GPS). Timed inside the page through
 * window.__zcpsPhotoBench. Baseline: a bare full-size createImageBitmap decode
 * of the same file, in the same page, in the same run.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { PhotoBench } from '../../entrypoints/photo/bench';
import { makePhoto } from '../fixtures/photos';
import type { Bench, BenchEnv, Sample } from './types';

type BenchWindow = { __zcpsPhotoBench?: PhotoBench };

const pages = new WeakMap<BrowserContext, Promise<Page>>();

async function openToolPage(context: BrowserContext): Promise<Page> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/photo.html`);
  await page.waitForFunction(() => (window as BenchWindow).__zcpsPhotoBench !== undefined, undefined, { timeout: 15_000 });
  const bytes = await makePhoto('phone-12mp');
  const loaded = await page.evaluate(({ b64, name }) => (window as BenchWindow).__zcpsPhotoBench!.load(b64, name), {
    b64: bytes.toString('base64'),
    name: 'IMG_20240301_100000.jpg',
  });
  if (loaded !== bytes.length) throw new Error(`photo bench: loaded ${loaded} of ${bytes.length} bytes`);
  return page;
}

/** One tool page per browser, the phone photo loaded once. */
function toolPage(env: BenchEnv): Promise<Page> {
  let page = pages.get(env.context);
  if (!page) {
    page = openToolPage(env.context);
    pages.set(env.context, page);
  }
  return page;
}

function decode(page: Page): Promise<number> {
  return page.evaluate(() => (window as BenchWindow).__zcpsPhotoBench!.decode());
}

const benches: Bench[] = [
  {
    name: '证件照 · 从字节得出结论（12 MP 手机照片，不解码）/ photo verdict from bytes, 12 MP',
    unit: 'ms',
    target: 5,
    runs: 9,
    measure: async (env): Promise<Sample> => {
      const page = await toolPage(env);
      const value = await page.evaluate(() => (window as BenchWindow).__zcpsPhotoBench!.verdict());
      return { value, baseline: await decode(page) };
    },
  },
  {
    name: '证件照 · 含背景与颜色统计的完整检查 / full check with background statistics, 12 MP',
    unit: 'ms',
    target: 150,
    runs: 7,
    measure: async (env): Promise<Sample> => {
      const page = await toolPage(env);
      const result = await page.evaluate(() => (window as BenchWindow).__zcpsPhotoBench!.check());
      // The photo must have been judged for real (filesize, orientation, ratio, GPS), not skipped.
      if (!result.findings.includes('photo.orientation')) throw new Error(`photo bench: unexpected verdict ${result.findings.join(',')}`);
      return { value: result.ms, baseline: await decode(page) };
    },
  },
  {
    name: '证件照 · 一键修正（转正、缩放、质量搜索）/ fix: rotate, scale, quality search, 12 MP',
    unit: 'ms',
    target: 500,
    runs: 5,
    measure: async (env): Promise<Sample> => {
      const page = await toolPage(env);
      const result = await page.evaluate(() => (window as BenchWindow).__zcpsPhotoBench!.fix());
      if (result.bytes < 40_000 || result.bytes > 900_000) throw new Error(`photo bench: fixed file of ${result.bytes} bytes`);
      return { value: result.ms, baseline: await decode(page) };
    },
  },
];

export default benches;
