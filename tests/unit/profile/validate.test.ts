import { describe, expect, it } from 'vitest';
import { parseRulePath, profileProblems } from '../../../lib/profile/validate';
import { emptyProfile } from '../../../lib/profile/schema';
import { sampleProfile } from './fixtures';

const TODAY = '2026-11-26';

describe('parseRulePath', () => {
  it.each([
    ['basic.idNumber', ['basic', 'idNumber']],
    ['education[0].graduation', ['education', 0, 'graduation']],
    ['history.2.end', ['history', 2, 'end']],
    ['', []],
  ])('%j', (text, parts) => {
    expect(parseRulePath(text)).toEqual(parts);
  });
});

describe('profileProblems (what the editor shows)', () => {
  it('none for the sample and for an empty profile', () => {
    expect(profileProblems(sampleProfile(), TODAY)).toEqual([]);
    expect(profileProblems(emptyProfile('本人'), TODAY)).toEqual([]);
  });

  it('a half-typed date and a wrong mobile are both reported, each at its path', () => {
    const profile = sampleProfile();
    profile.work.workStart = '2012-0';
    profile.basic.mobile = '138';
    const problems = profileProblems(profile, TODAY);
    expect(problems.map((p) => p.path.join('.')).sort()).toEqual(['basic.mobile', 'work.workStart']);
    expect(problems.find((p) => p.path.join('.') === 'basic.mobile')?.ruleId).toBe('profile.mobile');
  });

  it("one message per field: the rule's message replaces the format message at the same path", () => {
    const profile = sampleProfile();
    profile.basic.birthDate = '1990-02-30';
    const problems = profileProblems(profile, TODAY);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.ruleId).toBe('profile.dates');
    expect(problems[0]?.message).toMatch(/出生日期/);
  });

  it('the ID number is checked while another field is half-typed', () => {
    const profile = sampleProfile();
    profile.basic.birthDate = '19';
    profile.basic.idNumber = '33010619900315123';
    const paths = profileProblems(profile, TODAY).map((p) => p.path.join('.'));
    expect(paths).toContain('basic.idNumber');
  });

  it('a value without the profile structure only gets format problems (no rule crash)', () => {
    expect(profileProblems({ id: 1 }, TODAY).length).toBeGreaterThan(0);
  });
});
