/**
 * The content script's side of the Bridge: runtime messages to the background
 * (which owns the profile) and extension storage for small settings. Every
 * call degrades to "nothing known" when the extension context is gone (the
 * extension was reloaded under an open page).
 */
import { browser } from 'wxt/browser';
import type { Bridge, SessionFacts } from '@/lib/assistant/bridge';
import { send } from '@/lib/messaging';
import type { Finding, OpenFinding } from '@/lib/rules/types';
import { STEP_NAMES, type Step } from '@/lib/steps';

const COLLAPSED_KEY = 'panelCollapsed';
const PLAN_KEY = 'planId';

export function createBridge(): Bridge {
  return {
    today: () => localDate(new Date()),
    planId: async () => {
      const stored = await browser.storage.local.get(PLAN_KEY).catch((): Record<string, unknown> => ({}));
      return planChoice(stored[PLAN_KEY]);
    },
    watchPlanId: (listener, signal) => {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && PLAN_KEY in changes) listener(planChoice(changes[PLAN_KEY]?.newValue));
      };
      try {
        browser.storage.onChanged.addListener(onChanged);
        signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
      } catch {
        // The extension was reloaded under the page: no more choices to follow.
      }
    },
    saveTabPlan: (plan) => {
      void send({ type: 'session.setPlan', plan });
    },
    panelCollapsed: async () => {
      const stored = await browser.storage.local.get(COLLAPSED_KEY).catch((): Record<string, unknown> => ({}));
      return stored[COLLAPSED_KEY] === true;
    },
    setPanelCollapsed: (collapsed) => {
      void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed }).catch(() => undefined);
    },
    activeProfile: async () => {
      const answer = await send({ type: 'profile.getActive' });
      return answer.type === 'profile.active' ? (answer.profile ?? undefined) : undefined;
    },
    session: async () => {
      const answer = await send({ type: 'session.get' });
      const facts: SessionFacts = { findings: {} };
      if (answer.type !== 'session.findings') return facts;
      for (const [step, findings] of Object.entries(answer.steps) as Array<[Step, Finding[]]>) {
        if (step in STEP_NAMES) facts.findings[step] = findings.map((f) => toOpen(step, f));
      }
      facts.applicationType = answer.applicationType;
      if (answer.plan) facts.plan = answer.plan;
      return facts;
    },
    saveStepFindings: (step, findings) => {
      void send({ type: 'session.set', step, findings });
    },
    saveApplicationType: (applicationType) => {
      void send({ type: 'session.setApplicationType', applicationType });
    },
  };
}

/** A stored plan id; '' (自动识别) and anything else not a string mean no choice. */
function planChoice(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function toOpen(step: Step, finding: Finding): OpenFinding {
  return { step, stepName: STEP_NAMES[step], ruleId: finding.ruleId, message: finding.message };
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
