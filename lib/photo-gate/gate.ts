/**
 * 上传证件照 (guide 二.1): the upload gate. The platform uploads a photo the
 * moment it is chosen, so a `change` on a file input carrying a picture (or a
 * `drop` carrying one) is caught at the window in the capture phase, before
 * any handler of the page, and checked. A photo with no error goes on at once,
 * untouched (a new `change` on the same input); a photo with an error is held
 * until the applicant chooses: 修正照片 (before/after preview, then
 * 使用修正后的照片 puts the fixed JPEG into the same input) or 仍然使用原图.
 * A file is only ever put into an input after the applicant clicked for it.
 */
import type { Feature, StepContext } from '../assistant/feature';
import type { PlacedFinding } from '../assistant/hints';
import { isOwn, markOwn } from '../assistant/own';
import { onTrustedClick } from '../assistant/trusted';
import { isHidden } from '../page/visible';
import { PhotoFixError, fixPhoto, type FixedPhoto } from '../photo';
import type { HeicConverter } from '../photo/heic';
import type { Finding, Text } from '../rules/types';
import { checkFixedBytes, checkPhotoFile, looksLikePhoto, sizeLine, type PhotoCheck } from './check';
import { buildComparison, storedNote } from './comparison';

/** What the gate gets from the extension around it. */
export interface PhotoServices {
  /** A HEIC converter for this page, made at the first HEIC (absent: HEIC photos get instructions only). */
  heicConverter?: (doc: Document, signal: AbortSignal) => HeicConverter;
}

export function makePhotoFeature(services: PhotoServices = {}): Feature {
  return {
    id: 'photo',
    // 上传证件照 is the photo step; other pages (个人基本信息 on some platforms,
    // pages we cannot place) may carry a photo field too, and only it is gated there.
    steps: ['photo', 'basicInfo', 'form'],
    init(ctx, signal) {
      new PhotoGate(ctx, signal, services).start();
    },
  };
}

/** The gate without HEIC conversion (unit tests, and anywhere no decoder frame can be had). */
export const photoFeature: Feature = makePhotoFeature();

/** Where the photo came from, so that it can be handed on the same way. */
type Source =
  | { kind: 'input'; input: HTMLInputElement }
  | { kind: 'drop'; target: Element; clientX: number; clientY: number };

type Phase = 'checking' | 'held' | 'fixing' | 'fixed' | 'released';

/** One photo the applicant chose, from the catch to the hand-over. */
interface ChosenPhoto {
  id: number;
  source: Source;
  file: File;
  /** Hints and the photo box go after this element. */
  anchor: Element;
  phase: Phase;
  check?: PhotoCheck;
  fixed?: FixedPhoto;
  fixedFindings?: Finding[];
  /** Object URLs of the preview, revoked when it goes. */
  urls: string[];
  /** The buttons inside the first error hint (or the box). */
  actions?: HTMLElement;
}

/** Ancestors that are layout, never the upload widget itself. */
const LAYOUT_TAGS = new Set(['TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TABLE', 'FORM', 'FIELDSET', 'LI', 'UL', 'OL', 'DL', 'BODY', 'HTML']);

const BUTTON_CSS =
  'display:inline-block;box-sizing:border-box;margin:4px 8px 2px 0;padding:2px 12px;min-height:26px;font:12px/1.6 "PingFang SC","Microsoft YaHei",sans-serif;' +
  'border:1px solid #1f5fbf;border-radius:3px;cursor:pointer;vertical-align:middle;';
const PRIMARY_CSS = `${BUTTON_CSS}color:#fff;background:#1f5fbf;`;
const SECONDARY_CSS = `${BUTTON_CSS}color:#1f5fbf;background:#fff;`;
const BOX_CSS =
  'display:block;box-sizing:border-box;clear:both;margin:4px 0;padding:6px 10px;max-width:40em;border:1px solid #c9d3e1;border-radius:3px;' +
  'background:#fafbfd;color:#333;font:12px/1.6 "PingFang SC","Microsoft YaHei",sans-serif;text-align:left;white-space:normal;';

function isFileInput(el: EventTarget | null): el is HTMLInputElement {
  return el instanceof Element && el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'file';
}

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

function button(doc: Document, text: string, css: string, onClick: () => void): HTMLButtonElement {
  const el = doc.createElement('button');
  el.type = 'button'; // never submits the page's form
  el.textContent = text;
  el.style.cssText = css;
  // Only the applicant's own click: a page script cannot fix, choose or upload for them.
  onTrustedClick(el, (event) => {
    event.stopPropagation(); // the page's own click handlers (a picker's) must not see it
    onClick();
  });
  return el;
}

