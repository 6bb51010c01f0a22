/**
 * The upload gate's state: what the applicant chose, what the check found,
 * whether the photo is held, fixed or handed on, and what may go to the
 * page's upload. The platform uploads a photo the moment it is chosen, so a
 * `change` on a file input carrying a picture (or a `drop` carrying one) is
 * caught at the window in the capture phase, before any handler of the page,
 * and checked. A photo with no error goes on at once, untouched (a new
 * `change` on the same input); a photo with an error is held until the
 * applicant chooses 修正照片 then 使用修正后的照片, or 仍然使用原图. A file
 * is only ever put into an input after the applicant clicked for it.
 * What it draws is in views.ts.
 */
import type { StepContext } from '../assistant/feature';
import type { PlacedFinding } from '../assistant/hints';
import { isOwn, pageFileInput } from '../assistant/own';
import { logQuietly, quietly } from '../log';
import type { FixedPhoto } from '../photo';
import type { HeicConverter } from '../photo/heic';
import type { Finding } from '../rules/types';
import { checkPhotoFile, fixChecked, fixFailure, looksLikePhoto, type PhotoCheck } from './check';
import { comparisonFor } from './comparison';
import {
  GateBox,
  actionsView,
  checkingView,
  convertingView,
  fixFailedView,
  fixedView,
  fixingView,
  heldView,
  noPickerView,
  pickerAnchor,
  setFixing,
  usedFixedView,
  usedOriginalView,
} from './views';

/** What the gate gets from the extension around it. */
export interface PhotoServices {
  /** A HEIC converter for this page, made at the first HEIC (absent: HEIC photos get instructions only). */
  heicConverter?: (doc: Document, signal: AbortSignal) => HeicConverter;
}

/** Where the photo came from, so that it can be handed on the same way. */
type Source = { kind: 'input'; input: HTMLInputElement } | { kind: 'drop'; target: Element; clientX: number; clientY: number };

type Phase = 'checking' | 'held' | 'fixing' | 'fixed' | 'released';

/** One photo the applicant chose, from the catch to the hand-over. */
interface ChosenPhoto {
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

/** Held back from the page, waiting for the applicant's choice. */
function waiting(choice: ChosenPhoto): boolean {
  return choice.phase === 'held' || choice.phase === 'fixing' || choice.phase === 'fixed';
}

function debug(what: string, error: unknown): void {
  logQuietly(`photo ${what}`, error);
}

export class PhotoGate {
  /** Events we dispatched ourselves: the gate lets exactly these through. */
  private readonly released = new WeakSet<Event>();
  private choice: ChosenPhoto | undefined;
  private readonly box: GateBox;
  private readonly doc: Document;
  private heic: HeicConverter | undefined;

  constructor(
    private readonly ctx: StepContext,
    private readonly signal: AbortSignal,
    private readonly services: PhotoServices,
  ) {
    this.doc = ctx.doc;
    this.box = new GateBox(ctx.doc, () => ctx.panel.extra);
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
    view.addEventListener('change', (event) => quietly('photo change', () => this.onChange(event)), { capture: true, signal: this.signal });
    view.addEventListener('drop', (event) => quietly('photo drop', () => this.onDrop(event)), { capture: true, signal: this.signal });
    // The page replaces its picker after each upload: keep the box beside the current one.
    this.ctx.onRescan(() => this.keepPlaced());
    this.signal.addEventListener('abort', () => {
      if (this.choice) this.revoke(this.choice);
      this.choice = undefined;
      this.box.remove();
    });
  }

  private onChange(event: Event): void {
    if (this.released.has(event)) return;
    const input = pageFileInput(event.target);
    const file = input?.files?.[0];
    if (!input || !file || !looksLikePhoto(file, input.accept) || !this.isPhotoInput(input)) return;
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
    this.box.remove();
    const choice: ChosenPhoto = { source, file, anchor: this.anchorFor(source), phase: 'checking', urls: [] };
    this.choice = choice;
    // Most photos are judged in a few milliseconds: say "checking" only when it takes a while.
    const slow = setTimeout(() => {
      if (this.current(choice) && choice.phase === 'checking') this.render(choice, checkingView(this.doc), 'status');
    }, 200);
    const onConverting = (): void => {
      clearTimeout(slow);
      if (this.current(choice) && choice.phase === 'checking') this.render(choice, convertingView(this.doc), 'status');
    };
    checkPhotoFile(file, file.name, this.ctx.plan, { convertHeic: this.heicConverter(), onConverting })
      .then(
        (check) => quietly('photo judge', () => this.judged(choice, check)),
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
      this.box.remove();
      return;
    }
    choice.phase = 'held';
    this.show(choice, check.findings);
    this.render(choice, heldView(this.doc, check), null);
  }

