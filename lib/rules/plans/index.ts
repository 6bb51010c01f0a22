export type { Plan, PlanBasis, PlanName, PlanParam, PlanParams, PlanSeries, PhotoLimits, PhotoFix } from './types';
export { findPlanNames, parsePlanName, compactText } from './name';
export { parseStatedParams, reportLimit, reportWarnAbove } from './stated';
export { derivePlan, nearestPlan, shiftDate } from './derive';
export { PLAN_SERIES, seriesOf } from './series';
export {
  DEFAULT_PLAN,
  DEFAULT_PLAN_ID,
  PLANS,
  choosablePlans,
  getPlan,
  listPlans,
  planById,
  planFromName,
  resolvePlan,
  withStated,
  type PlanFacts,
} from './resolve';
