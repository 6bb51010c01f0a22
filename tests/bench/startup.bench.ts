/**
 * What the content script costs before the page is read, and what the first
 * scan leaves to the browser, both on the replica's largest page:
 *
 * - its evaluation at document_start (compile and run, from Chrome's trace:
 *   the EvaluateScript events of content.js), paid in every frame of the
 *   platform before the page is parsed. The build's compile hint
 *   (scripts/compile-hints.ts) moves the compile of the reading code here,
 *   off the first scan;
 * - the page's pending style and layout that the scan brings up to date
 *   before it starts (zcps:layout): the browser's work for its first frame,
 *   reported apart from the scan.
 */
import { firstMeasure, onFreshPage, startTrace, type TraceEvent } from './support';
import type { Bench, BenchEnv, Sample } from './types';

const PAGE = '/028/client/person/baseInfo.jsp';

async function contentScriptEvaluation(env: BenchEnv): Promise<Sample> {
  return onFreshPage(env, async (page) => {
    const session = await env.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    const { complete } = await startTrace(session, events, ['devtools.timeline']);
    await page.goto(env.url(PAGE));
    await page.waitForFunction(() => performance.getEntriesByName('zcps:scan').length > 0, undefined, { timeout: 15_000 });
    await session.send('Tracing.end');
    await complete;
    const evaluations = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && e.args?.data?.url?.endsWith('/content.js'));
    if (evaluations.length === 0) throw new Error('the trace shows no evaluation of content.js');
    return { value: evaluations.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000 };
  });
}

const benches: Bench[] = [
  {
    name: '内容脚本在 document_start 的执行（编译与运行）· 个人基本信息 / content script evaluation at document_start',
    unit: 'ms',
    runs: 9,
    measure: contentScriptEvaluation,
  },
  {
    name: '首次扫描前页面待完成的样式与布局（浏览器的工作）· 个人基本信息 / the page’s pending style and layout before the first scan',
    unit: 'ms',
    runs: 9,
    measure: async (env) => ({ value: await firstMeasure(env, PAGE, 'zcps:layout') }),
  },
];

export default benches;
