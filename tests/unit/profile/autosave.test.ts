import { describe, expect, it, vi } from 'vitest';
import type { PatchOp } from '../../../lib/messages';
import { applyPatch } from '../../../lib/profile/patch';
import { emptyProfile } from '../../../lib/profile/schema';
import type { Profile } from '../../../lib/profile/types';
import { AutoSaver, type SaveResult, type SaveStatus } from '../../../entrypoints/popup/autosave';

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
      if (hold) await new Promise<void>((resolve) => { release = resolve; });
      stored = applyPatch(stored, ops);
      return { ok: true, profile: stored, at: new Date(0) };
    },
    onStatus: (s) => statuses.push(s.kind),
    onStored: (p) => adopted.push(p),
  });
  return {
    saver, calls, statuses, adopted,
    stored: () => stored,
    holdSaves: () => { hold = true; },
    releaseSave: () => { hold = false; release?.(); },
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
