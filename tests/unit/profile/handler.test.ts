import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createSender, type Request, type Response } from '../../../lib/messages';
import { createHandler, type Handler } from '../../../lib/profile/handler';
import { exportProfiles } from '../../../lib/profile/exchange';
import { memorySessionArea, SessionFindings } from '../../../lib/profile/session';
import { openProfileStore, type ProfileStore } from '../../../lib/profile/store';
import type { Finding } from '../../../lib/rules/types';
import { dbName, SAMPLE_TEXT, sampleProfile, sampleWith } from './fixtures';

const stores: ProfileStore[] = [];
afterEach(() => {
  while (stores.length > 0) stores.pop()?.close();
});

async function setup(): Promise<{ handle: Handler; store: ProfileStore }> {
  const store = await openProfileStore({ name: dbName() });
  stores.push(store);
  const handle = createHandler({
    store: async () => store,
    session: new SessionFindings(memorySessionArea()),
    version: '0.1.0',
    now: () => new Date('2026-11-26T08:00:00Z'),
  });
  return { handle, store };
}

const TAB = { tabId: 7 };
const finding: Finding = { ruleId: 'report.length', level: 'error', message: '本人述职超过 1000 字', messageEn: 'too long' };

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
    ['session.set with a bad finding', { type: 'session.set', step: 'photo', findings: [{ ruleId: 'x', level: 'fatal', message: '', messageEn: '' }] }],
    ['mapping.set without meaning or path', { type: 'mapping.set', mapping: { step: 'declaration', label: '从事专业' } }],
    ['mapping.set with an unknown meaning', { type: 'mapping.set', mapping: { step: 'declaration', label: 'x', meaning: 'shoeSize' } }],
  ])('%s → a badRequest answer, not a throw', async (_name, message) => {
    const { handle } = await setup();
    const answer = await handle(message, TAB);
    expect(answer).toMatchObject({ type: 'error', code: 'badRequest' });
    expect(answer.type === 'error' && answer.message).toMatch(/格式不正确/);
  });
});

describe('answers', () => {
  it('ping → pong with the version', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'ping' }, {})).toEqual({ type: 'pong', version: '0.1.0' });
  });

  it('create, list, save a patch, getActive, setActive, delete', async () => {
    const { handle } = await setup();
    const created = await handle({ type: 'profile.create', label: '本人' }, {});
    expect(created.type).toBe('profile.created');
    if (created.type !== 'profile.created') return;
    const id = created.profile.id;

    const saved = await handle({ type: 'profile.save', id, ops: [{ op: 'set', path: ['basic', 'name'], value: '张伟' }] }, {});
    expect(saved).toMatchObject({ type: 'profile.saved', savedAt: '2026-11-26T08:00:00.000Z', profile: { basic: { name: '张伟' } } });

    expect(await handle({ type: 'profile.getActive' }, TAB)).toMatchObject({ type: 'profile.active', profile: { id, basic: { name: '张伟' } } });

    const other = await handle({ type: 'profile.create', label: '配偶' }, {});
    const otherId = other.type === 'profile.created' ? other.profile.id : '';
    expect(await handle({ type: 'profile.setActive', id: otherId }, {})).toEqual({ type: 'profile.activeSet', activeId: otherId });
    const list = await handle({ type: 'profile.list' }, {});
    expect(list.type === 'profile.list' && list.profiles.length).toBe(2);
    expect(list.type === 'profile.list' && list.activeId).toBe(otherId);

    expect(await handle({ type: 'profile.delete', id: otherId }, {})).toEqual({ type: 'profile.deleted', id: otherId, activeId: id });
  });

  it('two profile.save messages at the same moment (popup and content script) both land', async () => {
    const { handle, store } = await setup();
    const { profile } = await store.create('本人');
    const answers = await Promise.all([
      handle({ type: 'profile.save', id: profile.id, ops: [{ op: 'set', path: ['basic', 'email'], value: 'a@example.com' }] }, {}),
      handle({ type: 'profile.save', id: profile.id, ops: [{ op: 'merge', path: ['work'], value: { employer: '杭州示例公司' } }] }, TAB),
    ]);
    expect(answers.map((a) => a.type)).toEqual(['profile.saved', 'profile.saved']);
    const stored = await store.get(profile.id);
    expect(stored?.basic.email).toBe('a@example.com');
    expect(stored?.work.employer).toBe('杭州示例公司');
  });

  it('an invalid patch is an invalid answer with problems, and nothing changes', async () => {
    const { handle, store } = await setup();
    const { profile } = await store.create('本人');
    const answer = await handle({ type: 'profile.save', id: profile.id, ops: [{ op: 'set', path: ['basic', 'gender'], value: '未知' }] }, {});
    expect(answer).toMatchObject({ type: 'error', code: 'invalid' });
    expect(answer.type === 'error' && answer.problems?.[0]?.path).toBe('$.basic.gender');
    expect(await store.get(profile.id)).toEqual(profile);
  });

  it('a save to a missing profile is notFound', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'profile.save', id: 'nope', ops: [{ op: 'set', path: ['label'], value: 'x' }] }, {}))
      .toMatchObject({ type: 'error', code: 'notFound' });
  });

  it('a store that cannot open is an internal error answer', async () => {
    const handle = createHandler({
      store: async () => { throw new Error('disk full'); },
      session: new SessionFindings(memorySessionArea()),
      version: '0.1.0',
    });
    expect(await handle({ type: 'profile.list' }, {})).toMatchObject({ type: 'error', code: 'internal', message: expect.stringMatching(/disk full/) });
    expect(await handle({ type: 'ping' }, {})).toEqual({ type: 'pong', version: '0.1.0' });
  });
});

