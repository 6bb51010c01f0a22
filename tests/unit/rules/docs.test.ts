import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, getPlan, listPlans } from '../../../lib/rules';
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

  it('prints no plan’s year-dependent values above the table of plans', () => {
    const doc = renderRulesDoc();
    const rulesPart = doc.slice(0, doc.indexOf('## Plans'));
    expect(rulesPart.length).toBeGreaterThan(1000);
    for (const plan of listPlans()) {
      const values = [plan.workYearsCutoff, plan.paperDeadline, ...(plan.assessmentYears ?? []).map(String)].filter((v) => v !== undefined);
      expect(values.length, plan.id).toBeGreaterThan(0);
      for (const value of values) expect(rulesPart, `${plan.id}: ${value}`).not.toContain(value);
    }
  });

  it('every placeholder in a rule’s description is a plan parameter the table of plans lists', () => {
    const doc = renderRulesDoc();
    const planTable = doc.slice(doc.indexOf('## Plans'));
    const used = new Set(
      ALL_RULES.flatMap(({ meta }) => [...`${meta.docs.zh} ${meta.docs.en}`.matchAll(/\{([\w.]+)\}/gu)].map((m) => m[1])),
    );
    expect([...used]).toEqual(
      expect.arrayContaining(['workYearsCutoff', 'assessmentYears', 'paperDeadline', 'reportLimit', 'achievementsHint', 'photo.minWidth']),
    );
    for (const name of used) expect(planTable, name).toContain(`\`{${name}}\``);
  });
});
