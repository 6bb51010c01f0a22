/**
 * 页面诊断 (the panel's link): builds the redacted copy of this frame's page
 * (lib/diagnostics/redact.ts), shows in the panel what would be saved and
 * what was taken out, and saves it on 保存 as an ordinary download made here
 * (a blob link with a file name): no network, no extra permission. Its
 * buttons act on the applicant's trusted clicks only.
 *
 * Steps: every step.
 * Replica: tests/site/public/028/client/declare/info.jsp
 */
import type { FeatureDefinition, StepContext } from '../assistant/feature';
import { profileStrings, redactPage, type RedactCounts, type Redacted } from '../diagnostics/redact';
import { STEPS, STEP_NAMES } from '../steps';

export const diagnosticsFeature: FeatureDefinition = {
  steps: STEPS,
  init(ctx, signal) {
    ctx.panel.onDiagnose(() => void open(ctx, signal));
  },
};

async function open(ctx: StepContext, signal: AbortSignal): Promise<void> {
  const profile = await ctx.bridge.activeProfile().catch(() => undefined);
  if (signal.aborted) return;
  const fields = ctx.fields().map((f) => ({ label: f.label, meaning: f.meaning }));
  const redacted = redactPage(ctx.doc, { secrets: profileStrings(profile), step: STEP_NAMES[ctx.step], fields });
  const name = fileName(STEP_NAMES[ctx.step], new Date());
  const view = buildView(ctx.doc, redacted, profile !== undefined, {
    save: () => {
      saveFile(ctx.doc, redacted.html, name);
      ctx.panel.extra.replaceChildren(savedNote(ctx.doc, name, () => ctx.panel.extra.replaceChildren()));
    },
    cancel: () => ctx.panel.extra.replaceChildren(),
  });
  ctx.panel.extra.replaceChildren(view);
  view.querySelector<HTMLButtonElement>('button.primary')?.focus();
}

const COUNT_NAMES: Array<[keyof RedactCounts, string]> = [
  ['values', '填写的值'],
  ['secrets', '档案内容'],
  ['digits', '6 位以上数字'],
  ['emails', '邮箱'],
  ['names', '页头姓名'],
  ['scripts', '脚本'],
  ['handlers', '事件属性'],
  ['longTexts', '长文本'],
];

function buildView(doc: Document, redacted: Redacted, hadProfile: boolean, on: { save: () => void; cancel: () => void }): HTMLElement {
  const section = el(doc, 'section', 'diag');
  section.setAttribute('aria-label', '页面诊断');
  section.append(el(doc, 'h3', 'fill-title', '页面诊断'));
  section.append(el(doc, 'p', 'diag-note', '保存本页的表单结构（标签、控件、样式），供开发者改进识别。保存前已去除：'));
  const list = el(doc, 'ul', 'diag-counts');
  for (const [key, label] of COUNT_NAMES) list.append(el(doc, 'li', '', `${label} ${redacted.counts[key]}`));
  section.append(list);
  const frames =
    redacted.counts.frames > 0 ? `；本页的 ${redacted.counts.frames} 个框架只保留框架元素，其中的页面请在框架里的面板另存` : '';
  section.append(el(doc, 'p', 'diag-note', `共 ${redacted.counts.controls} 个控件${frames}。`));
  if (!hadProfile) section.append(el(doc, 'p', 'fill-notice', '未读取到档案，档案中的内容无法逐项去除：保存后请打开文件检查一遍。'));
  const code = el(doc, 'pre', 'diag-code', redacted.html);
  code.tabIndex = 0;
  code.setAttribute('aria-label', '将要保存的内容');
  section.append(code);
  const actions = el(doc, 'div', 'row-actions');
  actions.append(button(doc, '保存', on.save, true), button(doc, '取消', on.cancel));
  section.append(actions);
  return section;
}

function savedNote(doc: Document, name: string, close: () => void): HTMLElement {
  const section = el(doc, 'section', 'diag');
  section.setAttribute('aria-label', '页面诊断');
  const note = el(doc, 'p', 'fill-result', `已保存：${name}`);
  note.setAttribute('role', 'status');
  section.append(
    note,
    el(doc, 'p', 'diag-note', '文件在浏览器的下载文件夹里。请把它发给开发者；发送前可以用浏览器打开，确认其中没有您的个人信息。'),
  );
  const actions = el(doc, 'div', 'row-actions');
  actions.append(button(doc, '关闭', close));
  section.append(actions);
  return section;
}

/** An ordinary download: a blob link with a file name, clicked here, revoked after. */
function saveFile(doc: Document, html: string, name: string): void {
  const view = doc.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
}

export function fileName(stepName: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `页面诊断-${stepName}-${stamp}.html`;
}

function button(doc: Document, text: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = el(doc, 'button', primary ? 'primary' : '', text) as HTMLButtonElement;
  b.type = 'button';
  // The panel's shadow root is open: only the applicant's own click counts.
  b.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  return b;
}

function el(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
