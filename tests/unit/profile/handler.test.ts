import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createSender, type Request, type Response } from '../../../lib/messaging';
import { createHandler, type Handler, type SenderInfo } from '../../../lib/profile/handler';
import { RefusalLog } from '../../../lib/profile/refusals';
import { exportProfiles } from '../../../lib/profile/exchange';
import { memorySessionArea, SessionFindings } from '../../../lib/profile/session';
import { openProfileStore, type ProfileStore } from '../../../lib/profile/store';
import type { Finding } from '../../../lib/rules/types';
import { dbName, SAMPLE_TEXT, sampleProfile, sampleWith } from './fixtures';

const stores: ProfileStore[] = [];
afterEach(() => {
  while (stores.length > 0) stores.pop()?.close();
});

async function setup(): Promise<{ handle: Handler; store: ProfileStore; refusals: RefusalLog }> {
  const store = await openProfileStore({ name: dbName() });
  stores.push(store);
  const refusals = new RefusalLog(memorySessionArea());
  const handle = createHandler({
    store: async () => store,
    session: new SessionFindings(memorySessionArea()),
    refusals,
    version: '0.1.0',
    now: () => new Date('2026-11-26T08:00:00Z'),
  });
  return { handle, store, refusals };
}

/** The content script in tab 7 of the platform; an extension page (the popup). */
const TAB: SenderInfo = { kind: 'platform', tabId: 7, origin: 'https://zcps.rlsbt.zj.gov.cn' };
const PAGE: SenderInfo = { kind: 'extension', origin: 'chrome-extension://abc' };
const finding: Finding = {
  ruleId: 'report.length',
  messageId: 'over',
  level: 'error',
  message: '本人述职超过 1000 字',
  messageEn: 'too long',
};

describe('message shape validation', () => {
  it.each<[string, unknown]>([
    ['not an object', 'ping'],
    ['null', null],
    ['no type', {}],
    ['an unknown type', { type: 'profile.explode' }],
    ['a save without ops', { type: 'profile.save', id: 'x', ops: [] }],
    ['a save with a bad op', { type: 'profile.save', id: 'x', ops: [{ op: 'eval', path: ['a'] }] }],
    ['a save with __proto__ in a path', { type: 'profile.save', id: 'x', ops: [{ op: 'set', path: ['__proto__', 'x'], value: 1 }] }],
    ['a save with a negative index', { type: 'profile.save', id: 'x', ops: [{ op: 'remove', path: ['history', -1] }] }],
    ['an import without text', { type: 'profile.import' }],
    ['an import with a bad choice', { type: 'profile.import', text: '{}', onConflict: 'merge' }],
    ['session.set with an unknown step', { type: 'session.set', step: 'nowhere', findings: [] }],
    [
      'session.set with a bad finding',
      { type: 'session.set', step: 'photo', findings: [{ ruleId: 'x', level: 'fatal', message: '', messageEn: '' }] },
    ],
    ['mapping.set without meaning or path', { type: 'mapping.set', mapping: { step: 'declaration', label: '从事专业' } }],
    ['mapping.set with an unknown meaning', { type: 'mapping.set', mapping: { step: 'declaration', label: 'x', meaning: 'shoeSize' } }],
  ])('%s → a badRequest answer, not a throw', async (_name, message) => {
    const { handle } = await setup();
    // session.* is the page's assistant's; everything else the popup's.
    const type = (message as { type?: string } | null)?.type ?? '';
    const answer = await handle(message, type.startsWith('session.') ? TAB : PAGE);
    expect(answer).toMatchObject({ type: 'error', code: 'badRequest' });
    expect(answer.type === 'error' && answer.message).toMatch(/格式不正确/);
  });
});

