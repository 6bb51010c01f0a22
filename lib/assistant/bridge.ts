/**
 * What the on-page assistant needs from the extension. The content script
 * implements it with runtime messages and extension storage; keeping it an
 * interface keeps lib/assistant free of extension globals.
 */
import type { Profile } from '../profile/types';
import type { OpenFinding } from '../rules/types';
import type { Step } from '../steps';

export interface SessionFacts {
  /** Open errors per step of the wizard, for submit.unresolved. */
  findings: Partial<Record<Step, OpenFinding[]>>;
  /** The application type chosen on 填写申报信息. */
  applicationType?: string;
}

export interface Bridge {
  today(): string;
  planId(): Promise<string | undefined>;
  panelCollapsed(): Promise<boolean>;
  setPanelCollapsed(collapsed: boolean): void;
  activeProfile(): Promise<Profile | undefined>;
  session(): Promise<SessionFacts>;
  saveStepFindings(step: Step, findings: OpenFinding[]): void;
  saveApplicationType(type: string): void;
}
