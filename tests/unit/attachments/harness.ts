/** The real Assistant on a replica page's markup (scripts left out), with a fake Bridge. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { Assistant } from '../../../lib/assistant/assistant';
import type { Bridge, SessionFacts } from '../../../lib/assistant/bridge';
import type { Feature } from '../../../lib/assistant/feature';
import { planReader } from '../../../lib/features/plan';

const CLIENT = join(dirname(fileURLToPath(import.meta.url)), '../../site/public/028/client');

/** The <body> of a replica page without its scripts. */
export function replicaBody(page: string): string {
  const html = readFileSync(join(CLIENT, page), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  return body.replace(/<script[\s\S]*?<\/script>/g, '');
}

export interface Mounted {
  bridge: Bridge;
  stop(): void;
}

export async function mount(features: readonly Feature[], session: SessionFacts = { findings: {} }): Promise<Mounted> {
  const bridge: Bridge = {
    today: () => '2024-08-01',
    planId: async () => undefined,
    watchPlanId: () => undefined,
    saveTabPlan: vi.fn(),
    panelCollapsed: async () => false,
    setPanelCollapsed: () => undefined,
    activeProfile: async () => undefined,
    session: async () => session,
    saveStepFindings: vi.fn(),
    saveApplicationType: vi.fn(),
  };
  const controller = new AbortController();
  await new Assistant(document, { features, plans: planReader }, bridge).start(controller.signal);
  await settle();
  return { bridge, stop: () => controller.abort() };
}

/** Past the observer's debounce and pending promises. */
export function settle(ms = 200): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export const hints = (rule: string) => [...document.querySelectorAll<HTMLElement>(`[data-rule="${rule}"]`)];

/** Marks the page as touched (the first input), so required-slot hints show inline. */
export function touch(): void {
  document.body.dispatchEvent(new Event('input', { bubbles: true }));
}
