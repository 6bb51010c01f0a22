/**
 * How the assistant learns which plan a page is in. The parsing lives in the
 * step bundle (lib/features/plan.ts): the content script only needs a plan
 * once a step's features start.
 */
import type { Field } from '../page/fields';
import type { PagePlanFacts } from '../page/plan-facts';
import type { PlanFacts } from '../rules/plans/resolve';
import type { Plan } from '../rules/plans/types';

export interface PlanReader {
  /** The plan names and parameters the page shows; `text` is its compact text. */
  read(doc: Document, text: string, fields: readonly Field[]): PagePlanFacts;
  /** The plan to check against: the manual choice, else the facts' name, else the guide's plan. */
  resolve(facts: PlanFacts, choiceId?: string): Plan;
}
