/**
 * What the photo gate draws in the page: the box after the picker (what is
 * going on, the held photo's notes and fix plan, the fixed photo's
 * comparison) and the buttons 修正照片, 仍然使用原图, 使用修正后的照片.
 * DOM only: which view shows when is the gate's state (gate.ts).
 * textContent only; the buttons act on the applicant's own clicks.
 */
import { markOwn } from '../assistant/own';
import { placeAfterHints } from '../assistant/hints';
import { PAGE_STYLES, setStyle } from '../assistant/style';
import { onTrustedClick } from '../assistant/trusted';
import { isHidden } from '../page/visible';
import type { FixPlan, FixedPhoto } from '../photo';
import type { Finding, Text } from '../rules/types';
import { sizeLine, type PhotoCheck } from './check';
import { buildComparison, type Comparison } from './comparison';

/** Ancestors that are layout, never the upload widget itself. */
const LAYOUT_TAGS = new Set(['TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TABLE', 'FORM', 'FIELDSET', 'LI', 'UL', 'OL', 'DL', 'BODY', 'HTML']);

/** Shown where the applicant looks: displayed, in the flow, and big enough to be seen. */
function visibleInFlow(el: Element): boolean {
  if (isHidden(el)) return false;
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  if (style && (style.position === 'absolute' || style.position === 'fixed' || style.opacity === '0')) return false;
  const rect = el.getBoundingClientRect();
  return rect.width >= 8 && rect.height >= 8;
}

/**
 * The visible picker of a file input: the input itself when shown, else the
 * nearest ancestor in the flow. That climbs out of a WebUploader overlay, so
 * nothing we insert ends up under the page's invisible click catcher.
 */
export function pickerAnchor(input: Element): Element {
  if (visibleInFlow(input)) return input;
  let last: Element = input;
  for (let up = input.parentElement; up && !LAYOUT_TAGS.has(up.tagName); up = up.parentElement) {
    if (visibleInFlow(up)) return up;
    last = up;
  }
  return last;
}

/** The gate's box: after the picker and its hints, or in the panel when the page has no place for it. */
export class GateBox {
  private box: HTMLElement | undefined;

  constructor(
    private readonly doc: Document,
    private readonly panelExtra: () => HTMLElement,
  ) {}

  /** Shows `content` (announced as `role`) beside `anchor`; returns the box. */
  show(anchor: Element, content: Node[], role: 'status' | 'alert' | null): HTMLElement {
    const box = this.place(anchor);
    box.replaceChildren(...content);
    if (role) box.setAttribute('role', role);
    else box.removeAttribute('role');
    return box;
  }

  /** Moves the box back beside `anchor` when the page put new hints or a new picker there. */
  follow(anchor: Element): void {
    const box = this.box;
    if (box && box.isConnected && anchor.isConnected && box.parentNode !== this.panelExtra()) placeAfterHints(anchor, box);
  }

  remove(): void {
    this.box?.remove();
    this.box = undefined;
  }

  private place(anchor: Element): HTMLElement {
    let box = this.box;
    if (!box) {
      box = markOwn(this.doc.createElement('div'));
      box.className = 'zcps-photo-box';
      setStyle(box, PAGE_STYLES.photoBox);
      this.box = box;
    }
    if (anchor.isConnected && anchor.parentNode) placeAfterHints(anchor, box);
    else if (box.parentNode !== this.panelExtra()) this.panelExtra().append(box);
    return box;
  }
}

function button(doc: Document, text: string, css: string, action: string, onClick: () => void): HTMLButtonElement {
  const el = doc.createElement('button');
  el.type = 'button'; // never submits the page's form
  el.textContent = text;
  el.dataset.zcpsAction = action;
  setStyle(el, css);
  // Only the applicant's own click: a page script cannot fix, choose or upload for them.
  onTrustedClick(el, (event) => {
    event.stopPropagation(); // the page's own click handlers (a picker's) must not see it
    onClick();
  });
  return el;
}

function line(doc: Document, text: string, css: string = PAGE_STYLES.line): HTMLParagraphElement {
  const p = doc.createElement('p');
  setStyle(p, css);
  p.textContent = text;
  return p;
}

function list(doc: Document, items: readonly Text[], css: string): HTMLUListElement {
  const ul = doc.createElement('ul');
  setStyle(ul, css);
  for (const item of items) {
    const li = doc.createElement('li');
    li.textContent = item.zh;
    li.title = item.en;
    ul.append(li);
  }
  return ul;
}

