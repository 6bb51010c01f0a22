/**
 * A copy of the edits not yet stored, kept in the popup's own localStorage
 * (the extension's origin, this machine only). If the popup closes while the
 * background is away (its service worker restarting), the next popup sends
 * them: nothing typed is lost.
 */
import type { PatchOp } from '../../lib/messaging';

const KEY = 'zcps-assistant.unsaved';

export interface Unsaved {
  id: string;
  ops: PatchOp[];
}

export interface UnsavedStore {
  read(): Unsaved | undefined;
  write(id: string, ops: readonly PatchOp[]): void;
}

export function localUnsaved(storage: Storage | undefined): UnsavedStore {
  return {
    read() {
      try {
        const raw = storage?.getItem(KEY);
        if (!raw) return undefined;
        const value = JSON.parse(raw) as Partial<Unsaved>;
        return typeof value.id === 'string' && Array.isArray(value.ops) && value.ops.length > 0
          ? { id: value.id, ops: value.ops }
          : undefined;
      } catch {
        return undefined;
      }
    },
    write(id, ops) {
      try {
        if (ops.length === 0) storage?.removeItem(KEY);
        else storage?.setItem(KEY, JSON.stringify({ id, ops }));
      } catch {
        // storage full or refused: the edits still wait in memory and are retried
      }
    },
  };
}
