/**
 * Autosave of the popup's edits as PATCHES. Each edit is applied locally at
 * once (so the field shows it) and queued; a pause in typing sends the queue
 * to the background as one profile.save. Only one save is in flight at a
 * time; edits made meanwhile wait for the next one. The stored profile the
 * background returns replaces the local one only when no newer edit waits,
 * so nothing typed is ever overwritten by an older answer.
 */
import type { PatchOp } from '@/lib/messages';
import type { Profile } from '@/lib/profile/types';

export type SaveStatus =
  | { kind: 'idle' }
  /** Edits wait for the pause in typing. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

export type SaveResult = { ok: true; profile: Profile; at: Date } | { ok: false; message: string };

export interface AutoSaverOptions {
  delayMs: number;
  save: (ops: PatchOp[]) => Promise<SaveResult>;
  onStatus: (status: SaveStatus) => void;
  /** The stored profile after a save, when no newer local edit is waiting. */
  onStored: (profile: Profile) => void;
  /** After a refused save: the caller reloads the stored profile. */
  onRefused?: () => void;
}

function samePath(a: PatchOp['path'], b: PatchOp['path']): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

export class AutoSaver {
  private queue: PatchOp[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(private readonly options: AutoSaverOptions) {}

  /** Queues one edit; typing in one field replaces its own queued value. */
  push(op: PatchOp): void {
    const last = this.queue[this.queue.length - 1];
    if (op.op === 'set' && last?.op === 'set' && samePath(last.path, op.path)) {
      this.queue[this.queue.length - 1] = op;
    } else {
      this.queue.push(op);
    }
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
    this.options.onStatus({ kind: 'saving' });
    this.inFlight = this.send(ops);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
    if (this.queue.length > 0 && this.timer === undefined) await this.flush();
  }

  /** Drops queued edits (the profile is switched or reloaded after flush). */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = [];
  }

  private async send(ops: PatchOp[]): Promise<void> {
    const result = await this.options.save(ops);
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
