/**
 * The profile store: IndexedDB in the extension's origin, opened by the
 * background only (content scripts run in the page's origin and ask the
 * background by message).
 *
 * Object stores:
 * - profiles  (keyPath id)          one record per applicant profile
 * - settings  (out-of-line keys)    'activeProfileId' → string
 * - mappings  (key `${step}|${label}`) learned field mappings
 *
 * Schema changes are numbered migrations; opening runs every migration above
 * the database's version, in order, inside the upgrade transaction (so a
 * failing migration aborts and leaves the old database as it was).
 *
 * Every write that depends on the stored value (patches, imports, delete with
 * a new active profile) reads and writes in ONE readwrite transaction: two
 * saves at the same moment are serialised by IndexedDB and both land.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { mappingKey, type ImportChoice, type ImportConflict, type ImportedProfile, type LearnedMapping, type PatchOp } from '../messaging';
import type { Step } from '../steps';
import type { Profile } from './types';
import { applyPatch, checkDraft } from './patch';
import { newId, emptyProfile } from './schema';

export const DB_NAME = 'zcps-assistant';
export const ACTIVE_PROFILE_KEY = 'activeProfileId';
/** Added to a kept-both import's label. */
export const IMPORT_LABEL_SUFFIX = '（导入）';

/** The database as the migrations see it: any version's shape. */
export type AnyDB = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;
/** Brings the database from version n-1 to version n (its key in the table). */
export type Migration = (db: AnyDB, tx: UpgradeTx) => void | Promise<void>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('settings');
    db.createObjectStore('mappings');
  },
};

export class StoreError extends Error {
  constructor(
    readonly code: 'notFound',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export type PatchInput = readonly PatchOp[] | ((stored: Profile) => Profile);

export type ImportOutcome = { ok: true; imported: ImportedProfile[]; activeId: string | null } | { ok: false; conflicts: ImportConflict[] };

export interface OpenOptions {
  name?: string;
  /**
   * The connection is gone: another tab or a newer version asked it to close
   * (versionchange), or the browser closed it (storage cleared, disk error).
   * The owner forgets this store and opens a new one for the next request.
   */
  onClose?: (why: 'versionchange' | 'terminated') => void;
  /** Opening waits for an older connection somewhere to close. */
  onBlocked?: () => void;
  /** The migration table; the tests pass MIGRATIONS plus a test version. */
  migrations?: Readonly<Record<number, Migration>>;
}

/** The highest version in a migration table; versions must run 1, 2, … without gaps. */
export function latestVersion(migrations: Readonly<Record<number, Migration>>): number {
  const versions = Object.keys(migrations)
    .map(Number)
    .sort((a, b) => a - b);
  versions.forEach((v, i) => {
    if (v !== i + 1) throw new Error(`migration versions must be 1..n without gaps, found ${versions.join(', ')}`);
  });
  return versions.length;
}

export async function openProfileStore(options: OpenOptions = {}): Promise<ProfileStore> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = latestVersion(migrations);
  let failure: unknown;
  let store: ProfileStore | undefined;
  const db = await openDB<unknown>(options.name ?? DB_NAME, version, {
    blocked() {
      options.onBlocked?.();
    },
    // A newer version waits for us: step aside (the next request reopens).
    blocking() {
      store?.close();
      options.onClose?.('versionchange');
    },
    terminated() {
      if (store) store.closed = true;
      options.onClose?.('terminated');
    },
    upgrade(database, oldVersion, newVersion, tx) {
      tx.done.catch(() => undefined); // an aborted upgrade is reported by openDB's rejection
      // Run in order; a migration may await requests of this transaction.
      const run = async () => {
        for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) {
          await (migrations[v] as Migration)(database, tx);
        }
      };
      run().catch((error: unknown) => {
        failure = error;
        tx.abort();
      });
    },
  }).catch((error: unknown) => {
    throw failure ?? error;
  });
  store = new ProfileStore(db);
  return store;
}

