/**
 * The plan series the applicant guide is about, with the plans of each known
 * as data. A plan of another series or city is read from its name but runs
 * only the platform-wide rules.
 */
import { HZ_MANUFACTURING_ENGINEER_2024 } from './hz-manufacturing-engineer-2024';
import type { PlanName, PlanSeries } from './types';

export const PLAN_SERIES: readonly PlanSeries[] = [
  { id: 'hz-manufacturing-engineer', city: '杭州市', field: '制造业', title: '工程师', plans: [HZ_MANUFACTURING_ENGINEER_2024] },
];

/** The known series a plan name belongs to: same city and title, its field naming the series' field. */
export function seriesOf(name: PlanName): PlanSeries | undefined {
  return PLAN_SERIES.find((s) => s.city === name.city && s.title === name.title && name.field.includes(s.field));
}

export function seriesById(id: string): PlanSeries | undefined {
  return PLAN_SERIES.find((s) => s.id === id);
}
