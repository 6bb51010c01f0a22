/**
 * Table-driven rule tests in the manner of ESLint's RuleTester: `valid`
 * inputs give no finding of the rule, each `invalid` input gives exactly the
 * listed findings (count and order), compared by message id and data, never
 * by text. The message texts themselves are checked in messages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { getPlan } from '../../../lib/rules';
import type { Finding, Level, Plan, Rule, Target } from '../../../lib/rules/types';

export interface ExpectedFinding {
  messageId: string;
  /** Compared exactly when given. */
  data?: Record<string, string | number>;
  /** Defaults to the rule's own level. */
  level?: Level;
  /** Compared when the key is present: `suggestion: undefined` asserts there is none. */
  target?: Target;
  suggestion?: string;
  path?: string;
}

export interface ValidCase<I> {
  input: I;
  /** Defaults to the tester's plan. */
  plan?: Plan;
  /** The test's name; defaults to the input, shortened. */
  name?: string;
}

export interface InvalidCase<I> extends ValidCase<I> {
  findings: readonly ExpectedFinding[];
}

export interface RuleCases<I> {
  /** The plan of cases that name none: the guide's 2024 plan unless given. */
  plan?: Plan;
  valid: ReadonlyArray<ValidCase<I>>;
  invalid: ReadonlyArray<InvalidCase<I>>;
}

const UNDEFINED = '(undefined)';

/** An input as a short, readable test name: long strings abbreviated. */
export function nameOf(value: unknown): string {
  const shorten = (_key: string, v: unknown): unknown => {
    if (v === undefined) return UNDEFINED; // JSON would drop the key; the name should show it
    return typeof v === 'string' && v.length > 24 ? `${v.slice(0, 12)}…(${v.length})` : v;
  };
  const text = JSON.stringify(value, shorten).replaceAll(`"${UNDEFINED}"`, 'undefined');
  return text.length > 110 ? `${text.slice(0, 110)}…` : text;
}

/** What every finding of a rule has, whatever the case: its id, filled texts, the required flag of its meta. */
function expectWellFormed(rule: Rule<never>, finding: Finding): void {
  expect(finding.ruleId).toBe(rule.meta.id);
  expect(Object.keys(rule.meta.messages)).toContain(finding.messageId);
  expect(finding.message, 'unfilled placeholder').not.toMatch(/\{\w+\}/u);
  expect(finding.messageEn, 'unfilled placeholder').not.toMatch(/\{\w+\}/u);
  expect(finding.required).toBe(rule.meta.required);
}

function expectFinding(rule: Rule<never>, actual: Finding, expected: ExpectedFinding): void {
  expectWellFormed(rule, actual);
  expect(actual.messageId).toBe(expected.messageId);
  expect(actual.level).toBe(expected.level ?? rule.meta.level);
  if (expected.data !== undefined) expect(actual.data).toEqual(expected.data);
  for (const key of ['target', 'suggestion', 'path'] as const) {
    if (key in expected) expect(actual[key], key).toBe(expected[key]);
  }
}

/** Exactly the expected findings of the rule, in order. */
export function expectFindings(rule: Rule<never>, findings: readonly Finding[], expected: readonly ExpectedFinding[]): void {
  expect(findings.map((f) => f.messageId)).toEqual(expected.map((f) => f.messageId));
  findings.forEach((finding, i) => expectFinding(rule, finding, expected[i] as ExpectedFinding));
}

/** One `it` per case, in a `describe` named after the rule. */
export function ruleTester<I>(rule: Rule<I>, cases: RuleCases<I>): void {
  const defaultPlan = cases.plan ?? getPlan('hz-manufacturing-engineer-2024');
  const check = (input: I, plan: Plan | undefined): Finding[] => rule.check(input, plan ?? defaultPlan);
  const anyRule = rule as unknown as Rule<never>;
  describe(rule.meta.id, () => {
    cases.valid.forEach((item, index) => {
      it(`valid #${index + 1}: ${item.name ?? nameOf(item.input)}`, () => {
        expect(check(item.input, item.plan)).toEqual([]);
      });
    });
    cases.invalid.forEach((item, index) => {
      const ids = item.findings.map((f) => f.messageId).join(', ');
      it(`invalid #${index + 1}: ${item.name ?? nameOf(item.input)} → ${ids}`, () => {
        expectFindings(anyRule, check(item.input, item.plan), item.findings);
      });
    });
  });
}
