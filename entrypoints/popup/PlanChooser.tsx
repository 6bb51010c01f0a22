/**
 * 申报计划: what the current tab's pages named, a manual choice (自动识别 by
 * default), and what the chosen plan means for the checks.
 */
import { describePlan } from '../../lib/rules/plan-note';
import type { Plan } from '../../lib/rules/types';

export interface PlanChooserProps {
  /** The plan the current tab's pages named; undefined when they named none (or no tab). */
  detected?: Plan;
  /** The plan the checks follow. */
  plan: Plan;
  /** The manual choice; '' = 自动识别. */
  choice: string;
  choices: readonly Plan[];
  onChoose: (id: string) => void;
  /** A failed save of the choice, in Chinese. */
  error?: string;
}

export function PlanChooser({ detected, plan, choice, choices, onChoose, error }: PlanChooserProps) {
  const { note } = describePlan(plan);
  const listed = choices.some((p) => p.id === choice) || choice === '' ? choices : [plan, ...choices];
  return (
    <div class="plan-chooser">
      <h3 id="plan-heading">申报计划</h3>
      <p class="detail" data-detected={detected ? detected.id : ''}>
        {detected
          ? `当前标签页识别到：${describePlan(detected).line.replace(/^申报计划：/u, '')}`
          : '当前标签页未识别到申报计划（打开平台上的申报计划页面后会自动识别）。'}
      </p>
      <label for="plan-choice">按哪个计划检查</label>
      <select id="plan-choice" value={choice} onChange={(e) => onChoose(e.currentTarget.value)}>
        <option value="">自动识别（推荐）</option>
        {listed.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.basis === 'derived' ? `（按 ${p.derivedFrom?.year} 年指南推算）` : ''}
          </option>
        ))}
      </select>
      <p class="detail plan-line" data-plan={plan.id} data-basis={plan.basis}>
        {describePlan(plan).line}
      </p>
      {note && <p class="detail plan-note">{note}</p>}
      {error && (
        <p role="alert" class="missing">
          {error}
        </p>
      )}
    </div>
  );
}
