import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PatchError } from '../../../lib/profile/patch';
import { emptyProfile } from '../../../lib/profile/schema';
import {
  ACTIVE_PROFILE_KEY,
  IMPORT_LABEL_SUFFIX,
  latestVersion,
  MIGRATIONS,
  openProfileStore,
  StoreError,
  type Migration,
  type ProfileStore,
} from '../../../lib/profile/store';
import type { Profile } from '../../../lib/profile/types';
import { dbName, sampleProfile } from './fixtures';

const opened: ProfileStore[] = [];
async function open(name = dbName(), migrations = MIGRATIONS): Promise<ProfileStore> {
  const store = await openProfileStore({ name, migrations });
  opened.push(store);
  return store;
}
afterEach(() => {
  while (opened.length > 0) opened.pop()?.close();
});

describe('profiles', () => {
  it('creates, lists and gets; the first profile becomes active', async () => {
    const store = await open();
    expect(await store.getActive()).toBeNull();
    const { profile, activeId } = await store.create('本人');
    expect(activeId).toBe(profile.id);
    const second = await store.create('配偶');
    expect(second.activeId).toBe(profile.id);
    expect((await store.list()).map((p) => p.label).sort()).toEqual(['本人', '配偶'].sort());
    expect(await store.get(profile.id)).toEqual(profile);
  });

  it('sets the active profile, and refuses an unknown id', async () => {
    const store = await open();
    await store.create('本人');
    const { profile } = await store.create('配偶');
    await store.setActive(profile.id);
    expect((await store.getActive())?.label).toBe('配偶');
    await expect(store.setActive('nope')).rejects.toBeInstanceOf(StoreError);
    expect(await store.getActiveId()).toBe(profile.id);
  });

  it('deleting the active profile makes another one active; deleting the last leaves none', async () => {
    const store = await open();
    const a = (await store.create('A')).profile;
    const b = (await store.create('B')).profile;
    expect(await store.delete(a.id)).toEqual({ activeId: b.id });
    expect(await store.delete(b.id)).toEqual({ activeId: null });
    expect(await store.list()).toEqual([]);
    await expect(store.delete('gone')).rejects.toThrow(/没有编号为 gone 的档案/);
  });

  it('updates with ops and returns the stored value', async () => {
    const store = await open();
    const { profile } = await store.create('本人');
    const saved = await store.update(profile.id, [{ op: 'set', path: ['basic', 'name'], value: '张伟' }]);
    expect(saved.basic.name).toBe('张伟');
    expect((await store.get(profile.id))?.basic.name).toBe('张伟');
  });

  it('refuses an invalid patch and keeps the stored value', async () => {
    const store = await open();
    const { profile } = await store.create('本人');
    await store.update(profile.id, [{ op: 'set', path: ['basic', 'name'], value: '张伟' }]);
    await expect(
      store.update(profile.id, [
        { op: 'set', path: ['basic', 'name'], value: '李四' },
        { op: 'set', path: ['basic', 'gender'], value: '未知' },
      ]),
    ).rejects.toBeInstanceOf(PatchError);
    expect((await store.get(profile.id))?.basic.name).toBe('张伟');
  });

  it('refuses updates of a missing profile', async () => {
    const store = await open();
    await expect(store.update('missing', [{ op: 'set', path: ['label'], value: 'x' }])).rejects.toThrow(StoreError);
  });
});

describe('concurrent saves', () => {
  it('two patches sent at the same moment both land (popup and content script)', async () => {
    const name = dbName();
    const popup = await open(name);
    const background = await open(name);
    const { profile } = await popup.create('本人');
    await Promise.all([
      popup.update(profile.id, [{ op: 'set', path: ['basic', 'mobile'], value: '13812345678' }]),
      background.update(profile.id, [{ op: 'set', path: ['work', 'employer'], value: '杭州示例公司' }]),
      popup.update(profile.id, [{ op: 'push', path: ['assessments'], value: { year: 2021, result: '称职' } }]),
      background.update(profile.id, [{ op: 'push', path: ['assessments'], value: { year: 2022, result: '优秀' } }]),
    ]);
    const stored = await popup.get(profile.id);
    expect(stored?.basic.mobile).toBe('13812345678');
    expect(stored?.work.employer).toBe('杭州示例公司');
    expect(stored?.assessments.map((a) => a.year).sort()).toEqual([2021, 2022]);
  });

  it('many function patches of the stored value at once: none is lost', async () => {
    const store = await open();
    const { profile } = await store.create('本人');
    await store.update(profile.id, [{ op: 'set', path: ['continuingEducation'], value: [{ year: 2023, hours: 0 }] }]);
    const bump = (stored: Profile): Profile => {
      const row = stored.continuingEducation[0]!;
      return { ...stored, continuingEducation: [{ ...row, hours: row.hours + 1 }] };
    };
    await Promise.all(Array.from({ length: 20 }, () => store.update(profile.id, bump)));
    expect((await store.get(profile.id))?.continuingEducation[0]?.hours).toBe(20);
  });
});

