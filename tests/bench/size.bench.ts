/** The content script's size as shipped, gzip-compressed (what the target counts). */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Bench } from './types';

const benches: Bench[] = [
  {
    name: '内容脚本大小（gzip）/ content script size, gzip',
    unit: 'kB', target: 40, runs: 1,
    measure: async () => {
      const bytes = readFileSync('.output/chrome-mv3/content-scripts/content.js');
      return { value: gzipSync(bytes, { level: 9 }).length / 1024 };
    },
  },
];

export default benches;
