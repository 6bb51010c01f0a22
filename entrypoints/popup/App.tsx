/**
 * The popup: the profile picker, import/export, and the editor of the active
 * profile. Edits are applied locally at once and saved as patches through
 * the background (the store's only owner), debounced by AutoSaver.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PatchOp, RequestOf, RequestType, ResponseMap } from '../../lib/messaging';
import { applyPatch, PatchError } from '../../lib/profile/patch';
import type { Profile } from '../../lib/profile/types';
import { profileProblems } from '../../lib/profile/validate';
import { localDate, type Send } from './api';
import { AutoSaver, type SaveStatus } from './autosave';
import { Editor } from './Editor';
import { ImportExport } from './ImportExport';
import { Refusals } from './Refusals';
import { Mappings } from './Mappings';
import { ProfileBar } from './ProfileBar';
import { Process } from './Process';
import { SaveStatusView } from './SaveStatusView';
import { localUnsaved, type UnsavedStore } from './unsaved';

export interface AppProps {
  send: Send;
  /** Opened as a tab (popup.html?tab=1): the wide layout, no "open in tab" link. */
  wide: boolean;
  /** URL of the wide page, for the 在新标签页中打开 link. */
  tabUrl?: string;
  now?: () => Date;
  /** Autosave pause in ms. */
  saveDelayMs?: number;
  /** Where edits not yet stored are kept across a closed popup. */
  unsaved?: UnsavedStore;
}

const FIRST_PROFILE_LABEL = '本人';

/** Failures that pass: the background away or restarting, the store failing for a moment, the disk full. */
const RETRIED: ReadonlySet<string> = new Set(['transport', 'internal', 'quota']);

const defaultUnsaved = localUnsaved(typeof localStorage === 'undefined' ? undefined : localStorage);