describe('answers', () => {
  it('ping → pong with the version', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'ping' }, PAGE)).toEqual({ type: 'pong', version: '0.1.0' });
  });

  it('create, list, save a patch, getActive, setActive, delete', async () => {
    const { handle } = await setup();
    const created = await handle({ type: 'profile.create', label: '本人' }, PAGE);
    expect(created.type).toBe('profile.created');
    if (created.type !== 'profile.created') return;
    const id = created.profile.id;

    const saved = await handle({ type: 'profile.save', id, ops: [{ op: 'set', path: ['basic', 'name'], value: '张伟' }] }, PAGE);
    expect(saved).toMatchObject({ type: 'profile.saved', savedAt: '2026-11-26T08:00:00.000Z', profile: { basic: { name: '张伟' } } });

    expect(await handle({ type: 'profile.getActive' }, TAB)).toMatchObject({
      type: 'profile.active',
      profile: { id, basic: { name: '张伟' } },
    });

    const other = await handle({ type: 'profile.create', label: '配偶' }, PAGE);
    const otherId = other.type === 'profile.created' ? other.profile.id : '';
    expect(await handle({ type: 'profile.setActive', id: otherId }, PAGE)).toEqual({ type: 'profile.activeSet', activeId: otherId });
    const list = await handle({ type: 'profile.list' }, PAGE);
    expect(list.type === 'profile.list' && list.profiles.length).toBe(2);
    expect(list.type === 'profile.list' && list.activeId).toBe(otherId);

    expect(await handle({ type: 'profile.delete', id: otherId }, PAGE)).toEqual({ type: 'profile.deleted', id: otherId, activeId: id });
  });

  it('two profile.save messages at the same moment (popup and photo tool) both land', async () => {
    const { handle, store } = await setup();
    const { profile } = await store.create('本人');
    const answers = await Promise.all([
      handle({ type: 'profile.save', id: profile.id, ops: [{ op: 'set', path: ['basic', 'email'], value: 'a@example.com' }] }, PAGE),
      handle({ type: 'profile.save', id: profile.id, ops: [{ op: 'merge', path: ['work'], value: { employer: '杭州示例公司' } }] }, PAGE),
    ]);
    expect(answers.map((a) => a.type)).toEqual(['profile.saved', 'profile.saved']);
    const stored = await store.get(profile.id);
    expect(stored?.basic.email).toBe('a@example.com');
    expect(stored?.work.employer).toBe('杭州示例公司');
  });

  it('an invalid patch is an invalid answer with problems, and nothing changes', async () => {
    const { handle, store } = await setup();
    const { profile } = await store.create('本人');
    const answer = await handle(
      { type: 'profile.save', id: profile.id, ops: [{ op: 'set', path: ['basic', 'gender'], value: '未知' }] },
      PAGE,
    );
    expect(answer).toMatchObject({ type: 'error', code: 'invalid' });
    expect(answer.type === 'error' && answer.problems?.[0]?.path).toBe('$.basic.gender');
    expect(await store.get(profile.id)).toEqual(profile);
  });

  it('a save to a missing profile is notFound', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'profile.save', id: 'nope', ops: [{ op: 'set', path: ['label'], value: 'x' }] }, PAGE)).toMatchObject({
      type: 'error',
      code: 'notFound',
    });
  });

  it('a store that cannot open is an internal error answer', async () => {
    const handle = createHandler({
      store: async () => {
        throw new Error('disk full');
      },
      session: new SessionFindings(memorySessionArea()),
      refusals: new RefusalLog(memorySessionArea()),
      version: '0.1.0',
    });
    const answer = await handle({ type: 'profile.list' }, PAGE);
    expect(answer).toMatchObject({ type: 'error', code: 'internal' });
    expect(answer.type === 'error' && answer.message).toMatch(/disk full/);
    expect(await handle({ type: 'ping' }, PAGE)).toEqual({ type: 'pong', version: '0.1.0' });
  });
});

