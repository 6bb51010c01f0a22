/**
 * npm run fuzz [runs]: every fuzz target with 100 000 inputs (or the number
 * given), in forked workers with the garbage collector exposed so heap
 * growth is measured; failing inputs become seeds (tests/fuzz/seeds/); the
 * figures go to fuzz-results/ and are printed as a table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FuzzReport } from './harness';

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? '100000';
const outDir = path.resolve('fuzz-results');
rmSync(outDir, { recursive: true, force: true });
const result = spawnSync('npx', ['vitest', 'run', 'tests/fuzz', '--pool=forks', '--testTimeout=0', '--maxWorkers=2'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SAVE: '1', FUZZ_REPORT_DIR: outDir, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() },
});

const reports: FuzzReport[] = existsSync(outDir)
  ? readdirSync(outDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(path.join(outDir, f), 'utf8')) as FuzzReport)
  : [];
console.log('\n| target | inputs | seeds | time | max per input | rechecked | heap growth |');
console.log('|---|---|---|---|---|---|---|');
for (const r of reports.sort((a, b) => a.target.localeCompare(b.target))) {
  console.log(`| ${r.target} | ${r.inputs.toLocaleString('en')} | ${r.seeds} | ${(r.totalMs / 1000).toFixed(1)} s | ${r.maxInputMs.toFixed(1)} ms | ${r.rechecked} | ${r.heapGrowthMb.toFixed(1)} MB |`);
}
console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
process.exit(result.status ?? 1);
