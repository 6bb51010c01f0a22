import { describe, expect, it, vi } from 'vitest';
import type { PatchOp } from '../../../lib/messaging';
import { applyPatch } from '../../../lib/profile/patch';
import { emptyProfile } from '../../../lib/profile/schema';
import type { Profile } from '../../../lib/profile/types';
import { AutoSaver, retryDelay, type SaveResult, type SaveStatus } from '../../../entrypoints/popup/autosave';
import { localUnsaved } from '../../../entrypoints/popup/unsaved';

function setup(delayMs = 100) {
  let stored: Profile = emptyProfile('本人');
  const calls: PatchOp[][] = [];
  const statuses: SaveStatus['kind'][] = [];
  const adopted: Profile[] = [];
  let release: (() => void) | undefined;
  let hold = false;
  const saver = new AutoSaver({
    delayMs,
    save: async (ops): Promise<SaveResult> => {
      calls.push(ops);
      if (hold)
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      stored = applyPatch(stored, ops);
      return { ok: true, profile: stored, at: new Date(0) };
    },
    onStatus: (s) => statuses.push(s.kind),
    onStored: (p) => adopted.push(p),
  });
  return {
    saver,
    calls,
    statuses,
    adopted,
    stored: () => stored,
    holdSaves: () => {
      hold = true;
    },
    releaseSave: () => {
      hold = false;
      release?.();
    },
  };
}

const set = (key: string, value: string): PatchOp => ({ op: 'set', path: ['basic', key], value });

