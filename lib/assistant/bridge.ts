/**
 * What the on-page assistant needs from the extension. The content script
 * implements it with runtime messages and extension storage; keeping it an
 * interface keeps lib/assistant free of extension globals.
 */
import type { Profile } from '../profile/types';
import type { PlanFacts } from '../rules/plans/resolve';
import type { Finding, OpenFinding } from '../rules/types';
import type { Step } from '../steps';

export interface SessionFacts {
  /** Open errors per step of the wizard, for submit.unresolved. */
  findings: Partial<Record<Step, OpenFinding[]>>;
  /** The application type chosen on 填写申报信息. */
  applicationType?: string;
  /** The plan a page of this tab named, remembered for the later pages. */
  plan?: PlanFacts;
}

export interface Bridge {
  today(): string;
  /** The plan chosen by hand in the popup; undefined = 自动识别. */
  planId(): Promise<string | undefined>;
  /** Calls back when the choice changes, until the signal aborts. */
  watchPlanId(listener: (id: string | undefined) => void, signal: AbortSignal): void;
  /** Remember the plan this page named for the tab. */
  saveTabPlan(plan: PlanFacts): void;
  panelCollapsed(): Promise<boolean>;
  setPanelCollapsed(collapsed: boolean): void;
  activeProfile(): Promise<Profile | undefined>;
  session(): Promise<SessionFacts>;
  /** Keep a wizard step's open errors for the tab (预览确认提交 lists them). */
  saveStepFindings(step: Step, findings: Finding[]): void;
  saveApplicationType(type: string): void;
}
