/** The visible saved state: 保存中… / 已保存 HH:MM:SS / the reason a save failed. */
import { clockTime } from './api';
import type { SaveStatus } from './autosave';

export function SaveStatusView({ status }: { status: SaveStatus }) {
  let text = '';
  if (status.kind === 'pending' || status.kind === 'saving') text = '保存中…';
  else if (status.kind === 'saved') text = `已保存 ${clockTime(status.at)}`;
  else if (status.kind === 'retrying')
    text = `暂未保存（${status.message}），${Math.max(1, Math.round(status.inMs / 1000))} 秒后自动重试；已输入的内容不会丢失`;
  else if (status.kind === 'error') text = `未保存：${status.message}`;
  return (
    <p
      key={status.kind === 'error' ? 'alert' : 'status'}
      title={status.kind === 'retrying' ? 'Not saved yet; retrying automatically. Nothing you typed is lost.' : undefined}
      class={`save-status ${status.kind}`}
      role={status.kind === 'error' ? 'alert' : 'status'}
      data-state={status.kind}
    >
      {text}
    </p>
  );
}