/** The fix button's two looks: ready, or working. */
export function setFixing(fixButton: HTMLButtonElement, fixing: boolean): void {
  fixButton.disabled = fixing;
  fixButton.textContent = fixing ? '正在修正…' : '修正照片';
}

/** 修正照片 (or why it cannot be fixed) and 仍然使用原图; inside the first error hint, or atop the box. */
export function actionsView(
  doc: Document,
  fix: FixPlan | undefined,
  fixing: boolean,
  on: { fix(fixButton: HTMLButtonElement): void; original(): void },
): HTMLElement {
  const wrap = markOwn(doc.createElement('div'));
  wrap.className = 'zcps-photo-actions';
  setStyle(wrap, PAGE_STYLES.photoActions);
  if (fix?.fixable) {
    const fixButton = button(doc, '修正照片', PAGE_STYLES.primaryButton, 'fix', () => on.fix(fixButton));
    setFixing(fixButton, fixing);
    wrap.append(fixButton);
  } else if (fix) {
    const why = line(doc, `无法自动修正：${fix.reasons.map((reason) => reason.zh).join(' ')}`, PAGE_STYLES.lineMuted);
    why.className = 'zcps-photo-unfixable';
    wrap.append(why);
  }
  wrap.append(button(doc, '仍然使用原图', PAGE_STYLES.secondaryButton, 'original', () => on.original()));
  return wrap;
}

export const checkingView = (doc: Document): Node[] => [line(doc, '正在检查照片…')];
export const convertingView = (doc: Document): Node[] => [line(doc, '正在本机读取苹果手机 HEIC 格式的照片（首次需要几秒钟）…')];
export const fixingView = (doc: Document): Node[] => [line(doc, '正在修正照片…')];
export const fixFailedView = (doc: Document, message: string): Node[] => [line(doc, `修正失败：${message}`, PAGE_STYLES.lineError)];
export const noPickerView = (doc: Document): Node[] => [line(doc, '找不到页面的照片上传框，请重新选择照片。', PAGE_STYLES.lineError)];
export const usedOriginalView = (doc: Document): Node[] => [
  line(doc, '已使用原图（未修正），页面正在上传。照片仍有上面所列的问题，审核时可能被退回。'),
];
export const usedFixedView = (doc: Document, fixed: FixedPhoto): Node[] => [
  line(doc, `已使用修正后的照片“${fixed.file.name}”（${sizeLine(fixed.width, fixed.height, fixed.bytes)}），页面正在上传。`),
];

/** A held photo: why it was held, the check's notes, and what 修正照片 will do. */
export function heldView(doc: Document, check: PhotoCheck): Node[] {
  const errors = check.findings.filter((finding) => finding.level === 'error').length;
  const content: Node[] = [
    line(
      doc,
      errors > 0
        ? `照片还没有交给页面上传：发现 ${errors} 个错误。请点“修正照片”，或“仍然使用原图”。`
        : '照片还没有交给页面上传：无法完整检查这张照片。可以“仍然使用原图”，或换一张较小的照片。',
      PAGE_STYLES.lineStrong,
    ),
  ];
  for (const note of check.notes) {
    const p = line(doc, note.zh, PAGE_STYLES.lineWarn);
    p.title = note.en;
    content.push(p);
  }
  if (check.fix.fixable) content.push(line(doc, '修正照片将：'), list(doc, check.fix.steps, PAGE_STYLES.list));
  return content;
}

/** The fixed photo: its verdict, before/after, the steps taken, and 使用修正后的照片. */
export function fixedView(
  doc: Document,
  fixed: FixedPhoto,
  findings: readonly Finding[],
  comparison: Comparison,
  onUse: () => void,
): { content: Node[]; use: HTMLButtonElement } {
  const problems = findings.filter((finding) => finding.level !== 'info');
  const verdict =
    problems.length === 0
      ? line(doc, `修正后的照片“${fixed.file.name}”符合照片要求。`, PAGE_STYLES.verdictOk)
      : line(doc, `修正后的照片仍有问题：${problems.map((finding) => finding.message).join('；')}`, PAGE_STYLES.verdictWarn);
  const use = button(doc, '使用修正后的照片', PAGE_STYLES.primaryButton, 'use-fixed', onUse);
  return { content: [verdict, buildComparison(doc, comparison), list(doc, fixed.steps, PAGE_STYLES.listMuted), use], use };
}
