/** 选择相关业绩 (二.4) and the approval of 我的业绩档案 (一.1). */
import { defineRule } from './define';
import type { AchievementsInput, Finding, ReminderInput, SelectedAchievement } from './types';

export const achievementRequired = defineRule(
  {
    id: 'achievement.required',
    level: 'error',
    family: 'achievement',
    scope: 'guide',
    input: 'achievements',
    required: true,
    guide: '二.4',
    docs: { zh: '未选择任何业绩。', en: 'No achievement is selected.' },
    messages: {
      none: {
        zh: '未选择业绩：需从个人业绩档案库中提取能突出专业代表性的业绩材料（当前 0 项）',
        en: 'No achievement selected: pick the achievements from your archive that best represent your specialty (0 selected)',
      },
    },
  },
  (input: AchievementsInput, _plan, say) =>
    input.selected !== undefined && input.selected.length === 0 ? [say('none', { target: 'achievements' })] : [],
);

export const achievementCount = defineRule(
  {
    id: 'achievement.count',
    level: 'warn',
    family: 'achievement',
    scope: 'guide',
    input: 'achievements',
    guide: '二.4',
    docs: {
      zh: '所选业绩多于计划建议的数量（{achievementsHint} 项）：业绩材料要求突出专业代表性，不宜过多过杂。建议数未知时不检查。',
      en: 'More achievements are selected than the plan suggests ({achievementsHint}): they should be representative, not many and mixed. Silent when the plan suggests no number.',
    },
    messages: {
      tooMany: {
        zh: '已选择 {count} 项业绩，建议不超过 {hint} 项：业绩材料要求突出专业代表性，不宜过多过杂',
        en: '{count} achievements selected; at most {hint} is advised: they should be representative, not many and mixed',
      },
    },
  },
  (input: AchievementsInput, plan, say) => {
    const count = input.selected?.length ?? 0;
    const hint = plan.achievementsHint;
    if (hint === undefined || count <= hint) return [];
    return [say('tooMany', { data: { count, hint }, target: 'achievements' })];
  },
);

/** Why a selected achievement is a team work, in both languages; empty when it is not. */
function collectiveReasons(item: SelectedAchievement): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  if (item.collective === true) {
    zh.push('标注为集体项目');
    en.push('marked as a team project');
  }
  if (item.authors !== undefined && item.authors > 1) {
    zh.push(`共 ${item.authors} 位作者/完成人`);
    en.push(`${item.authors} authors`);
  }
  if (item.rank !== undefined && item.rank > 1) {
    zh.push(`本人排名第 ${item.rank}`);
    en.push(`you are ranked ${item.rank}`);
  }
  return { zh, en };
}

export const achievementCollective = defineRule(
  {
    id: 'achievement.collective',
    level: 'warn',
    family: 'achievement',
    scope: 'guide',
    input: 'achievements',
    guide: '二.4',
    docs: {
      zh: '每个所选的集体项目（标注为集体、多于一位作者或本人排名非第一）都需提供本人系主要贡献者的依据，无论排名。',
      en: 'Every selected team project (marked collective, more than one author, or the applicant not ranked first) needs proof that the applicant is a main contributor, whatever the rank.',
    },
    messages: {
      needsProof: {
        zh: '“{title}”是集体项目（{why}）：需提供本人系主要贡献者的依据',
        en: '"{title}" is a team project ({whyEn}): provide proof that you are a main contributor',
      },
    },
  },
  (input: AchievementsInput, _plan, say) => {
    const findings: Finding[] = [];
    for (const item of input.selected ?? []) {
      const why = collectiveReasons(item);
      if (why.zh.length === 0) continue;
      const data = { title: item.title.trim() || '（未命名业绩）', why: why.zh.join('，'), whyEn: why.en.join(', ') };
      findings.push(say('needsProof', { data, target: 'achievements' }));
    }
    return findings;
  },
);

export const archiveApproved = defineRule(
  {
    id: 'archive.approved',
    level: 'info',
    family: 'achievement',
    scope: 'platform',
    input: 'reminder',
    steps: ['archive', 'achievements'],
    guide: '一.1',
    docs: {
      zh: '提醒：“我的业绩档案”保存后须经用人单位审查通过，才能在申报时提取。',
      en: 'Reminder: a saved achievement archive can be picked in the declaration only after the employer approved it.',
    },
    messages: {
      remind: {
        zh: '“我的业绩档案”保存后须经用人单位审查通过才能在申报时提取；找不到某项业绩时，请确认已保存并已通过单位审核',
        en: 'Saved achievements can be picked only after your employer approved them; if one is missing, check it was saved and approved',
      },
    },
  },
  (_input: ReminderInput, _plan, say) => [say('remind', { target: 'achievements' })],
);

export const ACHIEVEMENT_RULES = [achievementRequired, achievementCount, achievementCollective, archiveApproved] as const;