/** A storage quota error, however the engine wraps it. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const inner = error as { inner?: unknown; cause?: unknown } | null;
  return (
    name === 'QuotaExceededError' ||
    (inner !== null && typeof inner === 'object' && (isQuotaErrorShallow(inner.inner) || isQuotaErrorShallow(inner.cause)))
  );
}

function isQuotaErrorShallow(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

// The typed view of the current (v1) schema used by the store's methods.
type Stores = 'profiles' | 'settings' | 'mappings';

export class ProfileStore {
  /** The connection was closed (by us or the browser); the owner opens a new store. */
  closed = false;

  constructor(readonly db: AnyDB) {}

  close(): void {
    this.closed = true;
    this.db.close();
  }

  async list(): Promise<Profile[]> {
    return (await this.db.getAll('profiles')) as Profile[];
  }

  async get(id: string): Promise<Profile | undefined> {
    return (await this.db.get('profiles', id)) as Profile | undefined;
  }

  /** A new empty profile; it becomes the active one when none is. */
  async create(label: string): Promise<{ profile: Profile; activeId: string | null }> {
    const profile = emptyProfile(label);
    const tx = this.db.transaction(['profiles', 'settings'] satisfies Stores[], 'readwrite');
    // Read the active id before adding, so a first profile becomes the active one.
    const activeId = (await this.activeIdIn(tx)) ?? profile.id;
    await tx.objectStore('profiles').add(profile);
    await tx.objectStore('settings').put(activeId, ACTIVE_PROFILE_KEY);
    await tx.done;
    return { profile, activeId };
  }

  /**
   * Applies a patch (ops, or a synchronous function of the stored value) to
   * the stored profile inside one readwrite transaction and returns the
   * result. Throws StoreError('notFound') or PatchError.
   */
  async update(id: string, patch: PatchInput): Promise<Profile> {
    const tx = this.db.transaction('profiles', 'readwrite');
    const store = tx.objectStore('profiles');
    const stored = (await store.get(id)) as Profile | undefined;
    if (stored === undefined) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StoreError('notFound', `没有编号为 ${id} 的档案`);
    }
    let next: Profile;
    try {
      next = typeof patch === 'function' ? checkDraft(patch(structuredClone(stored)), id) : applyPatch(stored, patch);
    } catch (error) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw error;
    }
    await store.put(next);
    await tx.done;
    return next;
  }

  /** Deletes a profile; if it was the active one, the first remaining becomes active. */
  async delete(id: string): Promise<{ activeId: string | null }> {
    const tx = this.db.transaction(['profiles', 'settings'] satisfies Stores[], 'readwrite');
    const profiles = tx.objectStore('profiles');
    if ((await profiles.getKey(id)) === undefined) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StoreError('notFound', `没有编号为 ${id} 的档案`);
    }
    await profiles.delete(id);
    let activeId = await this.activeIdIn(tx);
    if (activeId === id || activeId === null) {
      const first = await profiles.getAllKeys(undefined, 1);
      activeId = (first[0] as string | undefined) ?? null;
      if (activeId === null) await tx.objectStore('settings').delete(ACTIVE_PROFILE_KEY);
      else await tx.objectStore('settings').put(activeId, ACTIVE_PROFILE_KEY);
    }
    await tx.done;
    return { activeId };
  }

  /** The active profile's id: the chosen one if it still exists, else the first profile's, else null. */
  async getActiveId(): Promise<string | null> {
    const tx = this.db.transaction(['profiles', 'settings'] satisfies Stores[], 'readonly');
    const id = await this.activeIdIn(tx);
    await tx.done;
    return id;
  }

  async getActive(): Promise<Profile | null> {
    const id = await this.getActiveId();
    return id === null ? null : ((await this.get(id)) ?? null);
  }

  async setActive(id: string): Promise<void> {
    const tx = this.db.transaction(['profiles', 'settings'] satisfies Stores[], 'readwrite');
    if ((await tx.objectStore('profiles').getKey(id)) === undefined) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StoreError('notFound', `没有编号为 ${id} 的档案`);
    }
    await tx.objectStore('settings').put(id, ACTIVE_PROFILE_KEY);
    await tx.done;
  }

  /**
   * Writes validated profiles (from parseImport) in one transaction. A profile
   * whose id is stored needs a choice; without one for every such id nothing
   * is written and the conflicts are returned. keepBoth stores the import
   * under a new id with IMPORT_LABEL_SUFFIX added to its label.
   */
  async importProfiles(
    incoming: readonly Profile[],
    onConflict?: ImportChoice | Readonly<Record<string, ImportChoice>>,
  ): Promise<ImportOutcome> {
    const choiceFor = (id: string): ImportChoice | undefined => (typeof onConflict === 'string' ? onConflict : onConflict?.[id]);

    const tx = this.db.transaction(['profiles', 'settings'] satisfies Stores[], 'readwrite');
    const profiles = tx.objectStore('profiles');
    const conflicts: ImportConflict[] = [];
    const plan: { profile: Profile; fromId?: string; replaced: boolean }[] = [];
    for (const profile of incoming) {
      const stored = (await profiles.get(profile.id)) as Profile | undefined;
      if (stored === undefined) {
        plan.push({ profile, replaced: false });
        continue;
      }
      const choice = choiceFor(profile.id);
      if (choice === undefined) conflicts.push({ id: profile.id, label: profile.label, storedLabel: stored.label });
      else if (choice === 'replace') plan.push({ profile, replaced: true });
      else
        plan.push({
          profile: { ...profile, id: newId(), label: `${profile.label}${IMPORT_LABEL_SUFFIX}` },
          fromId: profile.id,
          replaced: false,
        });
    }
    if (conflicts.length > 0) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, conflicts };
    }
    for (const { profile } of plan) await profiles.put(profile);
    // A stored profile with nothing in it under the same name as an imported one
    // (the popup's first empty 本人) would only stand beside it as a confusing twin.
    const importedIds = new Set(plan.map(({ profile }) => profile.id));
    const importedLabels = new Set(plan.map(({ profile }) => profile.label));
    for (const stored of (await profiles.getAll()) as Profile[]) {
      if (!importedIds.has(stored.id) && importedLabels.has(stored.label) && isBlankProfile(stored)) await profiles.delete(stored.id);
    }
    // The applicant imports a file to use it: its first profile becomes the active one.
    let activeId = await this.activeIdIn(tx);
    if (plan[0] !== undefined) {
      activeId = plan[0].profile.id;
      await tx.objectStore('settings').put(activeId, ACTIVE_PROFILE_KEY);
    }
    await tx.done;
    const imported = plan.map(({ profile, fromId, replaced }): ImportedProfile =>
      fromId === undefined
        ? { id: profile.id, label: profile.label, replaced }
        : { id: profile.id, label: profile.label, fromId, replaced },
    );
    return { ok: true, imported, activeId };
  }

  // ---------------------------------------------------------------- mappings

  async getMapping(step: Step, label: string): Promise<LearnedMapping | undefined> {
    return (await this.db.get('mappings', mappingKey(step, label))) as LearnedMapping | undefined;
  }

  async setMapping(mapping: LearnedMapping, now: Date = new Date()): Promise<LearnedMapping> {
    const stored: LearnedMapping = { ...mapping, updatedAt: now.toISOString() };
    await this.db.put('mappings', stored, mappingKey(mapping.step, mapping.label));
    return stored;
  }

  /** True when there was a mapping to delete. */
  async deleteMapping(step: Step, label: string): Promise<boolean> {
    const tx = this.db.transaction('mappings', 'readwrite');
    const key = mappingKey(step, label);
    const existed = (await tx.store.getKey(key)) !== undefined;
    if (existed) await tx.store.delete(key);
    await tx.done;
    return existed;
  }

  async listMappings(): Promise<LearnedMapping[]> {
    return (await this.db.getAll('mappings')) as LearnedMapping[];
  }

  // ---------------------------------------------------------------- helpers

  /** Reads the active id inside a transaction over profiles and settings. */
  private async activeIdIn(tx: IDBPTransaction<unknown, Stores[], 'readonly' | 'readwrite'>): Promise<string | null> {
    const chosen: unknown = await tx.objectStore('settings').get(ACTIVE_PROFILE_KEY);
    if (typeof chosen === 'string' && (await tx.objectStore('profiles').getKey(chosen)) !== undefined) return chosen;
    const first = await tx.objectStore('profiles').getAllKeys(undefined, 1);
    return (first[0] as string | undefined) ?? null;
  }
}

/** A profile holding no data at all: empty sections and lists (its id and label aside). */
export function isBlankProfile(profile: Profile): boolean {
  const blank = (value: unknown): boolean => {
    if (value === undefined || value === null || value === '' || value === false) return true;
    if (Array.isArray(value)) return value.every(blank);
    if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every(blank);
    return false;
  };
  return Object.entries(profile).every(([key, value]) => key === 'id' || key === 'label' || blank(value));
}
