/**
 * Which upload slots of 上传相关附件 (二.5) an application type must fill, as
 * data: the guide asks the 聘书 only of 正常申报 (二.5(2)), the 破格 审批表
 * only of 破格申报 (二.5(9)), the 学历 material only where the platform could
 * not fetch the degree (二.5(1)), and everything else of everybody.
 */
import type { Meaning } from '../meanings';
import type { ApplicationType } from '../profile/types';
import { applicationTypeOf } from '../rules/helpers/application-type';
import type { AttachmentSlot, Text } from '../rules/types';
import { SLOT_TARGETS } from '../rules/attachment';

export type SlotNeed = 'required' | 'optional' | 'none' | 'unknown';

/** Slots that only one application type needs. */
const ONLY_FOR: Partial<Record<AttachmentSlot, ApplicationType>> = {
  appointment: '正常申报',
  exceptional: '破格申报',
};

/** Slots nobody is required to fill (a reminder covers them). */
const OPTIONAL: ReadonlySet<AttachmentSlot> = new Set(['education']);

const SLOT_BY_MEANING = new Map<Meaning, AttachmentSlot>(
  (Object.entries(SLOT_TARGETS) as Array<[AttachmentSlot, Meaning]>).map(([slot, meaning]) => [meaning, slot]),
);

/** The slot a field meaning stands for (attContract → contract), if any. */
export function slotOf(meaning: Meaning | undefined): AttachmentSlot | undefined {
  return meaning === undefined ? undefined : SLOT_BY_MEANING.get(meaning);
}

/** Whether this slot must be filled for this application type ('unknown' while the type is unknown and it matters). */
export function slotNeed(slot: AttachmentSlot, applicationType: string | undefined): SlotNeed {
  if (OPTIONAL.has(slot)) return 'optional';
  const only = ONLY_FOR[slot];
  if (only === undefined) return 'required';
  const type = applicationTypeOf(applicationType);
  if (type === undefined) return 'unknown';
  return type === only ? 'required' : 'none';
}

/** The short status shown beside a slot: its need and how many files it holds. */
export function needText(slot: AttachmentSlot, need: SlotNeed, files: number): Text {
  const only = ONLY_FOR[slot] ?? '';
  const held = files > 0 ? { zh: ` · 已上传 ${files} 个文件`, en: ` · ${files} uploaded` } : undefined;
  switch (need) {
    case 'required':
      return held ? { zh: `必传${held.zh}`, en: `Required${held.en}` } : { zh: '必传 · 未上传', en: 'Required · nothing uploaded' };
    case 'optional':
      return {
        zh: `选传 · 省平台无法提取学历学位信息时上传${held?.zh ?? ''}`,
        en: `Optional · upload when the platform cannot fetch your degree${held?.en ?? ''}`,
      };
    case 'none':
      return { zh: `无需上传 · 仅${only}需要${held?.zh ?? ''}`, en: `Not needed · only for ${only}${held?.en ?? ''}` };
    case 'unknown':
      return {
        zh: `${only}必传 · 未识别申报类型${held?.zh ?? ''}`,
        en: `Required for ${only} · application type not known${held?.en ?? ''}`,
      };
  }
}
