import { describe, expect, it } from 'vitest';
import { checkAchievements, getPlan } from '../../../lib/rules';
import { achievementCollective, achievementCount, achievementRequired } from '../../../lib/rules/achievement';
import type { SelectedAchievement } from '../../../lib/rules/types';
import { nameOf, ruleTester } from './rule-tester';

const solo = (title: string): SelectedAchievement => ({ title, collective: false, authors: 1, rank: 1 });
const solos = (count: number): SelectedAchievement[] => Array.from({ length: count }, (_, i) => solo(`a${i}`));
const target = 'achievements' as const;

ruleTester(achievementRequired, {
  valid: [{ input: { selected: undefined } }, { input: { selected: [solo('a')] } }, { input: { selected: solos(6) }, name: '6 selected' }],
  invalid: [{ input: { selected: [] }, findings: [{ messageId: 'none', target }] }],
});

ruleTester(achievementCount, {
  valid: [
    { input: { selected: undefined } },
    { input: { selected: [] } },
    { input: { selected: [solo('a')] } },
    { input: { selected: solos(5) }, name: '5 selected' },
    { input: { selected: solos(2) }, name: '2 selected, the plan suggests 2', plan: { ...getPlan(), achievementsHint: 2 } },
    { input: { selected: solos(9) }, name: '9 selected, the plan suggests no number', plan: { ...getPlan(), achievementsHint: undefined } },
  ],
  invalid: [
    { input: { selected: solos(6) }, name: '6 selected', findings: [{ messageId: 'tooMany', data: { count: 6, hint: 5 }, target }] },
    { input: { selected: solos(7) }, name: '7 selected', findings: [{ messageId: 'tooMany', data: { count: 7, hint: 5 }, target }] },
    {
      input: { selected: solos(3) },
      name: '3 selected, the plan suggests 2',
      plan: { ...getPlan(), achievementsHint: 2 },
      findings: [{ messageId: 'tooMany', data: { count: 3, hint: 2 }, target }],
    },
  ],
});

/** One selected item; the item names the case. */
const one = (item: SelectedAchievement) => ({ input: { selected: [item] }, name: nameOf(item) });
const needsProof = (title: string, why: string, whyEn: string) => ({ messageId: 'needsProof', data: { title, why, whyEn }, target });

ruleTester(achievementCollective, {
  valid: [
    one({ title: '独立论文' }),
    one({ title: '独立论文', authors: 1, rank: 1, collective: false }),
    { input: { selected: undefined } },
  ],
  invalid: [
    { ...one({ title: '团队项目', collective: true }), findings: [needsProof('团队项目', '标注为集体项目', 'marked as a team project')] },
    { ...one({ title: '合著论文', authors: 3, rank: 1 }), findings: [needsProof('合著论文', '共 3 位作者/完成人', '3 authors')] },
    { ...one({ title: '第二完成人', rank: 2 }), findings: [needsProof('第二完成人', '本人排名第 2', 'you are ranked 2')] },
    {
      ...one({ title: '省重点项目', collective: true, authors: 8, rank: 3 }),
      findings: [
        needsProof(
          '省重点项目',
          '标注为集体项目，共 8 位作者/完成人，本人排名第 3',
          'marked as a team project, 8 authors, you are ranked 3',
        ),
      ],
    },
    { ...one({ title: '  ', collective: true }), findings: [needsProof('（未命名业绩）', '标注为集体项目', 'marked as a team project')] },
    {
      name: 'each collective item once, whatever the rank',
      input: { selected: [{ title: 'a', collective: true, rank: 1 }, solo('b'), { title: 'c', authors: 2 }] },
      findings: [needsProof('a', '标注为集体项目', 'marked as a team project'), needsProof('c', '共 2 位作者/完成人', '2 authors')],
    },
  ],
});

describe('选择相关业绩 runs its three rules', () => {
  it('in catalogue order, each finding on the achievements table', () => {
    const selected = [...solos(6), { title: 'x', collective: true }];
    const findings = checkAchievements({ selected }, getPlan());
    expect(findings.map((f) => `${f.ruleId}:${f.messageId}`)).toEqual(['achievement.count:tooMany', 'achievement.collective:needsProof']);
    expect(checkAchievements({ selected: [] }, getPlan()).map((f) => f.ruleId)).toEqual(['achievement.required']);
  });
});