describe('profile.import', () => {
  it('imports a valid file', async () => {
    const { handle, store } = await setup();
    const answer = await handle({ type: 'profile.import', text: SAMPLE_TEXT }, PAGE);
    expect(answer).toEqual({
      type: 'profile.imported',
      imported: [{ id: 'sample-zhang-wei', label: '本人', replaced: false }],
      activeId: 'sample-zhang-wei',
    });
    expect(await store.get('sample-zhang-wei')).toEqual(sampleProfile());
  });

  it('refuses a bad file with the problems and leaves the stored profile untouched', async () => {
    const { handle, store } = await setup();
    await store.importProfiles([sampleProfile()]);
    const bad = sampleWith((f) => {
      f.profiles[0]!.basic.name = '李四';
      f.profiles[0]!.work.workStart = '去年';
    });
    const answer = await handle({ type: 'profile.import', text: bad, onConflict: 'replace' }, PAGE);
    expect(answer).toMatchObject({ type: 'error', code: 'invalid' });
    expect(answer.type === 'error' && answer.problems?.map((p) => p.path)).toEqual(['$.profiles[0].work.workStart']);
    expect(await store.get('sample-zhang-wei')).toEqual(sampleProfile());
  });

  it('asks about an existing id, then replaces or keeps both as told', async () => {
    const { handle, store } = await setup();
    await store.importProfiles([{ ...sampleProfile(), label: '旧的' }]);
    const text = exportProfiles([sampleProfile()], new Date());
    expect(await handle({ type: 'profile.import', text }, PAGE)).toEqual({
      type: 'profile.importConflicts',
      conflicts: [{ id: 'sample-zhang-wei', label: '本人', storedLabel: '旧的' }],
    });
    expect((await store.get('sample-zhang-wei'))?.label).toBe('旧的');

    const kept = await handle({ type: 'profile.import', text, onConflict: { 'sample-zhang-wei': 'keepBoth' } }, PAGE);
    expect(kept.type).toBe('profile.imported');
    expect(await store.list()).toHaveLength(2);

    await handle({ type: 'profile.import', text, onConflict: 'replace' }, PAGE);
    expect(await store.get('sample-zhang-wei')).toEqual(sampleProfile());
  });
});

describe('session', () => {
  it('keeps findings per tab and step, and the application type', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'session.get' }, TAB)).toEqual({ type: 'session.findings', steps: {} });
    await Promise.all([
      handle({ type: 'session.set', step: 'declaration', findings: [finding] }, TAB),
      handle({ type: 'session.set', step: 'photo', findings: [] }, TAB),
      handle({ type: 'session.setApplicationType', applicationType: '破格申报' }, TAB),
    ]);
    expect(await handle({ type: 'session.get' }, TAB)).toEqual({
      type: 'session.findings',
      steps: { declaration: [finding], photo: [] },
      applicationType: '破格申报',
    });
    expect(await handle({ type: 'session.get' }, { ...TAB, tabId: 8 })).toEqual({ type: 'session.findings', steps: {} });
    // The popup names the tab it shows (even when it is open in a tab itself); a content script cannot read another tab.
    expect(await handle({ type: 'session.get', tabId: TAB.tabId }, PAGE)).toMatchObject({ steps: { declaration: [finding] } });
    expect(await handle({ type: 'session.get', tabId: TAB.tabId }, { ...PAGE, tabId: 99 })).toMatchObject({
      steps: { declaration: [finding] },
    });
    expect(await handle({ type: 'session.get', tabId: 8 }, TAB)).toMatchObject({ steps: { declaration: [finding] } });
  });

  it('refuses a session read that names no tab', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'session.get' }, PAGE)).toMatchObject({ type: 'error', code: 'noTab' });
  });

  it('clears a closed tab', async () => {
    const session = new SessionFindings(memorySessionArea());
    await session.set(3, 'photo', [finding]);
    await session.clear(3);
    expect(await session.get(3)).toEqual({ steps: {} });
  });
});

