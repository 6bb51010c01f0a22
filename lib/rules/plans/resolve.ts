/**
 * Which plan the applicant is in, from what the pages show: the plan's name
 * (this page's, else the one remembered for the tab) and the parameters the
 * pages state. A manual choice in the popup wins over both. Pure: the caller
 * reads the pages and the settings.
 */
import { derivePlan, nearestPlan } from './derive';
import { HZ_MANUFACTURING_ENGINEER_2024 } from './hz-manufacturing-engineer-2024';
import { GUIDE_PHOTO_LIMITS } from './photo-limits';
import { PLAN_SERIES, seriesById, seriesOf } from './series';
import type { Plan, PlanName, PlanParam, PlanParams } from './types';

/** The guide's own plan: used when no plan name was seen anywhere (and said so). */
export const DEFAULT_PLAN: Plan = HZ_MANUFACTURING_ENGINEER_2024;
export const DEFAULT_PLAN_ID = DEFAULT_PLAN.id;

/** Every plan known as data, by id. */
export const PLANS: Readonly<Record<string, Plan>> = Object.fromEntries(PLAN_SERIES.flatMap((s) => s.plans).map((plan) => [plan.id, plan]));

/** What the pages said about the plan. */
export interface PlanFacts {
  name?: PlanName;
  stated?: PlanParams;
}

/** A plan of a known series by id (`<series>-<year>`): its data, else derived; undefined for other ids. */
export function planById(id: string): Plan | undefined {
  if (PLANS[id]) return PLANS[id];
  const match = /^(.+)-(\d{4})$/u.exec(id);
  const series = match ? seriesById(match[1] as string) : undefined;
  if (!match || !series) return undefined;
  const year = Number(match[2]);
  const base = nearestPlan(series, year);
  return base ? derivePlan(series, base, year) : undefined;
}

/** The plan with this id; the guide's plan when the id is absent or unknown. */
export function getPlan(id?: string): Plan {
  return (id ? planById(id) : undefined) ?? DEFAULT_PLAN;
}

/** The plan a name on the page stands for: known data, derived for a known series, else a plan of another series. */
export function planFromName(name: PlanName): Plan {
  const series = seriesOf(name);
  if (!series) {
    return {
      id: `other-${name.year}-${name.text}`,
      name: name.text,
      year: name.year,
      basis: 'other',
      followsGuide: false,
      photo: GUIDE_PHOTO_LIMITS,
    };
  }
  const data = series.plans.find((p) => p.year === name.year);
  if (data) return data;
  return derivePlan(series, nearestPlan(series, name.year) as Plan, name.year, name.text);
}

/**
 * The plan to check against: the manual choice, else the name the pages show,
 * else the guide's plan marked 'assumed'; then what the pages state wins over
 * data (only when those statements are about that plan).
 */
export function resolvePlan(facts: PlanFacts = {}, choiceId?: string): Plan {
  const chosen = choiceId ? planById(choiceId) : undefined;
  const named = facts.name ? planFromName(facts.name) : undefined;
  const plan = chosen ?? named ?? { ...DEFAULT_PLAN, basis: 'assumed' as const };
  const statedAboutIt = !named || named.id === plan.id;
  return statedAboutIt && facts.stated ? withStated(plan, facts.stated) : plan;
}

/** The plan with the stated parameters in place of its own. */
export function withStated(plan: Plan, stated: PlanParams): Plan {
  const keys = (Object.keys(stated) as PlanParam[]).filter((key) => {
    const value = stated[key];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
  if (keys.length === 0) return plan;
  const out: Plan = { ...plan, stated: [...new Set([...(plan.stated ?? []), ...keys])] };
  for (const key of keys) (out as unknown as Record<string, unknown>)[key] = stated[key];
  return out;
}

/** Plans offered for a manual choice: each known series' data years and the years around `year`, newest first. */
export function choosablePlans(year: number): Plan[] {
  const out: Plan[] = [];
  for (const series of PLAN_SERIES) {
    const years = new Set([...series.plans.map((p) => p.year), year - 1, year, year + 1]);
    for (const y of [...years].sort((a, b) => b - a)) {
      const plan = planById(`${series.id}-${y}`);
      if (plan) out.push(plan);
    }
  }
  return out;
}

/** Plans known as data, newest first. */
export function listPlans(): Plan[] {
  return Object.values(PLANS).sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
}
