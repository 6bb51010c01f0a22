/**
 * iPhone HEIC photos in real Chromium, on the extension's photo tool page
 * (the upload gate's decoder frame runs the same code in the same origin):
 * tests/fixtures/heic/IMG_0001.HEIC, 3024×4032, about 0.9 MB. Timed inside
 * the page through window.__zcpsPhotoBench; the decoder's load (fetching and
 * compiling libheif's .wasm, once per page) apart from its decode. The
 * whole HEIC → fixed JPEG is compared with the same wait for the 12 MP phone
 * JPEG of the fixtures (check, then fix), in the same page and run.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import type { PhotoBench } from '../../entrypoints/photo/bench';
import { makePhoto } from '../fixtures/photos';
import type { Bench, BenchEnv, Sample } from './types';

type BenchWindow = { __zcpsPhotoBench?: PhotoBench };

const HEIC_NAME = 'IMG_0001.HEIC';

async function openToolPage(context: BrowserContext): Promise<Page> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/photo.html`);
  await page.waitForFunction(() => (window as BenchWindow).__zcpsPhotoBench !== undefined, undefined, { timeout: 15_000 });
  const heic = readFileSync(`tests/fixtures/heic/${HEIC_NAME}`);
  const jpeg = await makePhoto('phone-12mp');
  const sizes = await page.evaluate(
    ({ heic64, jpeg64, heicName }) => {
      const bench = (window as BenchWindow).__zcpsPhotoBench!;
      return [bench.loadHeic(heic64, heicName), bench.load(jpeg64, 'IMG_20240301_100000.jpg')];
    },
    { heic64: heic.toString('base64'), jpeg64: jpeg.toString('base64'), heicName: HEIC_NAME },
  );
  if (sizes[0] !== heic.length || sizes[1] !== jpeg.length) throw new Error(`heic bench: loaded ${sizes.join(', ')} bytes`);
  return page;
}

const pages = new WeakMap<BrowserContext, Promise<Page>>();

/** One tool page per browser with the decoder loaded, for the timings that exclude the load. */
function warmPage(env: BenchEnv): Promise<Page> {
  let page = pages.get(env.context);
  if (!page) {
    page = openToolPage(env.context).then(async (opened) => {
      await opened.evaluate(() => (window as BenchWindow).__zcpsPhotoBench!.heicLoad());
      return opened;
    });
    pages.set(env.context, page);
  }
  return page;
}

const benches: Bench[] = [
  {
    name: 'HEIC · 解码器加载（取得并编译 libheif 的 wasm，每页首次）/ decoder load: fetch + compile the wasm, first HEIC of a page',
    unit: 'ms',
    runs: 5,
    measure: async (env): Promise<Sample> => {
      // A fresh page each time: the decoder loads once per page.
      const page = await openToolPage(env.context);
      try {
        return { value: await page.evaluate(() => (window as BenchWindow).__zcpsPhotoBench!.heicLoad()) };
      } finally {
        await page.close();
      }
    },
  },
  {
    name: 'HEIC · 12 MP 解码（libheif，解码器已加载）/ decode 12 MP, decoder loaded',
    unit: 'ms',
    runs: 5,
    measure: async (env): Promise<Sample[]> => {
      const page = await warmPage(env);
      const result = await page.evaluate(() => (window as BenchWindow).__zcpsPhotoBench!.heicConvert());
      if (result.width !== 3024 || result.height !== 4032) throw new Error(`heic bench: decoded ${result.width}×${result.height}`);
      return [{ value: result.decodeMs }];
    },
  },
  {
    name: 'HEIC · 12 MP HEIC → 修正后的 JPG（转换、检查、修正；解码器已加载）/ HEIC → fixed JPEG, decoder loaded; baseline: the 12 MP JPEG path',
    unit: 'ms',
    target: 2000,
    runs: 5,
    measure: async (env): Promise<Sample> => {
      const page = await warmPage(env);
      const result = await page.evaluate(() => (window as BenchWindow).__zcpsPhotoBench!.heicCheckAndFix());
      if (result.bytes < 40_000 || result.bytes > 900_000 || result.width / result.height < 0.65) {
        throw new Error(`heic bench: fixed ${result.width}×${result.height}, ${result.bytes} bytes`);
      }
      const baseline = await page.evaluate(() => (window as BenchWindow).__zcpsPhotoBench!.checkAndFix());
      return { value: result.ms, baseline };
    },
  },
];

export default benches;