describe('mapping', () => {
  it('set, get, list, delete', async () => {
    const { handle } = await setup();
    const set = await handle({ type: 'mapping.set', mapping: { step: 'declaration', label: '从事专业', meaning: 'major' } }, TAB);
    const mapping = { step: 'declaration', label: '从事专业', meaning: 'major', updatedAt: '2026-11-26T08:00:00.000Z' };
    expect(set).toEqual({ type: 'mapping.saved', mapping });
    expect(await handle({ type: 'mapping.get', step: 'declaration', label: '从事专业' }, PAGE)).toEqual({ type: 'mapping', mapping });
    expect(await handle({ type: 'mapping.get', step: 'photo', label: '从事专业' }, PAGE)).toEqual({ type: 'mapping', mapping: null });
    expect(await handle({ type: 'mapping.list' }, TAB)).toEqual({ type: 'mapping.list', mappings: [mapping] });
    expect(await handle({ type: 'mapping.delete', step: 'declaration', label: '从事专业' }, PAGE)).toEqual({
      type: 'mapping.deleted',
      existed: true,
    });
  });

  it.each([
    ['basic.idNumber'],
    ['work.employer'],
    ['education[0].school'],
    ['education.1.graduation'],
    ['achievements[3].title'],
    ['declaration.selfReport'],
  ])('a path that names a profile field is kept: %s', async (path) => {
    const { handle } = await setup();
    expect(await handle({ type: 'mapping.set', mapping: { step: 'basicInfo', label: '备注', path } }, TAB)).toMatchObject({
      type: 'mapping.saved',
    });
  });

  it.each([
    ['__proto__'],
    ['basic'],
    ['basic.__proto__'],
    ['basic.toString'],
    ['basic.shoeSize'],
    ['id'],
    ['label'],
    ['education.school'],
    ['education[0]'],
    ['education[100].school'],
    ['basic.mobile.length'],
    ['constructor.prototype'],
    ['achievements[0].id.x'],
    ['../basic.mobile'],
  ])('a path that is no profile field is refused: %s', async (path) => {
    const { handle, store } = await setup();
    const answer = await handle({ type: 'mapping.set', mapping: { step: 'basicInfo', label: '备注', path } }, TAB);
    expect(answer).toMatchObject({ type: 'error', code: 'badRequest' });
    expect(await store.listMappings()).toEqual([]);
  });
});

describe('features.load (Firefox runs the step bundle for the content script)', () => {
  it('injects into the sender’s own tab and frame; other browsers say it is not theirs to do', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'features.load' }, { ...TAB, frameId: 2 })).toMatchObject({ type: 'error', code: 'unsupported' });
    const calls: Array<[number, number]> = [];
    const withLoader = createHandler({
      store: async () => {
        throw new Error('unused');
      },
      session: new SessionFindings(memorySessionArea()),
      refusals: new RefusalLog(memorySessionArea()),
      loadStepFeatures: async (tabId, frameId) => void calls.push([tabId, frameId]),
      version: '0.1.0',
    });
    expect(await withLoader({ type: 'features.load' }, { ...TAB, frameId: 2 })).toEqual({ type: 'features.loaded' });
    expect(calls).toEqual([[7, 2]]);
    expect(await withLoader({ type: 'features.load' }, PAGE)).toMatchObject({ code: 'forbidden' });
    expect(calls).toHaveLength(1);
  });
});