function paragraph(doc: Document, text: string, css = 'margin:2px 0;'): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.style.cssText = css;
  p.textContent = text;
  return p;
}

function debug(what: string, error: unknown): void {
  console.debug(`[职称申报助手] photo ${what}:`, error);
}

class PhotoGate {
  /** Events we dispatched ourselves: the gate lets exactly these through. */
  private readonly released = new WeakSet<Event>();
  private choice: ChosenPhoto | undefined;
  private box: HTMLElement | undefined;
  private seq = 0;
  private readonly doc: Document;
  private heic: HeicConverter | undefined;

  constructor(
    private readonly ctx: StepContext,
    private readonly signal: AbortSignal,
    private readonly services: PhotoServices,
  ) {
    this.doc = ctx.doc;
  }

  /** The page's HEIC converter, made when the first photo is checked (it opens nothing until a HEIC needs it). */
  private heicConverter(): HeicConverter | undefined {
    this.heic ??= this.services.heicConverter?.(this.doc, this.signal);
    return this.heic;
  }

  start(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    // The window's capture phase runs before every listener the page put on the document or the input.
    view.addEventListener('change', (event) => this.guard('change', () => this.onChange(event)), { capture: true, signal: this.signal });
    view.addEventListener('drop', (event) => this.guard('drop', () => this.onDrop(event)), { capture: true, signal: this.signal });
    // The page replaces its picker after each upload: keep the box beside the current one.
    this.ctx.onRescan(() => this.keepPlaced());
    this.signal.addEventListener('abort', () => {
      if (this.choice) this.revoke(this.choice);
      this.choice = undefined;
      this.box?.remove();
      this.box = undefined;
    });
  }