describe('import', () => {
  it('writes new profiles and makes the first active when none is', async () => {
    const store = await open();
    const outcome = await store.importProfiles([sampleProfile()]);
    expect(outcome).toEqual({
      ok: true,
      imported: [{ id: 'sample-zhang-wei', label: '本人', replaced: false }],
      activeId: 'sample-zhang-wei',
    });
    expect(await store.get('sample-zhang-wei')).toEqual(sampleProfile());
  });

  it('makes the imported profile active even when another one was', async () => {
    const store = await open();
    const { profile: own } = await store.create('本人');
    await store.setActive(own.id);
    const outcome = await store.importProfiles([sampleProfile()]);
    expect(outcome.ok && outcome.activeId).toBe('sample-zhang-wei');
    expect(await store.getActiveId()).toBe('sample-zhang-wei');
  });

  it('drops an empty profile of the same name, keeps one with data or another name', async () => {
    const store = await open();
    const { profile: blank } = await store.create('本人');
    const { profile: colleague } = await store.create('同事');
    const { profile: filled } = await store.create('本人');
    await store.update(filled.id, [{ op: 'set', path: ['basic', 'name'], value: '李娜' }]);
    await store.importProfiles([sampleProfile()]);
    const ids = (await store.list()).map((p) => p.id).sort();
    expect(ids).toEqual([colleague.id, filled.id, 'sample-zhang-wei'].sort());
    expect(ids).not.toContain(blank.id);
  });

  it('an existing id without a choice writes nothing and reports the conflict', async () => {
    const store = await open();
    await store.importProfiles([{ ...sampleProfile(), label: '旧的' }]);
    const other = { ...emptyProfile('新档案') };
    const outcome = await store.importProfiles([other, sampleProfile()]);
    expect(outcome).toEqual({ ok: false, conflicts: [{ id: 'sample-zhang-wei', label: '本人', storedLabel: '旧的' }] });
    expect(await store.get(other.id)).toBeUndefined();
    expect((await store.get('sample-zhang-wei'))?.label).toBe('旧的');
  });

  it('replace overwrites the stored profile', async () => {
    const store = await open();
    await store.importProfiles([{ ...sampleProfile(), label: '旧的' }]);
    const outcome = await store.importProfiles([sampleProfile()], 'replace');
    expect(outcome.ok && outcome.imported[0]).toEqual({ id: 'sample-zhang-wei', label: '本人', replaced: true });
    expect(await store.get('sample-zhang-wei')).toEqual(sampleProfile());
    expect(await store.list()).toHaveLength(1);
  });

  it('keepBoth stores the import under a new id with a label suffix', async () => {
    const store = await open();
    await store.importProfiles([{ ...sampleProfile(), label: '旧的' }]);
    const outcome = await store.importProfiles([sampleProfile()], { 'sample-zhang-wei': 'keepBoth' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const entry = outcome.imported[0]!;
    expect(entry.id).not.toBe('sample-zhang-wei');
    expect(entry).toMatchObject({ fromId: 'sample-zhang-wei', label: `本人${IMPORT_LABEL_SUFFIX}`, replaced: false });
    expect((await store.get('sample-zhang-wei'))?.label).toBe('旧的');
    const kept = await store.get(entry.id);
    expect({ ...kept, id: 'sample-zhang-wei', label: '本人' }).toEqual(sampleProfile());
  });
});

describe('mappings', () => {
  it('sets, gets, lists and deletes by step and label', async () => {
    const store = await open();
    const saved = await store.setMapping({ step: 'declaration', label: '从事专业', meaning: 'major' }, new Date('2026-11-26T08:00:00Z'));
    expect(saved.updatedAt).toBe('2026-11-26T08:00:00.000Z');
    await store.setMapping({ step: 'basicInfo', label: '个人邮箱', path: 'basic.email' });
    expect(await store.getMapping('declaration', '从事专业')).toEqual(saved);
    expect(await store.getMapping('basicInfo', '从事专业')).toBeUndefined();
    expect(await store.listMappings()).toHaveLength(2);
    expect(await store.deleteMapping('declaration', '从事专业')).toBe(true);
    expect(await store.deleteMapping('declaration', '从事专业')).toBe(false);
    expect(await store.listMappings()).toHaveLength(1);
  });
});

describe('migrations', () => {
  it('versions run 1..n without gaps', () => {
    expect(latestVersion(MIGRATIONS)).toBe(1);
    expect(() => latestVersion({ 1: () => {}, 3: () => {} })).toThrow(/without gaps/);
  });

  // A v2 TEST schema: an index on label, and every profile gains a field
  // computed from its stored value (a data migration, not only a schema one).
  const toV2: Migration = async (_db, tx) => {
    const profiles = tx.objectStore('profiles');
    profiles.createIndex('byLabel', 'label');
    let cursor = await profiles.openCursor();
    while (cursor) {
      const value = cursor.value as Profile;
      await cursor.update({ ...value, schemaNote: `v2:${value.label}` });
      cursor = await cursor.continue();
    }
  };

  it('opens a v1 database holding data, upgrades it to v2 and loses nothing', async () => {
    const name = dbName();
    const v1 = await open(name);
    await v1.importProfiles([sampleProfile()]);
    const other = (await v1.create('配偶')).profile;
    await v1.update(other.id, [{ op: 'set', path: ['basic', 'name'], value: '李娜' }]);
    await v1.setActive(other.id);
    await v1.setMapping({ step: 'declaration', label: '从事专业', meaning: 'major' });
    const before = await v1.list();
    v1.close();

    const v2 = await open(name, { ...MIGRATIONS, 2: toV2 });
    expect(v2.db.version).toBe(2);
    const after = await v2.list();
    expect(after).toHaveLength(before.length);
    for (const profile of before) {
      expect(await v2.get(profile.id)).toEqual({ ...profile, schemaNote: `v2:${profile.label}` });
    }
    expect(await v2.getActiveId()).toBe(other.id);
    expect(await v2.listMappings()).toHaveLength(1);
    expect(await v2.db.getAllFromIndex('profiles', 'byLabel', '配偶')).toHaveLength(1);
  });

  it('a failing migration aborts the upgrade and the v1 data stays as it was', async () => {
    const name = dbName();
    const v1 = await open(name);
    await v1.importProfiles([sampleProfile()]);
    v1.close();

    const broken: Migration = async (_db, tx) => {
      await tx.objectStore('profiles').clear();
      throw new Error('migration bug');
    };
    await expect(openProfileStore({ name, migrations: { ...MIGRATIONS, 2: broken } })).rejects.toThrow('migration bug');

    const again = await open(name);
    expect(again.db.version).toBe(1);
    expect(await again.get('sample-zhang-wei')).toEqual(sampleProfile());
  });

  it('a fresh database runs every migration from 1', async () => {
    const name = dbName();
    const store = await open(name, { ...MIGRATIONS, 2: toV2 });
    expect([...store.db.objectStoreNames].sort()).toEqual(['mappings', 'profiles', 'settings']);
    expect(store.db.version).toBe(2);
  });

  it('keeps the active id in the settings store', async () => {
    const name = dbName();
    const store = await open(name);
    const { profile } = await store.create('本人');
    store.close();
    const raw = await openDB(name);
    expect(await raw.get('settings', ACTIVE_PROFILE_KEY)).toBe(profile.id);
    raw.close();
  });
});

describe('connection events', () => {
  it('steps aside when a newer version asks (versionchange) and tells its owner', async () => {
    const name = dbName();
    const closed: string[] = [];
    const store = await openProfileStore({ name, onClose: (why) => closed.push(why) });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 2);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`indexedDB.open(${name}) failed`));
    });
    expect(closed).toEqual(['versionchange']);
    expect(store.closed).toBe(true);
    newer.close();
  });

  it('reports being blocked by an older connection that does not close', async () => {
    const name = dbName();
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        for (const s of ['profiles', 'settings', 'mappings']) db.createObjectStore(s, s === 'profiles' ? { keyPath: 'id' } : undefined);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`indexedDB.open(${name}) failed`));
    });
    old.onversionchange = () => undefined; // an old tab that does not step aside
    const blocked = vi.fn();
    const opening = openProfileStore({ name, migrations: { ...MIGRATIONS, 2: () => undefined }, onBlocked: blocked });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blocked).toHaveBeenCalled();
    old.close();
    const store = await opening;
    expect(store.closed).toBe(false);
    store.close();
  });
});
