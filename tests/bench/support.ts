/**
 * What several benches share: a fresh page for one measurement, the first
 * duration the content script measured under a name on a fresh page, and
 * Chrome's trace of a page (CDP Tracing).
 */
import type { CDPSession, Page } from '@playwright/test';
import type { BenchEnv } from './types';

/** Runs `measure` on a new page of the bench's browser and closes the page, whatever happens. */
export async function onFreshPage<T>(env: BenchEnv, measure: (page: Page) => Promise<T>): Promise<T> {
  const page = await env.context.newPage();
  try {
    return await measure(page);
  } finally {
    await page.close();
  }
}

/** The duration of the first `performance.measure` entry called `name` on a fresh load of `path`. */
export function firstMeasure(env: BenchEnv, path: string, name: string): Promise<number> {
  return onFreshPage(env, async (page) => {
    await page.goto(env.url(path));
    await page.waitForFunction((entry) => performance.getEntriesByName(entry).length > 0, name, { timeout: 15_000 });
    return page.evaluate((entry) => performance.getEntriesByName(entry)[0]!.duration, name);
  });
}

/** The fields of a trace event the benches read. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** Starts tracing the categories into `events`; `complete` settles once Tracing.end has delivered them all. */
export async function startTrace(session: CDPSession, events: TraceEvent[], categories: string[]): Promise<{ complete: Promise<void> }> {
  session.on('Tracing.dataCollected', (event) => void events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return { complete };
}
