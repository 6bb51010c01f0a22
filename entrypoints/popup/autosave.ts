/**
 * Autosave of the popup's edits as PATCHES. Each edit is applied locally at
 * once (so the field shows it) and queued; a pause in typing sends the queue
 * to the background as one profile.save. Only one save is in flight at a
 * time; edits made meanwhile wait for the next one. The stored profile the
 * background returns replaces the local one only when no newer edit waits,
 * so nothing typed is ever overwritten by an older answer.
 *
 * Nothing typed is lost: when a save does not arrive (the service worker was
 * stopped or restarting, the store failed for a moment) its edits go back to
 * the front of the queue and are sent again, with growing pauses, until they
 * land. Only a refusal on the merits (the edit is invalid) drops them, and
 * then the caller reloads what is stored.
 */
import type { PatchOp } from '@/lib/messaging';
import type { Profile } from '@/lib/profile/types';

export type SaveStatus =
  | { kind: 'idle' }
  /** Edits wait for the pause in typing. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** A save did not arrive; it is sent again in `inMs`. */
  | { kind: 'retrying'; message: string; attempt: number; inMs: number }
  | { kind: 'error'; message: string };

export type SaveResult =
  | { ok: true; profile: Profile; at: Date }
  /** retry: the save may succeed later (transport or internal failure); else it was refused. */
  | { ok: false; message: string; retry?: boolean };

/** Pauses between attempts: 0.5 s, doubling, at most 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(8000, 500 * 2 ** Math.max(0, attempt - 1));
}

export interface AutoSaverOptions {
  delayMs: number;
  save: (ops: PatchOp[]) => Promise<SaveResult>;
  onStatus: (status: SaveStatus) => void;
  /** The stored profile after a save, when no newer local edit is waiting. */
  onStored: (profile: Profile) => void;
  /** After a refused save: the caller reloads the stored profile. */
  onRefused?: () => void;
  /** Every edit not yet stored (in flight, then queued), after each change: the caller may keep a copy. */
  onUnsaved?: (ops: PatchOp[]) => void;
}

function samePath(a: PatchOp['path'], b: PatchOp['path']): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

export class AutoSaver {
  private queue: PatchOp[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private sending: PatchOp[] = [];
  private attempts = 0;

  constructor(private readonly options: AutoSaverOptions) {}

  /** Queues one edit; typing in one field replaces its own queued value. */
  push(op: PatchOp): void {
    const last = this.queue[this.queue.length - 1];
    if (op.op === 'set' && last?.op === 'set' && samePath(last.path, op.path)) {
      this.queue[this.queue.length - 1] = op;
    } else {
      this.queue.push(op);
    }
    this.reportUnsaved();
    if (!this.inFlight) this.options.onStatus({ kind: 'pending' });
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.options.delayMs);
  }

  get hasPending(): boolean {
    return this.queue.length > 0 || this.inFlight !== undefined;
  }

  /** Sends what is queued now (and what is queued while that is in flight). */
  async flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.inFlight) await this.inFlight;
    if (this.queue.length === 0) return;
    const ops = this.queue;
    this.queue = [];
    this.sending = ops;
    this.options.onStatus({ kind: 'saving' });
    this.inFlight = this.send(ops);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = undefined;
      this.sending = [];
      this.reportUnsaved();
    }
    if (this.queue.length > 0 && this.timer === undefined) await this.flush();
  }

  /** Drops queued edits (the profile is switched or reloaded after flush). */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = [];
    this.reportUnsaved();
  }

  private reportUnsaved(): void {
    this.options.onUnsaved?.([...this.sending, ...this.queue]);
  }

  private async send(ops: PatchOp[]): Promise<void> {
    let result: SaveResult;
    try {
      result = await this.options.save(ops);
    } catch (error) {
      result = { ok: false, message: error instanceof Error ? error.message : String(error), retry: true };
    }
    if (!result.ok && result.retry) {
      // Back to the front: older edits first, then whatever was typed since.
      this.queue = [...ops, ...this.queue];
      this.attempts++;
      const inMs = retryDelay(this.attempts);
      this.options.onStatus({ kind: 'retrying', message: result.message, attempt: this.attempts, inMs });
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.flush();
      }, inMs);
      return;
    }
    this.attempts = 0;
    if (!result.ok) {
      this.options.onStatus({ kind: 'error', message: result.message });
      this.options.onRefused?.();
      return;
    }
    if (this.queue.length === 0) {
      this.options.onStored(result.profile);
      this.options.onStatus({ kind: 'saved', at: result.at });
    } else {
      this.options.onStatus({ kind: 'pending' });
    }
  }
}
