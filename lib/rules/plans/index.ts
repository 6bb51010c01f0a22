import { normalizeChoice } from '../helpers/text';
import { HZ_MANUFACTURING_ENGINEER_2024 } from './hz-manufacturing-engineer-2024';
import { HZ_MANUFACTURING_ENGINEER_2025 } from './hz-manufacturing-engineer-2025';
import type { Plan } from './types';

export type { Plan, PhotoLimits, PhotoFix } from './types';

/** Every plan the assistant knows, by id. */
export const PLANS: Readonly<Record<string, Plan>> = {
  [HZ_MANUFACTURING_ENGINEER_2024.id]: HZ_MANUFACTURING_ENGINEER_2024,
  [HZ_MANUFACTURING_ENGINEER_2025.id]: HZ_MANUFACTURING_ENGINEER_2025,
};

/** The plan of the guide the rules were written from. */
export const DEFAULT_PLAN_ID = HZ_MANUFACTURING_ENGINEER_2024.id;

/** The plan with this id; the default plan when the id is absent or unknown. */
export function getPlan(id?: string): Plan {
  const found = id === undefined ? undefined : PLANS[id];
  return found ?? (PLANS[DEFAULT_PLAN_ID] as Plan);
}

/** All plans, newest year first. */
export function listPlans(): Plan[] {
  return Object.values(PLANS).sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
}

/**
 * The plan whose name appears in a page's text (the plan page and the wizard
 * show it), ignoring spaces and full/half-width differences.
 */
export function findPlanByName(pageText: string): Plan | undefined {
  const haystack = normalizeChoice(pageText);
  return listPlans().find((plan) => haystack.includes(normalizeChoice(plan.name)));
}
