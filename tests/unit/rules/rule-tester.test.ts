/** The rule tester must fail on every difference it claims to check. */
import { describe, expect, it } from 'vitest';
import { getPlan } from '../../../lib/rules';
import { reportLength, worktimeCutoff } from '../../../lib/rules/declaration';
import type { Rule } from '../../../lib/rules/types';
import { expectFindings, nameOf, type ExpectedFinding } from './rule-tester';

const plan = getPlan('hz-manufacturing-engineer-2024');
const rule = reportLength as unknown as Rule<never>;
const over = reportLength.check({ selfReport: 'x'.repeat(1001) }, plan);
const OVER: ExpectedFinding = { messageId: 'over', data: { count: 1001, limit: 1000, over: 1 }, target: 'selfReport' };

describe('expectFindings', () => {
  it('passes on the exact findings', () => {
    expect(() => expectFindings(rule, over, [OVER])).not.toThrow();
  });

  it.each<[string, readonly ExpectedFinding[]]>([
    ['another message id', [{ ...OVER, messageId: 'near' }]],
    ['other data', [{ ...OVER, data: { count: 1001, limit: 1000, over: 2 } }]],
    ['data missing a key', [{ ...OVER, data: { count: 1001, limit: 1000 } }]],
    ['another level', [{ ...OVER, level: 'warn' }]],
    ['another target', [{ ...OVER, target: 'office' }]],
    ['a suggestion where there is none', [{ ...OVER, suggestion: '10' }]],
    ['one finding too many', [OVER, OVER]],
    ['no finding', []],
  ])('fails on %s', (_name, expected) => {
    expect(() => expectFindings(rule, over, expected)).toThrow();
  });

  it('fails when a suggestion is expected to be absent but is there', () => {
    const findings = worktimeCutoff.check({ workYears: '12', professionalStart: '2014-07-01' }, plan);
    const expected: ExpectedFinding = { messageId: 'differs', suggestion: undefined };
    expect(() => expectFindings(worktimeCutoff as unknown as Rule<never>, findings, [expected])).toThrow();
    expect(() =>
      expectFindings(worktimeCutoff as unknown as Rule<never>, findings, [{ messageId: 'differs', suggestion: '10' }]),
    ).not.toThrow();
  });

  it('fails on a finding of another rule', () => {
    expect(() => expectFindings(worktimeCutoff as unknown as Rule<never>, over, [OVER])).toThrow();
  });
});

describe('nameOf', () => {
  it('shortens long strings and shows absent values', () => {
    expect(nameOf({ selfReport: 'x'.repeat(1001), office: undefined })).toBe('{"selfReport":"xxxxxxxxxxxx…(1001)","office":undefined}');
  });
});
