/**
 * A plan of a known series in a year nobody put in data: the nearest known
 * plan with every date and year moved by the difference (cutoff Y-12-31,
 * 考核 Y-3…Y-1, paper deadline), its counts and limits kept.
 */
import { daysInMonth, formatDate, parseDate } from '../helpers/dates';
import type { Plan, PlanSeries } from './types';

/** The series' plan closest in year (the later one on a tie). */
export function nearestPlan(series: PlanSeries, year: number): Plan | undefined {
  let best: Plan | undefined;
  for (const plan of series.plans) {
    const distance = Math.abs(plan.year - year);
    const bestDistance = best ? Math.abs(best.year - year) : Infinity;
    if (distance < bestDistance || (distance === bestDistance && best && plan.year > best.year)) best = plan;
  }
  return best;
}

/** A YYYY-MM-DD date `years` later (earlier when negative); 29 February becomes the 28th in a common year. */
export function shiftDate(date: string, years: number): string {
  const parsed = parseDate(date);
  if (!parsed || parsed.day === undefined) return date;
  const year = parsed.year + years;
  return formatDate({ year, month: parsed.month, day: Math.min(parsed.day, daysInMonth(year, parsed.month)) });
}

/** `base` moved to `year`; `name` is the page's own name of that plan when known. */
export function derivePlan(series: PlanSeries, base: Plan, year: number, name?: string): Plan {
  const shift = year - base.year;
  const plan: Plan = {
    ...base,
    id: `${series.id}-${year}`,
    name: name ?? base.name.replace(String(base.year), String(year)),
    year,
    basis: 'derived',
    derivedFrom: { id: base.id, year: base.year },
  };
  if (base.workYearsCutoff) plan.workYearsCutoff = shiftDate(base.workYearsCutoff, shift);
  if (base.paperDeadline) plan.paperDeadline = shiftDate(base.paperDeadline, shift);
  if (base.assessmentYears) plan.assessmentYears = base.assessmentYears.map((y) => y + shift);
  // 可评审专业 change from year to year: the page says which, not an old list.
  delete plan.majors;
  delete plan.stated;
  return plan;
}