export function App({ send, wide, tabUrl, now = () => new Date(), saveDelayMs = 600, unsaved = defaultUnsaved }: AppProps) {
  const [profiles, setProfiles] = useState<Profile[] | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string>();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const saver = useRef<{ id: string; saver: AutoSaver } | null>(null);
  const today = localDate(now());

  const load = async (preferId?: string): Promise<void> => {
    const answer = await send({ type: 'profile.list' });
    if (answer.type === 'error') {
      setLoadError(answer.message);
      return;
    }
    let list = answer.profiles;
    let active = answer.activeId;
    if (list.length === 0) {
      const created = await send({ type: 'profile.create', label: FIRST_PROFILE_LABEL });
      if (created.type === 'error') {
        setLoadError(created.message);
        return;
      }
      list = [created.profile];
      active = created.profile.id;
    }
    if (preferId !== undefined && preferId !== active && list.some((p) => p.id === preferId)) {
      const set = await send({ type: 'profile.setActive', id: preferId });
      if (set.type !== 'error') active = preferId;
    }
    setLoadError(undefined);
    // Edits a closed popup could not store (the background was away): shown and sent again now.
    const left = unsaved.read();
    const target = left ? list.find((p) => p.id === left.id) : undefined;
    if (left && target) {
      const replayed = replay(target, left.ops);
      list = list.map((p) => (p.id === target.id ? replayed : p));
      const again = saverFor(target.id);
      for (const op of left.ops) again.push(op);
      void again.flush();
    } else if (left) {
      unsaved.write(left.id, []);
    }
    setProfiles(list);
    setActiveId(active ?? list[0]?.id ?? null);
  };

  useEffect(() => {
    void load();
  }, []);

  // One AutoSaver per active profile; the old one is flushed before a switch.
  const saverFor = (id: string): AutoSaver => {
    if (saver.current?.id === id) return saver.current.saver;
    const next = new AutoSaver({
      delayMs: saveDelayMs,
      save: async (ops) => {
        const answer = await send({ type: 'profile.save', id, ops });
        // The background away or failing for a moment: sent again. Refused on the merits: dropped.
        if (answer.type === 'error') return { ok: false, message: answer.message, retry: RETRIED.has(answer.code) };
        return { ok: true, profile: answer.profile, at: now() };
      },
      onUnsaved: (ops) => unsaved.write(id, ops),
      onStatus: setStatus,
      onStored: (stored) => setProfiles((list) => list?.map((p) => (p.id === stored.id ? stored : p)) ?? list),
      onRefused: () => void load(),
    });
    saver.current = { id, saver: next };
    return next;
  };

  const flush = async (): Promise<void> => {
    await saver.current?.saver.flush();
  };

  // Closing the popup: send what is queued at once.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, []);

  const active = profiles?.find((p) => p.id === activeId);
  const problems = useMemo(() => (active ? profileProblems(active, today) : []), [active, today]);

  const onOp = (op: PatchOp) => {
    if (!active) return;
    const id = active.id;
    try {
      applyPatch(active, [op]); // refuse here what the store would refuse
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof PatchError ? error.message : String(error) });
      return;
    }
    // Applied to the latest state: two inputs before a re-render must both stay.
    const applyTo = (p: Profile): Profile => {
      try {
        return applyPatch(p, [op]);
      } catch {
        return p;
      }
    };
    setProfiles((list) => list?.map((p) => (p.id === id ? applyTo(p) : p)) ?? list);
    saverFor(id).push(op);
  };

  /** Sends after the pending saves; an error answer shows in the status line and gives undefined. */
  const sendAfterSaves = async <T extends RequestType>(request: RequestOf<T>): Promise<ResponseMap[T] | undefined> => {
    await flush();
    const answer = await send(request);
    if (answer.type !== 'error') return answer;
    setStatus({ kind: 'error', message: answer.message });
    return undefined;
  };

  const select = async (id: string) => {
    if (!(await sendAfterSaves({ type: 'profile.setActive', id }))) return;
    saver.current = null;
    setStatus({ kind: 'idle' });
    await load();
  };

  const create = async (label: string) => {
    const created = await sendAfterSaves({ type: 'profile.create', label });
    if (created) await load(created.profile.id);
  };

  const remove = async (id: string) => {
    if (saver.current?.id === id) {
      saver.current.saver.dispose();
      saver.current = null;
    } else {
      await flush();
    }
    const answer = await send({ type: 'profile.delete', id });
    if (answer.type === 'error') setStatus({ kind: 'error', message: answer.message });
    else setStatus({ kind: 'idle' });
    await load();
  };

  const problemCount = (list: readonly Profile[]) => list.reduce((sum, p) => sum + profileProblems(p, today).length, 0);

  return (
    <div class={`app${wide ? ' wide' : ''}`}>
      <header class="top">
        <h1>职称申报助手 · 我的档案</h1>
        {!wide && tabUrl && (
          <a class="open-tab" href={tabUrl} target="_blank" rel="noopener">
            在新标签页中打开
          </a>
        )}
        <a class="photo-tool" href="photo.html" target="_blank" rel="noopener">
          证件照检查工具
        </a>
      </header>
      {loadError && (
        <p role="alert" class="load-error">
          无法读取档案：{loadError}
        </p>
      )}
      {!profiles && !loadError && <p role="status">正在读取档案…</p>}
      {profiles && active && (
        <>
          <div class="sticky">
            <ProfileBar
              profiles={profiles}
              activeId={active.id}
              onSelect={(id) => void select(id)}
              onCreate={(label) => void create(label)}
              onRename={(label) => onOp({ op: 'set', path: ['label'], value: label })}
              onDelete={(id) => void remove(id)}
            />
            <SaveStatusView status={status} />
          </div>
          <p class="hint">页面上的“一键填写”使用当前档案。修改会自动保存在本机。</p>
          <Process send={send} today={today} profile={active} />
          <ImportExport
            profiles={profiles}
            active={active}
            problemCount={problemCount}
            send={send}
            beforeImport={flush}
            afterImport={async (id) => {
              saver.current = null;
              await load(id);
            }}
            now={now}
            today={today}
          />
          <Editor key={active.id} profile={active} problems={problems} onOp={onOp} year={now().getFullYear()} />
          <Mappings send={send} />
          <Refusals send={send} />
        </>
      )}
    </div>
  );
}

/** The profile with the edits applied (those that no longer apply are left out). */
function replay(profile: Profile, ops: readonly PatchOp[]): Profile {
  let next = profile;
  for (const op of ops) {
    try {
      next = applyPatch(next, [op]);
    } catch {
      // an edit the stored profile no longer takes: the background will say so
    }
  }
  return next;
}
