/**
 * Fuzzing profile import (what 导入档案 reads: JSON shape, then the schema and
 * the profile rules): any JSON value, the sample file with parts replaced by
 * random values, deep nesting, and plain random text. parseImport must answer
 * ok or a list of Chinese problems, never throw, within a second each.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../lib/profile/exchange';
import { fuzz, jsonCodec, RUNS } from './harness';

const TIMEOUT = Math.max(60_000, RUNS * 10);
const SAMPLE = JSON.parse(readFileSync('tests/fixtures/profile.sample.json', 'utf8')) as Record<string, unknown>;

/** Every path into the sample file, to replace what is there. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...at, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
  return out;
}
const SAMPLE_PATHS = paths(SAMPLE).filter((p) => p.length > 0);

function replaced(path: readonly (string | number)[], value: unknown): string {
  const copy = structuredClone(SAMPLE);
  let node: Record<string | number, unknown> = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return JSON.stringify(copy);
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom('', '2024-02-30', '19900315', 'X'.repeat(5000), '__proto__', -1, 1e308, null, [], {}, true),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const text = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom(...SAMPLE_PATHS), oddValue).map(([path, value]) => replaced(path, value)), weight: 5 },
  { arbitrary: fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value) ?? 'null'), weight: 2 },
  { arbitrary: fc.json({ maxDepth: 3 }), weight: 1 },
  {
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":')).map(([n, open]) => `${open.repeat(n)}1`),
    weight: 1,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 1 },
  {
    // The sample text cut or with a character changed.
    arbitrary: fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(([at, s]) => {
      const whole = JSON.stringify(SAMPLE);
      const i = at % whole.length;
      return whole.slice(0, i) + s + whole.slice(i + 1);
    }),
    weight: 2,
  },
);

describe('fuzz: profile import', () => {
  it(
    'parseImport answers every text with ok or Chinese problems',
    () => {
      const report = fuzz('import', text, jsonCodec<string>(), (input) => {
        const result = parseImport(input, { today: '2026-11-26' });
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(error.message).toMatch(/[\u4e00-\u9fff]/u);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
      expect(report.inputs).toBeGreaterThanOrEqual(RUNS);
    },
    TIMEOUT,
  );
});
