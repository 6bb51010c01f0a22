import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, ruleById, rulesFor } from '../../../lib/rules';
import type { InputKind } from '../../../lib/rules/types';
import { STEPS } from '../../../lib/steps';
import { isMeaning } from '../../../lib/meanings';
import { RULES_MD } from './fixtures/rule-ids';

describe('the rule catalogue', () => {
  it('has exactly the public rule ids, in their order', () => {
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

  it('has messages (their texts: messages.test.ts)', () => {
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
  });

  it('belongs to the family its id says', () => {
    const prefix = meta.id.split('.')[0];
    const family: Record<string, string> = {
      report: 'declaration',
      office: 'declaration',
      type: 'declaration',
      major: 'declaration',
      worktime: 'declaration',
      assessment: 'declaration',
      archive: 'achievement',
      payment: 'submit',
      paper: 'submit',
    };
    expect(meta.family).toBe(family[prefix as string] ?? prefix);
  });
});

/** Rules about a required field left empty: inline, their hints wait for the applicant's first input. */
const REQUIRED_FIELD_RULES = [
  'report.required',
  'office.required',
  'type.required',
  'major.required',
  'achievement.required',
  'attachment.appointment',
  'attachment.contract',
  'attachment.social',
  'attachment.cpd',
  'attachment.works',
  'attachment.representative',
  'attachment.exceptional',
];

const INPUT_KINDS: readonly InputKind[] = [
  'photo',
  'declaration',
  'achievements',
  'attachments',
  'attachmentFile',
  'submit',
  'profile',
  'reminder',
];

describe('rule meta is what runs where', () => {
  it('marks exactly the required-field rules', () => {
    expect(ALL_RULES.filter((rule) => rule.meta.required).map((rule) => rule.meta.id)).toEqual(REQUIRED_FIELD_RULES);
  });

  it('gives every rule one kind of input, so each entry point runs a part of the catalogue and together all of it', () => {
    const byKind = INPUT_KINDS.map((kind) => rulesFor(kind).map((rule) => rule.meta.id));
    for (const ids of byKind) expect(ids.length).toBeGreaterThan(0);
    expect(byKind.flat().sort()).toEqual(ALL_RULES.map((rule) => rule.meta.id).sort());
  });

  it('runs the rules of a kind in catalogue order', () => {
    expect(rulesFor('achievements').map((rule) => rule.meta.id)).toEqual([
      'achievement.required',
      'achievement.count',
      'achievement.collective',
    ]);
    expect(rulesFor('attachmentFile').map((rule) => rule.meta.id)).toEqual(['attachment.paper', 'attachment.file']);
  });

  it('names steps for reminders, and only for them: info rules on known steps', () => {
    for (const { meta } of ALL_RULES) {
      if (meta.input !== 'reminder') {
        expect(meta.steps, meta.id).toBeUndefined();
        continue;
      }
      expect(meta.level, meta.id).toBe('info');
      expect(meta.steps?.length, meta.id).toBeGreaterThan(0);
      for (const step of meta.steps ?? []) expect(STEPS, meta.id).toContain(step);
    }
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
