import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, getPlan } from '../../../lib/rules';
import { renderRulesDoc } from '../../../lib/rules/doc';

describe('docs/rules.md', () => {
  it('is up to date (run npm run docs)', () => {
    const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed === renderRulesDoc(), 'docs/rules.md differs from the rules: run npm run docs').toBe(true);
  });

  it('lists every rule and each message template', () => {
    const doc = renderRulesDoc();
    for (const { meta } of ALL_RULES) {
      expect(doc).toContain(`| \`${meta.id}\` | ${meta.level} | ${meta.scope} | ${meta.guide} | ${meta.family} |`);
      for (const text of Object.values(meta.messages)) expect(doc).toContain(text.zh.replace(/\|/gu, '\\|'));
    }
  });

  it('names year-dependent plan parameters as placeholders, never the guide plan’s values', () => {
    const plan = getPlan();
    const values = [plan.workYearsCutoff, plan.paperDeadline, ...(plan.assessmentYears ?? []).map(String)] as string[];
    for (const { meta } of ALL_RULES) {
      for (const text of [meta.docs.zh, meta.docs.en, ...Object.values(meta.messages).flatMap((m) => [m.zh, m.en])]) {
        for (const value of values) expect(text, meta.id).not.toContain(value);
      }
    }
  });
});