describe('profile.import', () => {
  it('imports a valid file', async () => {
    const { handle, store } = await setup();
    const answer = await handle({ type: 'profile.import', text: SAMPLE_TEXT }, {});
    expect(answer).toEqual({ type: 'profile.imported', imported: [{ id: 'sample-zhang-wei', label: '本人', replaced: false }], activeId: 'sample-zhang-wei' });
    expect(await store.get('sample-zhang-wei')).toEqual(sampleProfile());
  });

  it('refuses a bad file with the problems and leaves the stored profile untouched', async () => {
    const { handle, store } = await setup();
    await store.importProfiles([sampleProfile()]);
    const bad = sampleWith((f) => { (f.profiles[0] as any).basic.name = '李四'; (f.profiles[0] as any).work.workStart = '去年'; });
    const answer = await handle({ type: 'profile.import', text: bad, onConflict: 'replace' }, {});
    expect(answer).toMatchObject({ type: 'error', code: 'invalid' });
    expect(answer.type === 'error' && answer.problems?.map((p) => p.path)).toEqual(['$.profiles[0].work.workStart']);
    expect(await store.get('sample-zhang-wei')).toEqual(sampleProfile());
  });

  it('asks about an existing id, then replaces or keeps both as told', async () => {
    const { handle, store } = await setup();
    await store.importProfiles([{ ...sampleProfile(), label: '旧的' }]);
    const text = exportProfiles([sampleProfile()], new Date());
    expect(await handle({ type: 'profile.import', text }, {}))
      .toEqual({ type: 'profile.importConflicts', conflicts: [{ id: 'sample-zhang-wei', label: '本人', storedLabel: '旧的' }] });
    expect((await store.get('sample-zhang-wei'))?.label).toBe('旧的');

    const kept = await handle({ type: 'profile.import', text, onConflict: { 'sample-zhang-wei': 'keepBoth' } }, {});
    expect(kept.type).toBe('profile.imported');
    expect(await store.list()).toHaveLength(2);

    await handle({ type: 'profile.import', text, onConflict: 'replace' }, {});
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
    expect(await handle({ type: 'session.get' }, TAB))
      .toEqual({ type: 'session.findings', steps: { declaration: [finding], photo: [] }, applicationType: '破格申报' });
    expect(await handle({ type: 'session.get' }, { tabId: 8 })).toEqual({ type: 'session.findings', steps: {} });
    // The popup has no tab and names the one it shows; a content script cannot read another tab.
    expect(await handle({ type: 'session.get', tabId: TAB.tabId }, {})).toMatchObject({ steps: { declaration: [finding] } });
    expect(await handle({ type: 'session.get', tabId: 8 }, TAB)).toMatchObject({ steps: { declaration: [finding] } });
  });

  it('refuses a sender without a tab', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'session.get' }, {})).toMatchObject({ type: 'error', code: 'noTab' });
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
    expect(await handle({ type: 'mapping.get', step: 'declaration', label: '从事专业' }, TAB)).toEqual({ type: 'mapping', mapping });
    expect(await handle({ type: 'mapping.get', step: 'photo', label: '从事专业' }, TAB)).toEqual({ type: 'mapping', mapping: null });
    expect(await handle({ type: 'mapping.list' }, TAB)).toEqual({ type: 'mapping.list', mappings: [mapping] });
    expect(await handle({ type: 'mapping.delete', step: 'declaration', label: '从事专业' }, TAB)).toEqual({ type: 'mapping.deleted', existed: true });
  });
});

describe('send', () => {
  it('returns the typed answer of the transport', async () => {
    const { handle } = await setup();
    const send = createSender((message: Request) => handle(message, TAB));
    const answer = await send({ type: 'ping' });
    expect(answer).toEqual({ type: 'pong', version: '0.1.0' });
  });

  it('turns a failed delivery or no answer into a transport error, never a throw', async () => {
    const failing = createSender(async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); });
    expect(await failing({ type: 'profile.getActive' })).toMatchObject({ type: 'error', code: 'transport', message: expect.stringMatching(/无法连接扩展后台/) });
    const silent = createSender(async () => undefined);
    const answer: Response = await silent({ type: 'ping' });
    expect(answer).toMatchObject({ type: 'error', code: 'transport' });
  });
});