describe('who may ask (REQUEST_SENDERS)', () => {
  it.each<[string, Request]>([
    ['profile.list', { type: 'profile.list' }],
    ['profile.save', { type: 'profile.save', id: 'x', ops: [{ op: 'set', path: ['label'], value: 'x' }] }],
    ['profile.import', { type: 'profile.import', text: SAMPLE_TEXT, onConflict: 'replace' }],
    ['profile.delete', { type: 'profile.delete', id: 'x' }],
    ['profile.setActive', { type: 'profile.setActive', id: 'x' }],
    ['mapping.delete', { type: 'mapping.delete', step: 'photo', label: 'x' }],
    ['ping', { type: 'ping' }],
    ['security.refusals', { type: 'security.refusals' }],
  ])('the content script may not send %s: refused and counted', async (_name, request) => {
    const { handle, store, refusals } = await setup();
    expect(await handle(request, TAB)).toMatchObject({ type: 'error', code: 'forbidden' });
    expect(await store.list()).toEqual([]);
    expect(await refusals.get()).toMatchObject({
      count: 1,
      last: { type: request.type, sender: 'platform', origin: 'https://zcps.rlsbt.zj.gov.cn' },
    });
  });

  it('an unknown sender gets nothing, not even the active profile; each refusal is counted', async () => {
    const { handle, store } = await setup();
    await store.importProfiles([sampleProfile()]);
    const stranger: SenderInfo = { kind: 'unknown', tabId: 3, origin: 'http://zcps.rlsbt.zj.gov.cn' };
    for (const request of [{ type: 'profile.getActive' }, { type: 'mapping.list' }, { type: 'session.get' }, { type: 'nonsense' }, null]) {
      expect(await handle(request, stranger)).toMatchObject({ type: 'error', code: 'forbidden' });
    }
    expect(await handle({ type: 'security.refusals' }, PAGE)).toMatchObject({
      type: 'security.refusals',
      count: 5,
      last: { type: '', sender: 'unknown', origin: 'http://zcps.rlsbt.zj.gov.cn' },
    });
  });

  it('the content script gets what the assistant needs', async () => {
    const { handle, store } = await setup();
    await store.importProfiles([sampleProfile()]);
    expect(await handle({ type: 'profile.getActive' }, TAB)).toMatchObject({ type: 'profile.active', profile: { id: sampleProfile().id } });
    expect(await handle({ type: 'session.get' }, TAB)).toMatchObject({ type: 'session.findings' });
    expect(await handle({ type: 'session.set', step: 'photo', findings: [] }, TAB)).toEqual({ type: 'session.saved' });
    expect(await handle({ type: 'mapping.list' }, TAB)).toMatchObject({ type: 'mapping.list' });
    expect(await handle({ type: 'security.refusals' }, PAGE)).toEqual({ type: 'security.refusals', count: 0 });
  });

  it("an extension page may not write a tab’s session (only the page's assistant does)", async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'session.set', step: 'photo', findings: [] }, { ...PAGE, tabId: 4 })).toMatchObject({ code: 'forbidden' });
  });
});

describe('send', () => {
  it('returns the typed answer of the transport', async () => {
    const { handle } = await setup();
    const send = createSender((message: Request) => handle(message, PAGE));
    const answer = await send({ type: 'ping' });
    expect(answer).toEqual({ type: 'pong', version: '0.1.0' });
  });

  it('turns a failed delivery or no answer into a transport error, never a throw', async () => {
    const failing = createSender(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const refused = await failing({ type: 'profile.getActive' });
    expect(refused).toMatchObject({ type: 'error', code: 'transport' });
    expect(refused.type === 'error' && refused.message).toMatch(/无法连接扩展后台/);
    const silent = createSender(async () => undefined);
    const answer: Response = await silent({ type: 'ping' });
    expect(answer).toMatchObject({ type: 'error', code: 'transport' });
  });
});

describe('a full disk (storage quota)', () => {
  it('answers with a clear message and code quota; nothing stored changes; the popup’s retry lands once there is room', async () => {
    const { handle, store } = await setup();
    await store.importProfiles([sampleProfile()]);
    const before = await store.get(sampleProfile().id);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    let answer: Response;
    try {
      answer = await handle(
        { type: 'profile.save', id: sampleProfile().id, ops: [{ op: 'set', path: ['basic', 'mobile'], value: '13900000000' }] },
        PAGE,
      );
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(answer).toMatchObject({ type: 'error', code: 'quota' });
    expect(answer.type === 'error' && answer.message).toMatch(/本机存储空间不足.*已保存的档案未受影响/);
    expect(await store.get(sampleProfile().id)).toEqual(before);
    // The same edit again, with room: saved.
    const again = await handle(
      { type: 'profile.save', id: sampleProfile().id, ops: [{ op: 'set', path: ['basic', 'mobile'], value: '13900000000' }] },
      PAGE,
    );
    expect(again).toMatchObject({ type: 'profile.saved', profile: { basic: { mobile: '13900000000' } } });
  });
});
