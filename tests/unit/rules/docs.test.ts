import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../lib/rules';
import { renderRulesDoc } from '../../../lib/rules/doc';

describe('docs/rules.md', () => {
  it('is up to date (run npm run docs)', () => {
    const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed === renderRulesDoc(), 'docs/rules.md differs from the rules: run npm run docs').toBe(true);
  });

  it('lists every rule and each message template', () => {
    const doc = renderRulesDoc();
    for (const { meta } of ALL_RULES) {
      expect(doc).toContain(`| \`${meta.id}\` | ${meta.level} | ${meta.guide} | ${meta.family} |`);
      for (const text of Object.values(meta.messages)) expect(doc).toContain(text.zh.replace(/\|/gu, '\\|'));
    }
  });
});
