/**
 * 证件照检查工具 (photo.html): choose or drop a photo, see the verdict of the
 * photo.* rules, fix it, compare before and after, and download the fixed
 * JPEG (a blob link). Everything runs on this page; nothing is sent anywhere.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { logQuietly } from '../../lib/log';
import type { FixedPhoto } from '../../lib/photo';
import type { Plan } from '../../lib/rules/plans/types';
import type { Finding, Level, Text } from '../../lib/rules/types';
import { checkPhotoFile, fixChecked, fixFailure, formatKb, type PhotoCheck } from '../../lib/photo-gate/check';
import type { HeicConverter } from '../../lib/photo/heic';
import { buildComparison, comparisonFor, type Comparison } from '../../lib/photo-gate/comparison';

/** Here nobody waits for an upload: the background measure may take longer than on the platform page. */
const MEASURE_TIMEOUT_MS = 15_000;

/** HEIC photos are decoded on this page itself (an extension page may run WebAssembly); libheif loads at the first one. */
const convertHeic: HeicConverter = async (bytes) => (await import('../../lib/photo/heic-decode')).convertHeic(bytes);

type FixState =
  | { kind: 'none' }
  | { kind: 'fixing' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; fixed: FixedPhoto; findings: Finding[]; comparison: Comparison };

type State =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string; heic?: boolean }
  | { kind: 'failed'; name: string }
  | { kind: 'checked'; file: File; check: PhotoCheck; fix: FixState };

const LEVEL_NAMES: Record<Level, string> = { error: '错误', warn: '提醒', info: '须知' };

function Findings({ findings }: { findings: readonly Finding[] }) {
  return (
    <ul class="verdict">
      {findings.map((finding) => (
        <li key={`${finding.ruleId}:${finding.message}`} data-rule={finding.ruleId} data-level={finding.level} title={finding.messageEn}>
          <span class="badge">{LEVEL_NAMES[finding.level]}</span>
          {finding.message}
        </li>
      ))}
    </ul>
  );
}

/** Chinese lines, each with its English as the tooltip. */
function TextList({ items }: { items: readonly Text[] }) {
  return (
    <ul class="steps">
      {items.map((item) => (
        <li key={item.zh} title={item.en}>
          {item.zh}
        </li>
      ))}
    </ul>
  );
}

function Verdict({ findings }: { findings: readonly Finding[] }) {
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.filter((f) => f.level === 'warn').length;
  if (errors === 0 && warnings === 0) {
    return <p class="pass">照片符合全部照片要求，可以直接上传。</p>;
  }
  return (
    <p class={errors > 0 ? 'fail' : 'note'}>
      {errors > 0 ? `发现 ${errors} 个错误` : '没有错误'}
      {warnings > 0 ? `、${warnings} 个提醒` : ''}：
    </p>
  );
}

/** The shared DOM comparison, mounted into a Preact-managed box. */
function ComparisonView({ comparison }: { comparison: Comparison }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.replaceChildren(buildComparison(document, comparison));
  }, [comparison]);
  return <div ref={box} />;
}

