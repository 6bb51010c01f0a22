/**
 * npm run fuzz [runs]: every fuzz target with 100 000 inputs (or the number
 * given), in forked workers with the garbage collector exposed so heap
 * growth is measured; failing inputs become seeds (tests/fuzz/seeds/); the
 * figures go to fuzz-results/ and are printed as a table.
 *
 * The label reader runs on happy-dom, which keeps every page it ever built
 * (about 0.2 MB each, with or without our code: measured by building and
 * dropping pages alone). So that target runs in chunks of LABEL_CHUNK inputs,
 * each in a fresh process with its own fast-check seed, and its heap growth
 * is the largest of one chunk.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FuzzReport } from './harness';

const runs = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 100_000);
const LABEL_CHUNK = 5000;
const outDir = path.resolve('fuzz-results');
rmSync(outDir, { recursive: true, force: true });
const baseEnv = {
  ...process.env,
  FUZZ_SAVE: '1',
  FUZZ_REPORT_DIR: outDir,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim(),
};

function vitest(files: string[], env: Record<string, string>): number {
  const result = spawnSync('npx', ['vitest', 'run', ...files, '--pool=forks', '--testTimeout=0', '--maxWorkers=2'], {
    stdio: 'inherit',
    env: { ...baseEnv, ...env },
  });
  return result.status ?? 1;
}

let status = vitest(['tests/fuzz/bytes.fuzz.test.ts', 'tests/fuzz/import.fuzz.test.ts'], { FUZZ_RUNS: String(runs) });
const chunks = Math.max(1, Math.ceil(runs / LABEL_CHUNK));
for (let chunk = 0; chunk < chunks && status === 0; chunk++) {
  const size = Math.min(LABEL_CHUNK, runs - chunk * LABEL_CHUNK);
  status = vitest(['tests/fuzz/labels.fuzz.test.ts'], {
    FUZZ_RUNS: String(size),
    FUZZ_SEED: String(1000 + chunk),
    FUZZ_CHUNK: String(chunk),
  });
}

const files = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.json')) : [];
const byTarget = new Map<string, FuzzReport & { chunks: number }>();
for (const file of files) {
  const r = JSON.parse(readFileSync(path.join(outDir, file), 'utf8')) as FuzzReport;
  const known = byTarget.get(r.target);
  if (!known) byTarget.set(r.target, { ...r, chunks: 1 });
  else {
    known.inputs += r.inputs;
    known.totalMs += r.totalMs;
    known.maxInputMs = Math.max(known.maxInputMs, r.maxInputMs);
    known.rechecked += r.rechecked;
    known.heapGrowthMb = Math.max(known.heapGrowthMb, r.heapGrowthMb);
    known.chunks++;
  }
}
console.log('\n| target | inputs | seeds | time | max per input | rechecked | heap growth |');
console.log('|---|---|---|---|---|---|---|');
for (const r of [...byTarget.values()].sort((a, b) => a.target.localeCompare(b.target))) {
  const heap = `${r.heapGrowthMb.toFixed(1)} MB${r.chunks > 1 ? ` (largest of ${r.chunks} chunks)` : ''}`;
  console.log(
    `| ${r.target} | ${r.inputs.toLocaleString('en')} | ${r.seeds} | ${(r.totalMs / 1000).toFixed(1)} s | ${r.maxInputMs.toFixed(1)} ms | ${r.rechecked} | ${heap} |`,
  );
}
console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
process.exit(status);