  private guard(what: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      debug(what, error);
    }
  }

  private onChange(event: Event): void {
    if (this.released.has(event)) return;
    const input = event.target;
    if (!isFileInput(input) || isOwn(input)) return;
    const file = input.files?.[0];
    if (!file || !looksLikePhoto(file, input.accept) || !this.isPhotoInput(input)) return;
    event.stopImmediatePropagation();
    this.begin({ kind: 'input', input }, file);
  }

  /** On the photo step every picture upload is the photo; elsewhere only the field labelled as one. */
  private isPhotoInput(input: HTMLInputElement): boolean {
    if (this.ctx.step === 'photo') return true;
    const field = this.ctx.page.fieldFor(input) ?? this.ctx.page.rescan().find((f) => f.el === input);
    return field?.meaning === 'photo';
  }

  private onDrop(event: Event): void {
    // Away from the photo step a drop cannot be told apart from other uploads: it is left alone.
    if (this.ctx.step !== 'photo') return;
    if (this.released.has(event) || !(event instanceof DragEvent)) return;
    const target = event.target;
    if (!(target instanceof Element) || isOwn(target)) return;
    const file = event.dataTransfer?.files?.[0];
    if (!file || !looksLikePhoto(file)) return;
    // A drop event fires only where the page accepts drops: its upload area.
    event.preventDefault();
    event.stopImmediatePropagation();
    this.begin({ kind: 'drop', target, clientX: event.clientX, clientY: event.clientY }, file);
  }

  private current(choice: ChosenPhoto): boolean {
    return this.choice === choice && !this.signal.aborted;
  }

  private begin(source: Source, file: File): void {
    if (this.choice) this.revoke(this.choice);
    this.choice = undefined;
    this.ctx.report([]);
    this.box?.remove();
    const choice: ChosenPhoto = { id: ++this.seq, source, file, anchor: this.anchorFor(source), phase: 'checking', urls: [] };
    this.choice = choice;
    // Most photos are judged in a few milliseconds: say "checking" only when it takes a while.
    const slow = setTimeout(() => {
      if (this.current(choice) && choice.phase === 'checking') this.render(choice, [paragraph(this.doc, '正在检查照片…')], 'status');
    }, 200);
    const onConverting = (): void => {
      clearTimeout(slow);
      if (!this.current(choice) || choice.phase !== 'checking') return;
      this.render(choice, [paragraph(this.doc, '正在本机读取苹果手机 HEIC 格式的照片（首次需要几秒钟）…')], 'status');
    };
    checkPhotoFile(file, file.name, this.ctx.plan, { convertHeic: this.heicConverter(), onConverting })
      .then(
        (check) => this.guard('judge', () => this.judged(choice, check)),
        (error: unknown) => {
          // Our failure must never cost the applicant the upload: hand the photo on unchecked.
          debug('check', error);
          if (this.current(choice)) this.handOver(choice, file);
        },
      )
      .finally(() => clearTimeout(slow));
  }

  private judged(choice: ChosenPhoto, check: PhotoCheck): void {
    if (!this.current(choice)) return;
    choice.check = check;
    if (!check.held) {
      this.handOver(choice, choice.file);
      this.show(choice, check.findings);
      this.box?.remove();
      return;
    }
    choice.phase = 'held';
    this.show(choice, check.findings);
    this.renderHeld(choice);
  }

  // ---------------------------------------------------------------- placing

  private anchorFor(source: Source): Element {
    if (source.kind === 'input') return pickerAnchor(source.input);
    const field = this.ctx.field('photo');
    return field && field.el.isConnected ? pickerAnchor(field.el) : source.target;
  }

  private currentInput(choice: ChosenPhoto): HTMLInputElement | undefined {
    if (choice.source.kind === 'input' && choice.source.input.isConnected) return choice.source.input;
    const field = this.ctx.field('photo');
    if (field && isFileInput(field.el) && field.el.isConnected) return field.el;
    const found = [...this.doc.querySelectorAll('input[type=file]')].find((el) => !isOwn(el));
    return isFileInput(found ?? null) ? (found as HTMLInputElement) : undefined;
  }

  /** Hints for the choice; while it is held, the first error hint carries the buttons. */
  private show(choice: ChosenPhoto, findings: readonly Finding[]): void {
    const held = choice.phase === 'held' || choice.phase === 'fixing' || choice.phase === 'fixed';
    const invalid = choice.source.kind === 'input' ? [choice.source.input] : [];
    const first = held ? findings.findIndex((finding) => finding.level === 'error') : -1;
    choice.actions = undefined;
    const placed: PlacedFinding[] = findings.map((finding, index) => ({
      finding,
      anchor: choice.anchor,
      invalid,
      decorate:
        index === first
          ? (hint) => {
              choice.actions = this.actions(choice);
              hint.append(choice.actions);
            }
          : undefined,
    }));
    // Cleared first, so that the hints are new and carry this choice's buttons.
    this.ctx.report([]);
    this.ctx.report(placed);
  }

  /** The box goes after the picker and its hints; without a place in the page, into the panel. */
  private placeBox(choice: ChosenPhoto): HTMLElement {
    let box = this.box;
    if (!box) {
      box = markOwn(this.doc.createElement('div'));
      box.className = 'zcps-photo-box';
      box.style.cssText = BOX_CSS;
      this.box = box;
    }
    const anchor = choice.anchor;
    if (anchor.isConnected && anchor.parentNode) {
      let ref: Element = anchor;
      while (ref.nextElementSibling?.classList.contains('zcps-hint')) ref = ref.nextElementSibling;
      if (ref.nextElementSibling !== box) ref.after(box);
    } else if (box.parentNode !== this.ctx.panel.extra) {
      this.ctx.panel.extra.append(box);
    }
    return box;
  }

  private render(choice: ChosenPhoto, content: Node[], role: 'status' | 'alert' | null): HTMLElement {
    const box = this.placeBox(choice);
    box.replaceChildren(...content);
    if (role) box.setAttribute('role', role);
    else box.removeAttribute('role');
    // No error hint to carry the buttons (a picture too big to check): the box carries them.
    if (!choice.actions?.isConnected && (choice.phase === 'held' || choice.phase === 'fixing' || choice.phase === 'fixed')) {
      choice.actions = this.actions(choice);
      box.prepend(choice.actions);
    }
    return box;
  }

  private keepPlaced(): void {
    const choice = this.choice;
    if (!choice || !choice.check) return;
    if (!choice.anchor.isConnected) {
      const input = this.currentInput(choice);
      if (!input) return;
      choice.anchor = pickerAnchor(input);
      this.show(choice, choice.phase === 'released' && choice.fixedFindings ? choice.fixedFindings : choice.check.findings);
    }
    if (this.box && this.box.isConnected && choice.anchor.isConnected && this.box.parentNode !== this.ctx.panel.extra) {
      let ref: Element = choice.anchor;
      while (ref.nextElementSibling?.classList.contains('zcps-hint')) ref = ref.nextElementSibling;
      if (ref.nextElementSibling !== this.box) ref.after(this.box);
    }
  }

  // ---------------------------------------------------------------- views

  /** 修正照片 (or why it cannot be fixed) and 仍然使用原图, inside the first error hint. */
  private actions(choice: ChosenPhoto): HTMLElement {
    const wrap = markOwn(this.doc.createElement('div'));
    wrap.className = 'zcps-photo-actions';
    wrap.style.cssText = 'display:block;margin:2px 0 0;';
    const fix = choice.check?.fix;
    if (fix?.fixable) {
      const fixButton = button(this.doc, choice.phase === 'fixing' ? '正在修正…' : '修正照片', PRIMARY_CSS, () => {
        this.fix(choice, fixButton).catch((error: unknown) => debug('fix', error));
      });
      fixButton.disabled = choice.phase === 'fixing';
      fixButton.dataset.zcpsAction = 'fix';
      wrap.append(fixButton);
    } else if (fix) {
      const reasons = fix.reasons.map((reason) => reason.zh).join(' ');
      const why = paragraph(this.doc, `无法自动修正：${reasons}`, 'margin:2px 0;color:#5b6472;');
      why.className = 'zcps-photo-unfixable';
      wrap.append(why);
    }
    const original = button(this.doc, '仍然使用原图', SECONDARY_CSS, () => this.guard('original', () => this.useOriginal(choice)));
    original.dataset.zcpsAction = 'original';
    wrap.append(original);
    return wrap;
  }

  private notes(notes: readonly Text[]): HTMLElement[] {
    return notes.map((note) => {
      const p = paragraph(this.doc, note.zh, 'margin:2px 0;color:#874d00;');
      p.title = note.en;
      return p;
    });
  }

  private renderHeld(choice: ChosenPhoto): void {
    const check = choice.check;
    if (!check) return;
    const errors = check.findings.filter((finding) => finding.level === 'error').length;
    const content: Node[] = [
      paragraph(
        this.doc,
        errors > 0
          ? `照片还没有交给页面上传：发现 ${errors} 个错误。请点“修正照片”，或“仍然使用原图”。`
          : '照片还没有交给页面上传：无法完整检查这张照片。可以“仍然使用原图”，或换一张较小的照片。',
        'margin:2px 0;font-weight:600;',
      ),
      ...this.notes(check.notes),
    ];
    if (check.fix.fixable) {
      content.push(paragraph(this.doc, '修正照片将：'));
      const list = this.doc.createElement('ul');
      list.style.cssText = 'margin:0 0 2px;padding-left:18px;';
      for (const step of check.fix.steps) {
        const li = this.doc.createElement('li');
        li.textContent = step.zh;
        li.title = step.en;
        list.append(li);
      }
      content.push(list);
    }
    this.render(choice, content, null);
  }

  private async fix(choice: ChosenPhoto, fixButton: HTMLButtonElement): Promise<void> {
    const check = choice.check;
    if (!this.current(choice) || !check || choice.phase === 'fixing' || choice.phase === 'released') return;
    choice.phase = 'fixing';
    fixButton.disabled = true;
    fixButton.textContent = '正在修正…';
    this.render(choice, [paragraph(this.doc, '正在修正照片…')], 'status');
    let fixed: FixedPhoto;
    let fixedFindings: Finding[];
    try {
      fixed = await fixPhoto(choice.file, choice.file.name, this.ctx.plan.photo, { decoded: check.decoded });
      fixedFindings = checkFixedBytes(fixed.file.name, new Uint8Array(await fixed.file.arrayBuffer()), check.pixels, this.ctx.plan);
    } catch (error) {
      if (!this.current(choice)) return;
      choice.phase = 'held';
      fixButton.disabled = false;
      fixButton.textContent = '修正照片';
      const message = error instanceof PhotoFixError ? error.zh : '修正照片时出错，请换一张照片重试。';
      if (!(error instanceof PhotoFixError)) debug('fix', error);
      this.render(choice, [paragraph(this.doc, `修正失败：${message}`, 'margin:2px 0;color:#a8071a;')], 'alert');
      return;
    }
    if (!this.current(choice)) return;
    choice.phase = 'fixed';
    choice.fixed = fixed;
    choice.fixedFindings = fixedFindings;
    fixButton.disabled = false;
    fixButton.textContent = '修正照片';
    this.renderFixed(choice, check, fixed, fixedFindings);
  }

  private renderFixed(choice: ChosenPhoto, check: PhotoCheck, fixed: FixedPhoto, findings: readonly Finding[]): void {
    if (!check.fix.fixable) return;
    this.revoke(choice);
    // A HEIC shows as the JPEG it was converted to: the browser cannot draw the original.
    const beforeUrl = URL.createObjectURL(check.decoded?.blob ?? choice.file);
    const afterUrl = URL.createObjectURL(fixed.file);
    choice.urls.push(beforeUrl, afterUrl);
    const { displayed, crop, cropped } = check.fix;
    const stored = check.facts.width !== undefined && check.facts.height !== undefined ? { width: check.facts.width, height: check.facts.height } : undefined;
    const comparison = buildComparison(this.doc, {
      before: { url: beforeUrl, width: displayed.width, height: displayed.height, bytes: choice.file.size, note: storedNote(displayed, stored) },
      after: { url: afterUrl, width: fixed.width, height: fixed.height, bytes: fixed.bytes },
      crop,
      cropped,
    });
    const problems = findings.filter((finding) => finding.level !== 'info');
    const verdict = paragraph(
      this.doc,
      problems.length === 0
        ? `修正后的照片“${fixed.file.name}”符合照片要求。`
        : `修正后的照片仍有问题：${problems.map((finding) => finding.message).join('；')}`,
      `margin:2px 0;font-weight:600;color:${problems.length === 0 ? '#237804' : '#874d00'};`,
    );
    const steps = this.doc.createElement('ul');
    steps.style.cssText = 'margin:0 0 2px;padding-left:18px;color:#5b6472;';
    fixed.steps.forEach((step, index) => {
      const li = this.doc.createElement('li');
      li.textContent = step;
      li.title = fixed.stepsEn[index] ?? '';
      steps.append(li);
    });
    const use = button(this.doc, '使用修正后的照片', PRIMARY_CSS, () => this.guard('use fixed', () => this.useFixed(choice)));
    use.dataset.zcpsAction = 'use-fixed';
    this.render(choice, [verdict, comparison, steps, use], null);
    use.focus({ preventScroll: true });
  }

  // ---------------------------------------------------------------- hand-over

  /** Gives the page the file as if it had just been chosen: a `change` our gate lets through. */
  private handOver(choice: ChosenPhoto, file: File): boolean {
    const source = choice.source;
    if (source.kind === 'drop') {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const drop = new DragEvent('drop', {
        bubbles: true,
        cancelable: true,
        composed: true,
        dataTransfer: transfer,
        clientX: source.clientX,
        clientY: source.clientY,
      });
      this.released.add(drop);
      choice.phase = 'released';
      source.target.dispatchEvent(drop);
      return true;
    }
    const input = this.currentInput(choice);
    if (!input) return false;
    if (input.files?.[0] !== file) {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
    }
    const change = new Event('change', { bubbles: true });
    this.released.add(change);
    choice.phase = 'released';
    input.dispatchEvent(change);
    return true;
  }

  private useOriginal(choice: ChosenPhoto): void {
    if (!this.current(choice) || choice.phase === 'released') return;
    if (!this.handOver(choice, choice.file)) {
      this.render(choice, [paragraph(this.doc, '找不到页面的照片上传框，请重新选择照片。', 'margin:2px 0;color:#a8071a;')], 'alert');
      return;
    }
    choice.actions?.remove();
    choice.actions = undefined;
    this.revoke(choice);
    this.render(choice, [paragraph(this.doc, '已使用原图（未修正），页面正在上传。照片仍有上面所列的问题，审核时可能被退回。')], 'status');
  }

  private useFixed(choice: ChosenPhoto): void {
    const fixed = choice.fixed;
    if (!this.current(choice) || !fixed || choice.phase !== 'fixed') return;
    if (!this.handOver(choice, fixed.file)) {
      this.render(choice, [paragraph(this.doc, '找不到页面的照片上传框，请重新选择照片。', 'margin:2px 0;color:#a8071a;')], 'alert');
      return;
    }
    this.revoke(choice);
    this.show(choice, choice.fixedFindings ?? []);
    this.render(
      choice,
      [paragraph(this.doc, `已使用修正后的照片“${fixed.file.name}”（${sizeLine(fixed.width, fixed.height, fixed.bytes)}），页面正在上传。`)],
      'status',
    );
  }

  private revoke(choice: ChosenPhoto): void {
    for (const url of choice.urls) URL.revokeObjectURL(url);
    choice.urls = [];
  }
}
