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
    get: (key) => Promise.resolve(structuredClone(data.get(key))),
    set: (key, value) => {
      data.set(key, structuredClone(value));
      return Promise.resolve();
    },
    remove: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
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

/**
 * Bounds of what the session keeps (storage.session holds 10 MB for all of
 * it, and a page may report as often as it likes): the tabs written to most
 * recently, so many findings per step, messages cut to a length.
 */
export const SESSION_LIMITS = { tabs: 40, findingsPerStep: 100, messageChars: 500 } as const;

const TABS_KEY = 'findings:tabs';

export class SessionFindings {
  /** Writes per tab run one after another, so two frames' saves never overwrite each other. */
  private queues = new Map<number, Promise<unknown>>();
  /** The list of tabs kept, updated one write at a time. */
  private tabsQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: SessionArea,
    private readonly limits: { tabs: number; findingsPerStep: number; messageChars: number } = SESSION_LIMITS,
  ) {}

  private key(tabId: number): string {
    return `findings:${tabId}`;
  }

  /** After any pending writes of the tab. */
  async get(tabId: number): Promise<SessionData> {
    await this.queues.get(tabId)?.catch(() => undefined);
    return this.read(tabId);
  }

  set(tabId: number, step: Step, findings: Finding[]): Promise<void> {
    const cut = (text: string) => text.slice(0, this.limits.messageChars);
    const kept = findings
      .slice(0, this.limits.findingsPerStep)
      .map((f) => ({ ...f, message: cut(f.message), messageEn: cut(f.messageEn) }));
    return this.enqueue(tabId, async () => {
      const current = await this.read(tabId);
      await this.area.set(this.key(tabId), { ...current, steps: { ...current.steps, [step]: kept } });
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
    return this.enqueue(
      tabId,
      async () => {
        await this.area.remove(this.key(tabId));
        await this.updateTabs((tabs) => tabs.filter((id) => id !== tabId));
      },
      false,
    );
  }

  /** The tabs kept, oldest first. */
  async tabs(): Promise<number[]> {
    await this.tabsQueue.catch(() => undefined);
    return this.readTabs();
  }

  /** Marks the tab as written now; past the limit the oldest tabs' data goes. */
  private touch(tabId: number): Promise<void> {
    return this.updateTabs(async (tabs) => {
      const next = [...tabs.filter((id) => id !== tabId), tabId];
      const dropped = next.splice(0, Math.max(0, next.length - this.limits.tabs));
      for (const id of dropped) await this.area.remove(this.key(id));
      return next;
    });
  }

  private updateTabs(change: (tabs: number[]) => number[] | Promise<number[]>): Promise<void> {
    const next = this.tabsQueue
      .catch(() => undefined)
      .then(async () => {
        await this.area.set(TABS_KEY, await change(await this.readTabs()));
      });
    this.tabsQueue = next;
    return next;
  }

  private async readTabs(): Promise<number[]> {
    const value = await this.area.get(TABS_KEY);
    return Array.isArray(value) ? value.filter((id): id is number => typeof id === 'number') : [];
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

  /** Runs the tab's writes in order; a write that keeps data marks the tab as recent. */
  private enqueue(tabId: number, work: () => Promise<void>, keeps = true): Promise<void> {
    const previous = this.queues.get(tabId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(work)
      .then(() => (keeps ? this.touch(tabId) : undefined));
    this.queues.set(tabId, next);
    // Forget the queue once it is idle (the tab may never write again).
    void next
      .finally(() => {
        if (this.queues.get(tabId) === next) this.queues.delete(tabId);
      })
      .catch(() => undefined);
    return next;
  }
}
