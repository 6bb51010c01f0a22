import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_PATCHES, patchModule } from '../../../scripts/harden-bundles';

const require = createRequire(import.meta.url);
const zodCore = path.dirname(require.resolve('zod/v4/core'));
const preactDist = path.dirname(require.resolve('preact'));

/** The installed library files the patches are written for. */
const FILES = [
  path.join(zodCore, 'util.js'),
  path.join(zodCore, 'doc.js'),
  path.join(preactDist, 'preact.module.js'),
  path.join(preactDist, 'preact.mjs'),
];

describe('harden-bundles', () => {
  it.each(FILES)('patches %s and leaves no Function constructor or innerHTML sink', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(BUNDLE_PATCHES.some((patch) => patch.module.test(file))).toBe(true);
    const patched = patchModule(file, code);
    expect(patched).not.toBe(code);
    // (booleans: a failure must not print a whole library)
    expect(/=\s*Function\s*;|\bFunction\s*\(/.test(patched)).toBe(false);
    expect(/\.innerHTML\s*=\s*\w+\.__html/.test(patched)).toBe(false);
  });

  it('fails the build when a library no longer has the text a patch replaces', () => {
    expect(() => patchModule('/x/node_modules/zod/v4/core/util.js', 'export const allowsEval = () => true;')).toThrow(/no longer matches/);
  });

  it('leaves every other module alone', () => {
    expect(patchModule('/x/lib/page/fields.ts', 'el.innerHTML=h.__html')).toBe('el.innerHTML=h.__html');
  });
});
