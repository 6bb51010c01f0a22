/**
 * 导入档案 / 导出档案. Import: the file is checked here for a quick answer
 * and again by the background, which writes nothing unless the whole file is
 * valid; an id that is already stored is asked about inline (replace or keep
 * both). Errors are visible text with role="alert". Export: an ordinary blob
 * download with a file name, so no downloads permission is needed.
 */
import { useRef, useState } from 'preact/hooks';
import type { ImportChoice, ImportConflict, Problem } from '../../lib/messaging';
import { exportFileName, exportProfiles, formatBytes, MAX_IMPORT_BYTES, parseImport } from '../../lib/profile/exchange';
import type { Profile } from '../../lib/profile/types';
import type { Send } from './api';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'errors'; fileName: string; errors: Problem[] }
  | { kind: 'conflicts'; fileName: string; text: string; conflicts: ImportConflict[] }
  | { kind: 'done'; message: string };

export interface ImportExportProps {
  profiles: readonly Profile[];
  active: Profile;
  /** How many problems the profiles to export have (they would be refused on import). */
  problemCount: (profiles: readonly Profile[]) => number;
  send: Send;
  /** Saves pending edits before the store changes under them. */
  beforeImport: () => Promise<void>;
  /** Reloads the profiles and makes `id` the active one. */
  afterImport: (id: string | undefined) => Promise<void>;
  now: () => Date;
  today: string;
}

const SHOWN_ERRORS = 20;

export function ImportExport({ profiles, active, problemCount, send, beforeImport, afterImport, now, today }: ImportExportProps) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [exportAll, setExportAll] = useState(false);
  const [download, setDownload] = useState<{ url: string; name: string }>();

  // The latest file chosen wins: an answer about an earlier one is dropped.
  const latest = useRef(0);

  const runImport = async (fileName: string, text: string, onConflict?: ImportChoice) => {
    const run = latest.current;
    setState({ kind: 'busy' });
    await beforeImport();
    const answer = await send(onConflict === undefined ? { type: 'profile.import', text } : { type: 'profile.import', text, onConflict });
    if (run !== latest.current) return;
    if (answer.type === 'error') {
      setState({ kind: 'errors', fileName, errors: answer.problems ?? [{ path: '$', message: answer.message }] });
      return;
    }
    if (answer.type === 'profile.importConflicts') {
      setState({ kind: 'conflicts', fileName, text, conflicts: answer.conflicts });
      return;
    }
    const labels = answer.imported.map((p) => `“${p.label}”${p.replaced ? '（已替换）' : ''}`).join('、');
    await afterImport(answer.imported[0]?.id);
    setState({ kind: 'done', message: `已从“${fileName}”导入 ${answer.imported.length} 份档案：${labels}` });
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const run = ++latest.current;
    try {
      if (file.size > MAX_IMPORT_BYTES) {
        setState({
          kind: 'errors',
          fileName: file.name,
          errors: [
            {
              path: '$',
              message: `$：文件大小为 ${formatBytes(file.size)}，超过上限 ${formatBytes(MAX_IMPORT_BYTES)}；档案文件通常只有几十 KB，请确认选对了文件`,
            },
          ],
        });
        return;
      }
      const text = await file.text();
      if (run !== latest.current) return;
      const local = parseImport(text, { today });
      if (!local.ok) {
        setState({ kind: 'errors', fileName: file.name, errors: local.errors });
        return;
      }
      await runImport(file.name, text);
    } finally {
      input.value = ''; // the same file can be chosen again after a fix
    }
  };

  const onExport = () => {
    const chosen = exportAll ? profiles : [active];
    const when = now();
    const blob = new Blob([exportProfiles(chosen, when)], { type: 'application/json' });
    if (download) URL.revokeObjectURL(download.url);
    const next = { url: URL.createObjectURL(blob), name: exportFileName(active, when) };
    setDownload(next);
    const link = document.createElement('a');
    link.href = next.url;
    link.download = next.name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  };

  const exportProblems = problemCount(exportAll ? profiles : [active]);

  return (
    <section class="exchange" aria-labelledby="h-exchange">
      <h2 id="h-exchange">导入与导出</h2>
      <div class="exchange-row">
        <label class="file-label" for="import-file">
          导入档案
        </label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-label="导入档案"
          disabled={state.kind === 'busy'}
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </div>
      {state.kind === 'busy' && <p role="status">正在导入…</p>}
      {state.kind === 'done' && (
        <p role="status" class="ok">
          {state.message}
        </p>
      )}
      {state.kind === 'errors' && (
        <div role="alert" class="import-errors">
          <p>
            “{state.fileName}”未导入，现有档案未作任何改动。发现 {state.errors.length} 处问题：
          </p>
          <ul>
            {state.errors.slice(0, SHOWN_ERRORS).map((error, i) => (
              <li key={i}>{error.message}</li>
            ))}
          </ul>
          {state.errors.length > SHOWN_ERRORS && <p>另有 {state.errors.length - SHOWN_ERRORS} 处问题未列出。</p>}
        </div>
      )}
      {state.kind === 'conflicts' && (
        <div class="confirm" role="group" aria-labelledby="conflict-question">
          <p id="conflict-question">
            “{state.fileName}”中的 {state.conflicts.map((c) => `“${c.label}”`).join('、')} 与已有档案（
            {state.conflicts.map((c) => `“${c.storedLabel}”`).join('、')}）是同一份档案。要怎么处理？
          </p>
          <button type="button" class="danger" onClick={() => void runImport(state.fileName, state.text, 'replace')}>
            替换已有档案
          </button>
          <button type="button" onClick={() => void runImport(state.fileName, state.text, 'keepBoth')}>
            保留两份
          </button>
          <button type="button" onClick={() => setState({ kind: 'done', message: '已取消导入，现有档案未作任何改动。' })}>
            取消导入
          </button>
        </div>
      )}

      <div class="exchange-row">
        <button type="button" class="primary" onClick={onExport}>
          导出档案
        </button>
        {profiles.length > 1 && (
          <label class="inline-check">
            <input type="checkbox" checked={exportAll} onChange={(e) => setExportAll(e.currentTarget.checked)} />
            导出全部 {profiles.length} 份档案
          </label>
        )}
      </div>
      <p class="note">文件包含身份证号等个人信息，请妥善保管。</p>
      {exportProblems > 0 && (
        <p class="note warn">要导出的档案还有 {exportProblems} 处需要改正的内容（见下方红字）；改正前导出的文件，导入时会被拒绝。</p>
      )}
      {download && (
        <p class="note">
          如果没有开始下载，请点此保存：
          <a href={download.url} download={download.name}>
            {download.name}
          </a>
        </p>
      )}
    </section>
  );
}
