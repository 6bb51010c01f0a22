/**
 * lib/features/ holds one feature per file: every file is registered in
 * lib/features/index.ts under its own name (its id), and its header says
 * the steps it serves and a replica page where it can be seen.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FEATURES, makeFeatures } from '../../../lib/features';
import { STEPS } from '../../../lib/steps';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const FEATURE_DIR = join(ROOT, 'lib/features');
const files = readdirSync(FEATURE_DIR)
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.replace(/\.ts$/, ''));

/** The file's first doc comment, without the leading stars. */
function header(name: string): string {
  const source = readFileSync(join(FEATURE_DIR, `${name}.ts`), 'utf8');
  const comment = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  return comment.replace(/^\s*\* ?/gm, '');
}

describe('lib/features', () => {
  it('registers every file under its own name, and nothing else', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(FEATURES.map((feature) => feature.id).sort()).toEqual([...files].sort());
    expect(new Set(FEATURES.map((feature) => feature.id)).size).toBe(FEATURES.length);
  });

  it('gives the same ids with the extension services', () => {
    expect(makeFeatures({ photo: { heicConverter: () => async () => Promise.reject(new Error('unused')) } }).map((f) => f.id)).toEqual(
      FEATURES.map((f) => f.id),
    );
  });

  describe.each(files)('%s.ts', (name) => {
    const feature = FEATURES.find((candidate) => candidate.id === name);

    it('names in its header the steps it serves', () => {
      const line = /^Steps: (.+)\.$/m.exec(header(name))?.[1];
      expect(line, 'a "Steps: …." line').toBeDefined();
      const named = line === 'every step' ? [...STEPS] : (line ?? '').split(/,\s*/);
      expect(new Set(named)).toEqual(new Set(feature?.steps));
    });

    it('names in its header a replica page where it can be seen', () => {
      const path = /^Replica: (tests\/site\/public\/\S+)$/m.exec(header(name))?.[1];
      expect(path, 'a "Replica: tests/site/public/…" line').toBeDefined();
      expect(existsSync(join(ROOT, path ?? 'missing'))).toBe(true);
    });
  });
});