export function PhotoApp({ plan }: { plan: Plan }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [over, setOver] = useState(false);
  const seq = useRef(0);
  const urls = useRef<string[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const revoke = () => {
    for (const url of urls.current) URL.revokeObjectURL(url);
    urls.current = [];
  };
  useEffect(() => revoke, []);

  const choose = async (file: File) => {
    const id = ++seq.current;
    revoke();
    setState({ kind: 'checking', name: file.name });
    try {
      const check = await checkPhotoFile(file, file.name, plan, {
        measureTimeoutMs: MEASURE_TIMEOUT_MS,
        convertHeic,
        onConverting: () => {
          if (id === seq.current) setState({ kind: 'checking', name: file.name, heic: true });
        },
      });
      if (id === seq.current) setState({ kind: 'checked', file, check, fix: { kind: 'none' } });
    } catch (error) {
      logQuietly('photo check', error);
      if (id === seq.current) setState({ kind: 'failed', name: file.name });
    }
  };

  const fix = async (file: File, check: PhotoCheck) => {
    const id = seq.current;
    revoke();
    setState({ kind: 'checked', file, check, fix: { kind: 'fixing' } });
    let next: FixState;
    try {
      const { fixed, findings } = await fixChecked(file, check, plan);
      const shown = comparisonFor(file, check, fixed);
      urls.current.push(...(shown?.urls ?? []));
      next = shown ? { kind: 'done', fixed, findings, comparison: shown.comparison } : { kind: 'failed', message: '无法修正这张照片。' };
    } catch (error) {
      next = { kind: 'failed', message: fixFailure(error) };
    }
    if (id === seq.current) setState({ kind: 'checked', file, check, fix: next });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) void choose(file);
  };

  const limits = plan.photo;
  return (
    <main>
      <h1>证件照检查工具</h1>
      <p class="muted">按申报指南（二.1）检查证件照，并可一键修正为符合要求的 JPG。照片只在本机处理，不会上传。</p>
      <ul class="needs">
        <li>1 寸或 2 寸白底彩色证件照，JPG 或 JPEG 格式</li>
        <li>
          文件大于 30K 且小于 1M（建议 {limits.bytesPassMin + 1}–{limits.bytesPassMax - 1} 字节）
        </li>
        <li>
          像素大于 {limits.minWidth} × {limits.minHeight}（宽 × 高），宽高比 {limits.ratioMin}–{limits.ratioMax}
        </li>
      </ul>

      <label
        class={`drop${over ? ' over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        把照片拖到这里，或选择照片：
        <input
          ref={input}
          id="photo-file"
          type="file"
          accept="image/*,.jpg,.jpeg,.png,.heic,.heif"
          aria-label="选择照片"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void choose(file);
          }}
        />
      </label>

      {state.kind === 'checking' && (
        <p role="status">
          {state.heic ? `正在读取苹果手机 HEIC 格式的照片“${state.name}”（首次需要几秒钟）…` : `正在检查“${state.name}”…`}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" class="fail">
          无法读取“{state.name}”，请换一张照片重试。
        </p>
      )}
      {state.kind === 'checked' && <CheckedView state={state} onFix={() => void fix(state.file, state.check)} />}

      <p class="privacy">照片只在本机浏览器中处理，本工具不联网、不上传任何文件。</p>
    </main>
  );
}

function CheckedView({ state, onFix }: { state: Extract<State, { kind: 'checked' }>; onFix: () => void }) {
  const { file, check, fix } = state;
  const { facts } = check;
  const sizeText = facts.width !== undefined && facts.height !== undefined ? `，存储尺寸 ${facts.width} × ${facts.height} 像素` : '';
  return (
    <section aria-labelledby="verdict-title">
      <h2 id="verdict-title">检查结果：{file.name}</h2>
      <p class="muted">
        {formatKb(file.size)}（{file.size} 字节）{sizeText}
      </p>
      <div role="status" class="result">
        <Verdict findings={check.findings} />
        <Findings findings={check.findings} />
        {check.notes.map((note) => (
          <p key={note.zh} class="note" title={note.en}>
            {note.zh}
          </p>
        ))}
      </div>

      <h2>修正照片</h2>
      {check.fix.fixable ? (
        <>
          <p class="muted">修正照片将：</p>
          <TextList items={check.fix.steps} />
          <button type="button" class="primary" disabled={fix.kind === 'fixing'} onClick={onFix}>
            {fix.kind === 'fixing' ? '正在修正…' : '修正照片'}
          </button>
        </>
      ) : (
        <div class="unfixable">
          <p class="fail">无法自动修正：</p>
          <TextList items={check.fix.reasons} />
        </div>
      )}
      {fix.kind === 'failed' && (
        <p role="alert" class="fail">
          修正失败：{fix.message}
        </p>
      )}
      {fix.kind === 'done' && <FixedView fix={fix} />}
    </section>
  );
}

function FixedView({ fix }: { fix: Extract<FixState, { kind: 'done' }> }) {
  const problems = fix.findings.filter((finding) => finding.level !== 'info');
  return (
    <div class="fixed" role="status">
      <ComparisonView comparison={fix.comparison} />
      {problems.length === 0 ? (
        <p class="pass">修正后的照片符合全部照片要求。</p>
      ) : (
        <>
          <p class="fail">修正后的照片仍有问题：</p>
          <Findings findings={problems} />
        </>
      )}
      <TextList items={fix.fixed.steps} />
      <a class="download" href={fix.comparison.after.url} download={fix.fixed.file.name}>
        下载修正后的照片（{fix.fixed.file.name}）
      </a>
    </div>
  );
}
