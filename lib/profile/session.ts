/**
 * Per-tab step findings for the browser session: the content script keeps
 * each wizard step's findings here so 预览确认提交 can list what is still open
 * on earlier pages (submit.unresolved), and the chosen 申报类型 for the
 * attachment rules. Kept in browser.storage.session when
 * the browser has it (survives the service worker's restarts), else in the
 * background's memory.
 */
import type { PlanFacts } from '../rules/plans/resolve';
import type { Finding } from '../rules/types';
import type { Step } from '../steps';

export type StepFindings = Partial<Record<Step, Finding[]>>;

/** What one tab keeps for the session. */
export interface SessionData {
  steps: StepFindings;
  /** The 申报类型 chosen on 填写申报信息; later steps' rules depend on it. */
  applicationType?: string;
  /** The plan this tab's pages named (the wizard's later pages may not repeat it), with what they stated. */
  plan?: PlanFacts;
}

/** The few calls of a storage area the session store needs. */
export interface SessionArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export function memorySessionArea(): SessionArea {
  const data = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
  };
}

/** Adapter over a browser.storage area (its get returns an object of keys). */
export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export function storageSessionArea(area: StorageAreaLike): SessionArea {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    remove: (key) => area.remove(key),
  };
}

export class SessionFindings {
  /** Writes per tab run one after another, so two frames' saves never overwrite each other. */
  private queues = new Map<number, Promise<unknown>>();

  constructor(private readonly area: SessionArea) {}

  private key(tabId: number): string {
    return `findings:${tabId}`;
  }

  /** After any pending writes of the tab. */
  async get(tabId: number): Promise<SessionData> {
    await this.queues.get(tabId)?.catch(() => undefined);
    return this.read(tabId);
  }

  set(tabId: number, step: Step, findings: Finding[]): Promise<void> {
    return this.enqueue(tabId, async () => {
      const current = await this.read(tabId);
      await this.area.set(this.key(tabId), { ...current, steps: { ...current.steps, [step]: findings } });
    });
  }

  setApplicationType(tabId: number, applicationType: string): Promise<void> {
    return this.enqueue(tabId, async () => {
      const current = await this.read(tabId);
      await this.area.set(this.key(tabId), { ...current, applicationType });
    });
  }

  setPlan(tabId: number, plan: PlanFacts): Promise<void> {
    return this.enqueue(tabId, async () => {
      const current = await this.read(tabId);
      await this.area.set(this.key(tabId), { ...current, plan });
    });
  }

  clear(tabId: number): Promise<void> {
    return this.enqueue(tabId, () => this.area.remove(this.key(tabId)));
  }

  private async read(tabId: number): Promise<SessionData> {
    const value = await this.area.get(this.key(tabId));
    if (typeof value !== 'object' || value === null) return { steps: {} };
    const data = value as Partial<SessionData>;
    const out: SessionData = { steps: typeof data.steps === 'object' && data.steps !== null ? data.steps : {} };
    if (typeof data.applicationType === 'string') out.applicationType = data.applicationType;
    if (typeof data.plan === 'object' && data.plan !== null) out.plan = data.plan;
    return out;
  }

  private enqueue(tabId: number, work: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(tabId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.queues.set(tabId, next);
    // Forget the queue once it is idle (the tab may never write again).
    void next.finally(() => {
      if (this.queues.get(tabId) === next) this.queues.delete(tabId);
    }).catch(() => undefined);
    return next;
  }
}
