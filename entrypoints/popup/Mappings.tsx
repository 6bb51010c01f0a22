/**
 * 已学习的字段对应: the field mappings the applicant taught in the 一键填写
 * preview (this label on this page means that profile item), listed so they
 * can be checked and deleted. A <details> element: keyboard usable as it is.
 */
import { useState } from 'preact/hooks';
import type { LearnedMapping } from '../../lib/messaging';
import { MEANING_NAMES } from '../../lib/fill/values';
import { STEP_NAMES } from '../../lib/steps';
import type { Send } from './api';

export function Mappings({ send }: { send: Send }) {
  const [mappings, setMappings] = useState<LearnedMapping[] | null>(null);
  const [error, setError] = useState<string>();

  const load = async () => {
    const answer = await send({ type: 'mapping.list' });
    if (answer.type === 'error') setError(answer.message);
    else {
      setError(undefined);
      setMappings(answer.mappings);
    }
  };

  const remove = async (mapping: LearnedMapping) => {
    const answer = await send({ type: 'mapping.delete', step: mapping.step, label: mapping.label });
    if (answer.type === 'error') setError(answer.message);
    await load();
  };

  return (
    <details class="process mappings" onToggle={(event) => event.currentTarget.open && void load()}>
      <summary>已学习的字段对应{mappings ? `（${mappings.length}）` : ''}</summary>
      <div class="process-body">
        {error && (
          <p role="alert" class="load-error">
            {error}
          </p>
        )}
        {mappings && mappings.length === 0 && (
          <p class="hint">还没有。页面上“一键填写”的预览里，可以为未识别的字段选择对应的档案项，选择会记在这里。</p>
        )}
        {mappings && mappings.length > 0 && (
          <ul class="mapping-list">
            {mappings.map((m) => (
              <li key={`${m.step}|${m.label}`}>
                <span>
                  {STEP_NAMES[m.step] ?? m.step} · “{m.label}” → {m.meaning ? MEANING_NAMES[m.meaning] : (m.path ?? '（未指定）')}
                </span>
                <button type="button" class="danger small" aria-label={`删除“${m.label}”的对应`} onClick={() => void remove(m)}>
                  删除
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
