import { describe, expect, it } from 'vitest';
import { checkAchievements, getPlan } from '../../../lib/rules';
import type { SelectedAchievement } from '../../../lib/rules/types';
import { expectFilled, summary } from './support';

const plan = getPlan();
const solo = (title: string): SelectedAchievement => ({ title, collective: false, authors: 1, rank: 1 });

function check(selected: SelectedAchievement[] | undefined, p = plan) {
  const findings = checkAchievements({ selected }, p);
  expectFilled(findings);
  for (const finding of findings) expect(finding.target).toBe('achievements');
  return findings;
}

describe('achievement.required and achievement.count', () => {
  it.each([
    [undefined, []],
    [[], ['achievement.required:error']],
    [[solo('a')], []],
    [Array.from({ length: 5 }, (_, i) => solo(`a${i}`)), []],
    [Array.from({ length: 6 }, (_, i) => solo(`a${i}`)), ['achievement.count:warn']],
  ])('%#', (selected, expected) => {
    expect(summary(check(selected))).toEqual(expected);
  });

  it('names the count and the hint', () => {
    const [finding] = check(Array.from({ length: 7 }, (_, i) => solo(`a${i}`)));
    expect(finding!.message).toBe('已选择 7 项业绩，建议不超过 5 项：业绩材料要求突出专业代表性，不宜过多过杂');
  });

  it('follows the plan’s hint', () => {
    expect(check([solo('a'), solo('b'), solo('c')], { ...plan, achievementsHint: 2 }).map((f) => f.ruleId)).toEqual(['achievement.count']);
  });
});

describe('achievement.collective', () => {
  it.each([
    [{ title: '独立论文' }, []],
    [{ title: '独立论文', authors: 1, rank: 1, collective: false }, []],
    [{ title: '团队项目', collective: true }, ['achievement.collective:warn'], '“团队项目”是集体项目（标注为集体项目）：需提供本人系主要贡献者的依据'],
    [{ title: '合著论文', authors: 3, rank: 1 }, ['achievement.collective:warn'], '“合著论文”是集体项目（共 3 位作者/完成人）：需提供本人系主要贡献者的依据'],
    [{ title: '第二完成人', rank: 2 }, ['achievement.collective:warn'], '“第二完成人”是集体项目（本人排名第 2）：需提供本人系主要贡献者的依据'],
    [
      { title: '省重点项目', collective: true, authors: 8, rank: 3 },
      ['achievement.collective:warn'],
      '“省重点项目”是集体项目（标注为集体项目，共 8 位作者/完成人，本人排名第 3）：需提供本人系主要贡献者的依据',
    ],
    [{ title: '  ', collective: true }, ['achievement.collective:warn'], '“（未命名业绩）”是集体项目（标注为集体项目）：需提供本人系主要贡献者的依据'],
  ])('%j', (item, expected, message?: string) => {
    const findings = check([item]);
    expect(summary(findings)).toEqual(expected);
    if (message) expect(findings[0]!.message).toBe(message);
  });

  it('reports each collective item once, whatever the rank', () => {
    const findings = check([{ title: 'a', collective: true, rank: 1 }, solo('b'), { title: 'c', authors: 2 }]);
    expect(findings.map((f) => f.data?.title)).toEqual(['a', 'c']);
  });
});
