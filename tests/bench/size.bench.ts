/**
 * Sizes as shipped, gzip-compressed. The content script is what every frame
 * of the platform loads (the target counts it); the step bundle is fetched
 * only in frames where a platform step is recognised, and is reported too.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Bench } from './types';

function gzipKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

const benches: Bench[] = [
  {
    name: '内容脚本大小（gzip）/ content script size, gzip',
    unit: 'kB',
    target: 30,
    runs: 1,
    measure: async () => ({ value: gzipKb('.output/chrome-mv3/content-scripts/content.js') }),
  },
  {
    name: '步骤功能包大小（gzip，仅在识别出步骤的页面加载）/ step bundle, gzip, loaded on recognised steps only',
    unit: 'kB',
    runs: 1,
    measure: async () => ({ value: gzipKb('.output/chrome-mv3/step-features.js') }),
  },
];

export default benches;
