import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, ruleById } from '../../../lib/rules';
import { placeholdersOf } from '../../../lib/rules/helpers/text';
import { isMeaning } from '../../../lib/meanings';
import { RULES_MD } from './fixtures/rule-ids';

describe('the rule catalogue', () => {
  it('has exactly the ids of RULES.md, in its order', () => {
    expect(ALL_RULES.map((rule) => rule.meta.id)).toEqual(RULES_MD.map(([id]) => id));
  });

  it.each(RULES_MD)('%s has level %s', (id, level) => {
    expect(ruleById(id)?.meta.level).toBe(level);
  });

  it('finds rules by id and nothing else', () => {
    expect(ruleById('photo.ratio')?.meta.family).toBe('photo');
    expect(ruleById('photo.nope')).toBeUndefined();
  });
});

describe.each(ALL_RULES.map((rule) => [rule.meta.id, rule.meta] as const))('%s metadata', (_id, meta) => {
  it('names a guide section and documents itself in both languages', () => {
    expect(meta.guide).toMatch(/^[一二三]\.\d+(\(\d+\))?$/u);
    expect(meta.docs.zh.trim()).not.toBe('');
    expect(meta.docs.en.trim()).not.toBe('');
    expect(meta.docs.zh).toMatch(/[\u4e00-\u9fff]/u);
  });

  it('has messages whose two languages use the same placeholders', () => {
    const entries = Object.entries(meta.messages);
    expect(entries.length).toBeGreaterThan(0);
    for (const [, text] of entries) {
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/u);
      const zh = placeholdersOf(text.zh).map((name) => name.replace(/En$/u, ''));
      const en = placeholdersOf(text.en).map((name) => name.replace(/En$/u, ''));
      expect(new Set(en)).toEqual(new Set(zh));
    }
  });

  it('belongs to the family its id says', () => {
    const prefix = meta.id.split('.')[0];
    const family: Record<string, string> = {
      report: 'declaration', office: 'declaration', type: 'declaration', major: 'declaration',
      worktime: 'declaration', assessment: 'declaration', archive: 'achievement',
      payment: 'submit', paper: 'submit',
    };
    expect(meta.family).toBe(family[prefix as string] ?? prefix);
  });
});

describe('lib/rules is pure', () => {
  const root = fileURLToPath(new URL('../../../lib/rules/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });

  it.each(files(root).map((path) => [path.slice(root.length)]))('%s uses no browser globals and no clock', (name) => {
    const code = readFileSync(join(root, name), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//gu, '')
      .replace(/\/\/.*$/gmu, '');
    expect(code).not.toMatch(
      /\b(window|document|navigator|chrome|browser|localStorage|sessionStorage|indexedDB|location)\s*[.[]|\bfetch\s*\(|\bXMLHttpRequest\b|\bDate\.now\b|\bnew Date\b/u,
    );
  });
});

describe('targets are field meanings or known places', () => {
  it('the slot table maps to meanings', async () => {
    const { SLOT_TARGETS } = await import('../../../lib/rules');
    for (const meaning of Object.values(SLOT_TARGETS)) expect(isMeaning(meaning)).toBe(true);
  });
});
