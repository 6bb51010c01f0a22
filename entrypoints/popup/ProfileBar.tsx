/**
 * The profile picker: choose the active profile (the on-page assistant fills
 * from it), create, rename, and delete with an inline confirmation.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Profile } from '../../lib/profile/types';

export interface ProfileBarProps {
  profiles: readonly Profile[];
  activeId: string;
  onSelect: (id: string) => void;
  onCreate: (label: string) => void;
  onRename: (label: string) => void;
  onDelete: (id: string) => void;
}

type Mode = 'none' | 'create' | 'rename' | 'delete';

export function displayLabel(profile: Pick<Profile, 'label'>): string {
  return profile.label.trim() || '未命名档案';
}

export function ProfileBar({ profiles, activeId, onSelect, onCreate, onRename, onDelete }: ProfileBarProps) {
  const [mode, setMode] = useState<Mode>('none');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const active = profiles.find((p) => p.id === activeId);

  useEffect(() => {
    if (mode === 'create' || mode === 'rename') inputRef.current?.focus();
    if (mode === 'delete') confirmRef.current?.focus();
  }, [mode]);

  const close = () => {
    setMode('none');
    setMessage(undefined);
    selectRef.current?.focus();
  };
  const open = (next: Mode) => {
    setMessage(undefined);
    setText(next === 'rename' ? (active?.label ?? '') : next === 'create' ? `档案 ${profiles.length + 1}` : '');
    setMode(next);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    // The input itself: a click right after typing may come before the re-render.
    const label = (inputRef.current?.value ?? text).trim();
    if (label === '') {
      setMessage('档案名称不能为空');
      return;
    }
    if (label.length > 40) {
      setMessage(`档案名称最多 40 个字，现为 ${label.length} 个`);
      return;
    }
    if (mode === 'create') onCreate(label);
    else onRename(label);
    close();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && mode !== 'none') {
      e.preventDefault();
      close();
    }
  };

  return (
    <div class="profile-bar" onKeyDown={onKeyDown}>
      <div class="picker">
        <label for="profile-select">当前档案</label>
        <select id="profile-select" ref={selectRef} value={activeId} onChange={(e) => onSelect(e.currentTarget.value)}>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {displayLabel(p)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => open('create')} aria-expanded={mode === 'create'}>
          新建
        </button>
        <button type="button" onClick={() => open('rename')} aria-expanded={mode === 'rename'}>
          重命名
        </button>
        <button type="button" class="danger" onClick={() => open('delete')} aria-expanded={mode === 'delete'}>
          删除
        </button>
      </div>
      {(mode === 'create' || mode === 'rename') && (
        <form class="inline-form" onSubmit={submit}>
          <label for="profile-name">{mode === 'create' ? '新档案名称' : '档案名称'}</label>
          <input
            id="profile-name"
            ref={inputRef}
            value={text}
            maxLength={60}
            aria-invalid={message ? 'true' : undefined}
            aria-describedby={message ? 'profile-name-msg' : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit">{mode === 'create' ? '创建' : '保存名称'}</button>
          <button type="button" onClick={close}>
            取消
          </button>
          {message && (
            <p id="profile-name-msg" class="field-msg">
              {message}
            </p>
          )}
        </form>
      )}
      {mode === 'delete' && active && (
        <div class="confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">确定删除档案“{displayLabel(active)}”？删除后无法恢复，可先用“导出档案”备份。</p>
          <button
            type="button"
            class="danger"
            ref={confirmRef}
            onClick={() => {
              onDelete(active.id);
              close();
            }}
          >
            确认删除
          </button>
          <button type="button" onClick={close}>
            取消
          </button>
        </div>
      )}
    </div>
  );
}