  // ---------------------------------------------------------------- where it shows

  private anchorFor(source: Source): Element {
    if (source.kind === 'input') return pickerAnchor(source.input);
    const field = this.ctx.field('photo');
    return field && field.el.isConnected ? pickerAnchor(field.el) : source.target;
  }

  /** The page's picker now: the one chosen from, else the photo field, else the page's first file input. */
  private currentInput(choice: ChosenPhoto): HTMLInputElement | undefined {
    if (choice.source.kind === 'input' && choice.source.input.isConnected) return choice.source.input;
    const field = this.ctx.field('photo');
    const input = pageFileInput(field?.el ?? null);
    if (input?.isConnected) return input;
    return [...this.doc.querySelectorAll('input[type=file]')].map(pageFileInput).find((found) => found !== undefined);
  }

  /** Hints for the choice; while it waits, the first error hint carries the buttons. */
  private show(choice: ChosenPhoto, findings: readonly Finding[]): void {
    const invalid = choice.source.kind === 'input' ? [choice.source.input] : [];
    const first = waiting(choice) ? findings.findIndex((finding) => finding.level === 'error') : -1;
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

  private render(choice: ChosenPhoto, content: Node[], role: 'status' | 'alert' | null): void {
    const box = this.box.show(choice.anchor, content, role);
    // No error hint to carry the buttons (a picture too big to check): the box carries them.
    if (!choice.actions?.isConnected && waiting(choice)) {
      choice.actions = this.actions(choice);
      box.prepend(choice.actions);
    }
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
    this.box.follow(choice.anchor);
  }

  private actions(choice: ChosenPhoto): HTMLElement {
    return actionsView(this.doc, choice.check?.fix, choice.phase === 'fixing', {
      fix: (fixButton) => void this.fix(choice, fixButton).catch((error: unknown) => debug('fix', error)),
      original: () => quietly('photo original', () => this.useOriginal(choice)),
    });
  }

  // ---------------------------------------------------------------- the applicant's choices

  private async fix(choice: ChosenPhoto, fixButton: HTMLButtonElement): Promise<void> {
    const check = choice.check;
    if (!this.current(choice) || !check || choice.phase === 'fixing' || choice.phase === 'released') return;
    choice.phase = 'fixing';
    setFixing(fixButton, true);
    this.render(choice, fixingView(this.doc), 'status');
    let result: Awaited<ReturnType<typeof fixChecked>>;
    try {
      result = await fixChecked(choice.file, check, this.ctx.plan);
    } catch (error) {
      if (!this.current(choice)) return;
      choice.phase = 'held';
      setFixing(fixButton, false);
      this.render(choice, fixFailedView(this.doc, fixFailure(error)), 'alert');
      return;
    }
    if (!this.current(choice)) return;
    choice.phase = 'fixed';
    choice.fixed = result.fixed;
    choice.fixedFindings = result.findings;
    setFixing(fixButton, false);
    this.revoke(choice);
    const shown = comparisonFor(choice.file, check, result.fixed);
    if (!shown) return;
    choice.urls.push(...shown.urls);
    const view = fixedView(this.doc, result.fixed, result.findings, shown.comparison, () =>
      quietly('photo use fixed', () => this.useFixed(choice)),
    );
    this.render(choice, view.content, null);
    view.use.focus({ preventScroll: true });
  }

  /** Gives the page the file as if it had just been chosen: a `change` (or `drop`) our gate lets through. */
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
      this.render(choice, noPickerView(this.doc), 'alert');
      return;
    }
    choice.actions?.remove();
    choice.actions = undefined;
    this.revoke(choice);
    this.render(choice, usedOriginalView(this.doc), 'status');
  }

  private useFixed(choice: ChosenPhoto): void {
    const fixed = choice.fixed;
    if (!this.current(choice) || !fixed || choice.phase !== 'fixed') return;
    if (!this.handOver(choice, fixed.file)) {
      this.render(choice, noPickerView(this.doc), 'alert');
      return;
    }
    this.revoke(choice);
    this.show(choice, choice.fixedFindings ?? []);
    this.render(choice, usedFixedView(this.doc, fixed), 'status');
  }

  private revoke(choice: ChosenPhoto): void {
    for (const url of choice.urls) URL.revokeObjectURL(url);
    choice.urls = [];
  }
}
