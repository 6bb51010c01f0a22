/** The four 申报类型 of 二.3(1) and reading them from label texts. */
import type { ApplicationType } from '../../profile/types';
import { normalizeChoice } from './text';

export const APPLICATION_TYPES: readonly ApplicationType[] = ['正常申报', '破格申报', '转（兼）评', '技能人才申报'];

/**
 * The application type a label text names, ignoring width and spaces
 * (转(兼)评 = 转（兼）评) and extra words around it ("正常申报（直接申报人员）").
 */
export function applicationTypeOf(label: string | undefined): ApplicationType | undefined {
  if (label === undefined) return undefined;
  const text = normalizeChoice(label);
  const matches = APPLICATION_TYPES.filter((type) => text.includes(normalizeChoice(type)));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The type when exactly one choice is checked and it names a known type. */
export function chosenApplicationType(labels: readonly string[] | undefined): ApplicationType | undefined {
  if (labels === undefined || labels.length !== 1) return undefined;
  return applicationTypeOf(labels[0]);
}
