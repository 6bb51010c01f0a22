/**
 * The fuzz harness: runs one target over fast-check inputs, checking that no
 * exception escapes, that no single input takes over a second (an input over
 * it is timed once more, so a garbage-collection pause on a busy machine is
 * told apart from a slow input; it is kept as a seed either way), and that
 * the heap stays bounded. Inputs that ever failed are kept as regression seeds
 * (tests/fuzz/seeds/<target>.json) and run first, every time.
 *
 *   FUZZ_RUNS      inputs per target (npm run fuzz: 100 000; CI, inside the unit run: a few hundred)
 *   FUZZ_SEED      fast-check seed, to replay a run
 *   FUZZ_SAVE=1    write a failing input into the seed file (npm run fuzz sets it)
 *   FUZZ_REPORT_DIR  write each target's figures there as JSON (npm run fuzz: fuzz-results/)
 *   FUZZ_CHUNK     a chunk number: the run is one of several processes for one target (see run.ts)
 */
import fc from 'fast-check';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
export const MAX_INPUT_MS = 1000;
/**
 * Heap growth allowed over one run (inputs are small; a leak of ours grows
 * without bound). happy-dom keeps the pages it built, ~0.2 MB each: the label
 * target runs in chunks (run.ts) and is allowed that much per input.
 */
export const MAX_HEAP_GROWTH_MB = 256;
export const DOM_RETAINED_MB_PER_INPUT = 0.3;

const SEEDS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'seeds');

/** How an input is written to and read from a seed file (JSON). */
export interface SeedCodec<T> {
  encode(input: T): unknown;
  decode(stored: unknown): T;
}

export const bytesCodec: SeedCodec<Uint8Array> = {
  encode: (bytes) => Buffer.from(bytes).toString('base64'),
  decode: (stored) => new Uint8Array(Buffer.from(String(stored), 'base64')),
};

export const jsonCodec = <T>(): SeedCodec<T> => ({ encode: (input) => input, decode: (stored) => stored as T });

export interface FuzzReport {
  target: string;
  inputs: number;
  seeds: number;
  totalMs: number;
  /** The slowest input (after a recheck, see below). */
  maxInputMs: number;
  /** Inputs over the limit on the first try and timed again (each is kept as a seed). */
  rechecked: number;
  heapGrowthMb: number;
}

const reports: FuzzReport[] = [];

/** Every report of this process (the fuzz command prints them). */
export function fuzzReports(): readonly FuzzReport[] {
  return reports;
}

function seedFile(target: string): string {
  return path.join(SEEDS_DIR, `${target}.json`);
}

export function loadSeeds<T>(target: string, codec: SeedCodec<T>): T[] {
  const file = seedFile(target);
  if (!existsSync(file)) return [];
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { inputs: unknown[] };
  return stored.inputs.map((input) => codec.decode(input));
}

function saveSeed<T>(target: string, codec: SeedCodec<T>, input: T): void {
  if (process.env.FUZZ_SAVE !== '1') return;
  mkdirSync(SEEDS_DIR, { recursive: true });
  const file = seedFile(target);
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { inputs: unknown[] }) : { inputs: [] };
  stored.inputs.push(codec.encode(input));
  writeFileSync(file, `${JSON.stringify(stored, null, 1)}\n`);
}

/**
 * Runs `run` on every seed, then on RUNS generated inputs. A throw, or an
 * input over MAX_INPUT_MS, fails (and the input becomes a seed); the report
 * gives the figures.
 */
export function fuzz<T>(
  target: string,
  arbitrary: fc.Arbitrary<T>,
  codec: SeedCodec<T>,
  run: (input: T) => void,
  options: { retainedMbPerInput?: number } = {},
): FuzzReport {
  const seeds = loadSeeds(target, codec);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let maxInputMs = 0;
  let inputs = 0;
  let rechecked = 0;
  const started = performance.now();
  const once = (input: T): void => {
    const t0 = performance.now();
    try {
      run(input);
    } catch (error) {
      saveSeed(target, codec, input);
      throw error;
    }
    let ms = performance.now() - t0;
    inputs++;
    if (ms > MAX_INPUT_MS) {
      // Once more: a garbage-collection pause or a busy machine does not repeat; a slow input does.
      saveSeed(target, codec, input);
      rechecked++;
      const t1 = performance.now();
      run(input);
      ms = performance.now() - t1;
      if (ms > MAX_INPUT_MS) throw new Error(`${target}: one input took ${ms.toFixed(0)} ms twice (limit ${MAX_INPUT_MS} ms)`);
    }
    if (ms > maxInputMs) maxInputMs = ms;
  };
  for (const seed of seeds) once(seed);
  const seedOption = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };
  fc.assert(
    fc.property(arbitrary, (input) => once(input)),
    { numRuns: RUNS, endOnFailure: true, ...seedOption },
  );
  gc?.();
  const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const report: FuzzReport = {
    target,
    inputs,
    seeds: seeds.length,
    totalMs: performance.now() - started,
    maxInputMs,
    rechecked,
    heapGrowthMb,
  };
  reports.push(report);
  const dir = process.env.FUZZ_REPORT_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    const chunk = process.env.FUZZ_CHUNK === undefined ? '' : `.${process.env.FUZZ_CHUNK}`;
    writeFileSync(path.join(dir, `${target}${chunk}.json`), `${JSON.stringify({ ...report, date: new Date().toISOString() }, null, 2)}\n`);
  }
  const allowed = MAX_HEAP_GROWTH_MB + (options.retainedMbPerInput ?? 0) * inputs;
  if (heapGrowthMb > allowed)
    throw new Error(`${target}: the heap grew by ${heapGrowthMb.toFixed(0)} MB over the run (allowed ${allowed.toFixed(0)} MB)`);
  return report;
}

// ---------------------------------------------------------------- mutation

/** Applies 1–8 random edits to the bytes: flips, overwrites, inserts, deletes, splices, truncation. */
export function mutatedBytes(bases: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
    fc.record({
      kind: fc.constant('set' as const),
      at: fc.nat(),
      value: fc.constantFrom(0x00, 0xff, 0xd8, 0xd9, 0xe1, 0xc0, 0xda, 0x7f, 0x80, 0x01),
    }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('repeat' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 256 }),
      times: fc.integer({ min: 2, max: 20 }),
    }),
  );
  return fc.tuple(fc.constantFrom(...bases), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([base, edits]) => {
    let bytes = Array.from(base);
    for (const e of edits) {
      const at = bytes.length === 0 ? 0 : e.at % bytes.length;
      if (e.kind === 'flip') bytes[at] = (bytes[at] ?? 0) ^ (1 << e.bit);
      else if (e.kind === 'set') bytes[at] = e.value;
      else if (e.kind === 'insert') bytes.splice(at, 0, ...e.bytes);
      else if (e.kind === 'delete') bytes.splice(at, e.length);
      else if (e.kind === 'truncate') bytes = bytes.slice(0, at);
      else bytes.splice(at, 0, ...Array.from({ length: e.times }, () => bytes.slice(at, at + e.length)).flat());
    }
    return new Uint8Array(bytes);
  });
}

/** Mutated bases, and now and then wholly random bytes. */
export function fuzzBytes(bases: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc.oneof({ arbitrary: mutatedBytes(bases), weight: 9 }, { arbitrary: fc.uint8Array({ maxLength: 4096 }), weight: 1 });
}
