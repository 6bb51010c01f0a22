import type { BrowserContext } from '@playwright/test';

export interface BenchEnv {
  context: BrowserContext;
  /** The platform URL of a replica path (real host name, mapped to the local server). */
  url(path: string): string;
}

export interface Sample {
  value: number;
  /** The same work done bare in the same run, for a ratio (machine-independent). */
  baseline?: number;
}

export interface Bench {
  name: string;
  unit: 'ms' | 'kB';
  /** The target, e.g. 10 for "≤ 10 ms"; absent for a figure reported for information. */
  target?: number;
  runs: number;
  /** One sample; the runner takes the median over `runs`. Several per call are allowed. */
  measure(env: BenchEnv): Promise<Sample | Sample[]>;
}
