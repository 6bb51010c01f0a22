/**
 * npm run bench: every tests/bench/*.bench.ts in the real Chromium with the
 * built extension, medians of several runs, each figure beside its target and
 * (where it has one) its ratio to a bare baseline measured in the same run.
 * Writes bench-results/latest.json as well as printing the table.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_EXTENSION_DIR, launchWithExtension, platformUrl } from '../support/launch';
import { startSite } from '../site/server.mjs';
import type { Bench, Sample } from './types';

const only = process.argv[2];
const files = readdirSync('tests/bench')
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const benches: Bench[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(path.resolve('tests/bench', file)).href)) as { default: Bench[] };
  benches.push(...module.default);
}

const site = await startSite({ port: 0 });
// The bench build: production code plus the photo tool's timing hook (sizes are read from the production build).
const launched = await launchWithExtension({ sitePort: site.port, extensionDir: BENCH_EXTENSION_DIR });
const env = { context: launched.context, url: platformUrl };

interface Row {
  name: string;
  unit: string;
  median: number;
  baseline?: number;
  ratio?: number;
  target?: number;
  ok: boolean;
  runs: number;
}
const rows: Row[] = [];
try {
  for (const bench of benches) {
    const samples: Sample[] = [];
    for (let i = 0; i < bench.runs; i++) {
      const got = await bench.measure(env);
      samples.push(...(Array.isArray(got) ? got : [got]));
    }
    const value = median(samples.map((s) => s.value));
    const baselines = samples.flatMap((s) => (s.baseline === undefined ? [] : [s.baseline]));
    const baseline = baselines.length ? median(baselines) : undefined;
    const row: Row = {
      name: bench.name,
      unit: bench.unit,
      median: value,
      baseline,
      ratio: baseline ? value / baseline : undefined,
      target: bench.target,
      ok: bench.target === undefined || value <= bench.target,
      runs: samples.length,
    };
    rows.push(row);
    console.log(
      `${row.ok ? 'ok  ' : 'OVER'} ${bench.name}: ${fmt(value)} ${bench.unit}${bench.target === undefined ? '' : ` (target ≤ ${bench.target})`}`,
    );
  }
} finally {
  await launched.context.close();
  await site.close();
}

console.log('\n| benchmark | median | target | baseline | ratio | samples |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${fmt(r.median)} ${r.unit} | ${r.target === undefined ? '—' : `≤ ${r.target} ${r.unit}`} | ${r.baseline === undefined ? '—' : `${fmt(r.baseline)} ${r.unit}`} | ${r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.runs} |`,
  );
}
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
console.log(`\nmachine: ${machine}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
