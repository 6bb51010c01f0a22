/**
 * The count of messages the background refused, and the last one, kept in
 * the session store (storage.session survives the service worker's
 * restarts; content scripts cannot read it). Only extension pages may ask
 * for it (security.refusals).
 */
import type { RefusalRecord } from '../messaging';
import type { SessionArea } from './session';

const KEY = 'security.refusals';

export interface Refusals {
  count: number;
  last?: RefusalRecord;
}

export class RefusalLog {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: SessionArea) {}

  /** Counts one refusal (writes one after another, so a flood loses no count). */
  record(refusal: RefusalRecord): Promise<void> {
    const next = this.queue
      .catch(() => undefined)
      .then(async () => {
        const current = await this.read();
        await this.area.set(KEY, { count: current.count + 1, last: refusal });
      });
    this.queue = next;
    return next;
  }

  async get(): Promise<Refusals> {
    await this.queue.catch(() => undefined);
    return this.read();
  }

  private async read(): Promise<Refusals> {
    const value = (await this.area.get(KEY).catch(() => undefined)) as Partial<Refusals> | undefined;
    const count = typeof value?.count === 'number' && Number.isFinite(value.count) ? value.count : 0;
    return value?.last ? { count, last: value.last } : { count };
  }
}