describe('AutoSaver', () => {
  it('waits for a pause, then sends one save with the edits coalesced per field', async () => {
    vi.useFakeTimers();
    const t = setup();
    t.saver.push(set('name', '张'));
    t.saver.push(set('name', '张伟'));
    t.saver.push(set('mobile', '138'));
    expect(t.calls).toHaveLength(0);
    expect(t.statuses).toContain('pending');
    await vi.advanceTimersByTimeAsync(100);
    expect(t.calls).toEqual([[set('name', '张伟'), set('mobile', '138')]]);
    expect(t.statuses.slice(-2)).toEqual(['saving', 'saved']);
    expect(t.stored().basic).toEqual({ name: '张伟', mobile: '138' });
    vi.useRealTimers();
  });

  it('each keystroke restarts the pause', async () => {
    vi.useFakeTimers();
    const t = setup();
    t.saver.push(set('name', '张'));
    await vi.advanceTimersByTimeAsync(80);
    t.saver.push(set('name', '张伟'));
    await vi.advanceTimersByTimeAsync(80);
    expect(t.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(20);
    expect(t.calls).toHaveLength(1);
    vi.useRealTimers();
  });

  it('edits made while a save is in flight go in the next save, and the older answer is not adopted', async () => {
    const t = setup(1);
    t.holdSaves();
    t.saver.push(set('name', '张伟'));
    const first = t.saver.flush();
    await Promise.resolve();
    t.saver.push(set('mobile', '13812345678'));
    t.releaseSave();
    await first;
    expect(t.adopted).toHaveLength(0); // a newer edit was waiting
    await t.saver.flush();
    expect(t.calls).toEqual([[set('name', '张伟')], [set('mobile', '13812345678')]]);
    expect(t.adopted.at(-1)?.basic).toEqual({ name: '张伟', mobile: '13812345678' });
    expect(t.saver.hasPending).toBe(false);
  });

  it('does not coalesce across a list change (indexes may shift)', async () => {
    const t = setup(1);
    const a: PatchOp = { op: 'set', path: ['history', 0, 'employer'], value: 'A' };
    t.saver.push({ op: 'push', path: ['history'], value: {} });
    t.saver.push(a);
    t.saver.push({ op: 'push', path: ['history'], value: {} });
    t.saver.push({ op: 'set', path: ['history', 0, 'employer'], value: 'B' });
    await t.saver.flush();
    expect(t.calls[0]).toHaveLength(4);
  });

  it('a refused save reports the reason', async () => {
    const statuses: SaveStatus[] = [];
    const refused = vi.fn();
    const saver = new AutoSaver({
      delayMs: 1,
      save: async () => ({ ok: false, message: '没有编号为 x 的档案' }),
      onStatus: (s) => statuses.push(s),
      onStored: () => {},
      onRefused: refused,
    });
    saver.push(set('name', 'x'));
    await saver.flush();
    expect(statuses.at(-1)).toEqual({ kind: 'error', message: '没有编号为 x 的档案' });
    expect(refused).toHaveBeenCalledOnce();
  });
});

describe('AutoSaver when the background is away', () => {
  it('re-queues a save that did not arrive and sends it again until it lands; newer edits follow it', async () => {
    vi.useFakeTimers();
    let stored: Profile = emptyProfile('本人');
    const calls: PatchOp[][] = [];
    const statuses: SaveStatus[] = [];
    const unsaved: PatchOp[][] = [];
    let failures = 2;
    const saver = new AutoSaver({
      delayMs: 100,
      save: async (ops): Promise<SaveResult> => {
        calls.push(ops);
        if (failures-- > 0) return { ok: false, message: '无法连接扩展后台', retry: true };
        stored = applyPatch(stored, ops);
        return { ok: true, profile: stored, at: new Date(0) };
      },
      onStatus: (s) => statuses.push(s),
      onStored: () => undefined,
      onRefused: () => {
        throw new Error('not a refusal');
      },
      onUnsaved: (ops) => unsaved.push(ops),
    });
    saver.push(set('name', '张伟'));
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1);
    expect(statuses.at(-1)).toMatchObject({ kind: 'retrying', attempt: 1, inMs: 500 });
    expect(saver.hasPending).toBe(true);
    saver.push(set('mobile', '138'));
    expect(unsaved.at(-1)).toEqual([set('name', '张伟'), set('mobile', '138')]);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls[1]).toEqual([set('name', '张伟'), set('mobile', '138')]);
    expect(statuses.at(-1)).toMatchObject({ kind: 'retrying', attempt: 2, inMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(3);
    expect(stored.basic).toEqual({ name: '张伟', mobile: '138' });
    expect(statuses.at(-1)?.kind).toBe('saved');
    expect(unsaved.at(-1)).toEqual([]);
    expect(saver.hasPending).toBe(false);
    vi.useRealTimers();
  });

  it('a refusal on the merits drops the edits and asks for a reload; a thrown save is retried', async () => {
    vi.useFakeTimers();
    const onRefused = vi.fn();
    let answer: 'refuse' | 'throw' = 'throw';
    const calls: PatchOp[][] = [];
    const saver = new AutoSaver({
      delayMs: 10,
      save: async (ops): Promise<SaveResult> => {
        calls.push(ops);
        if (answer === 'throw') throw new Error('port closed');
        return { ok: false, message: '性别只能是男或女' };
      },
      onStatus: () => undefined,
      onStored: () => undefined,
      onRefused,
    });
    saver.push(set('gender', '未知'));
    await vi.advanceTimersByTimeAsync(10);
    expect(onRefused).not.toHaveBeenCalled();
    answer = 'refuse';
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(2);
    expect(onRefused).toHaveBeenCalledOnce();
    expect(saver.hasPending).toBe(false);
    vi.useRealTimers();
  });

  it('waits longer after each failure, at most 8 s', () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });
});

describe('unsaved edits across a closed popup', () => {
  it('are kept in storage and read back; an empty list clears them', () => {
    const memory = new Map<string, string>();
    const storage = {
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
      removeItem: (k: string) => void memory.delete(k),
    } as unknown as Storage;
    const store = localUnsaved(storage);
    expect(store.read()).toBeUndefined();
    store.write('p1', [set('name', '张伟')]);
    expect(store.read()).toEqual({ id: 'p1', ops: [set('name', '张伟')] });
    store.write('p1', []);
    expect(store.read()).toBeUndefined();
    memory.set('zcps-assistant.unsaved', '{not json');
    expect(store.read()).toBeUndefined();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    expect(() => localUnsaved(full).write('p1', [set('name', 'x')])).not.toThrow();
  });
});
