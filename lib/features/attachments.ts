/**
 * 上传相关附件 (guide 二.5): per upload slot, whether the chosen 申报类型 needs
 * it (必传 / 选传 / 无需上传), the missing-slot errors, a check of every file
 * the applicant chooses (empty, content vs name, PDF completeness, paper scan
 * reminder) and exactly one 代表作. The page's own upload is never held or
 * delayed: files are read beside it.
 *
 * Steps: attachments.
 * Replica: tests/site/public/028/client/declare/attach.jsp
 */
import { attachmentPaper } from '../rules/attachment';
import { checkAttachmentFile, checkAttachments } from '../rules';
import type { AttachmentSlot, AttachmentsInput, FileFacts, Finding } from '../rules/types';
import type { Field } from '../page/fields';
import type { FeatureDefinition, StepContext } from '../assistant/feature';
import { placeAfterHints, type PlacedFinding } from '../assistant/hints';
import { PAGE_STYLES, setStyle, toneCss } from '../assistant/style';
import { isOwn, markOwn, pageFileInput } from '../assistant/own';
import { readFileFacts } from '../attachments/facts';
import { ownBox, uploadedFileNames } from '../page/uploads';
import { HintRows } from '../attachments/hint-rows';
import { pageApplicationType } from '../attachments/page-type';
import { needText, slotNeed, slotOf, type SlotNeed } from '../attachments/slots';

interface SlotView {
  slot: AttachmentSlot;
  /** The slot's uploads: one, or one per row of a works table. */
  fields: Field[];
  field: Field;
  /** Hints follow it; then the slot's status, then the per-file hints. */
  anchor: Element;
  names: string[];
  /** Names uploaded in rows whose type is 论文 (attachment.paper whatever the file is called). */
  papers: Set<string>;
  /** The works table or list the rows make up, when the uploads are rows. */
  list?: Element;
}

export const attachmentsFeature: FeatureDefinition = {
  steps: ['attachments'],
  init(ctx, signal) {
    /** Facts of the files chosen on this page, by slot and file name. */
    const chosen = new Map<string, FileFacts>();
    const statuses = new Map<AttachmentSlot, HTMLElement>();
    const rows = new Map<AttachmentSlot, HintRows>();
    let sessionType: string | undefined;
    signal.addEventListener('abort', () => {
      for (const status of statuses.values()) status.remove();
      for (const list of rows.values()) list.remove();
    });

    const run = () => {
      const slots = readSlots(ctx);
      const type = pageApplicationType(ctx.doc) ?? sessionType;
      const input: AttachmentsInput = { applicationType: type, slots: {} };
      for (const view of slots) input.slots[view.slot] = view.names.map((name) => chosen.get(key(view.slot, name)) ?? listed(name));
      const works = slots.find((view) => view.slot === 'works');
      if (works && works.names.length > 0) input.representativeCount = representativeCount(works, ctx);

      const bySlot = new Map(slots.map((view) => [view.slot, view]));
      const placed: PlacedFinding[] = checkAttachments(input, ctx.plan).map((finding) => {
        const slot = slotOfFinding(finding);
        const view = slot && bySlot.get(slot);
        return view ? { finding, anchor: view.anchor, invalid: view.fields.map((f) => f.el) } : { finding };
      });
      for (const view of slots) {
        const list = rowsFor(rows, ctx.doc, view.slot);
        const status = statusFor(statuses, ctx.doc, view.slot);
        showStatus(status, view, slotNeed(view.slot, type));
        placeAfterHints(view.anchor, status, list.box); // hints on the anchor, then the status, then the per-file hints
        const used = new Set<string>();
        for (const name of view.names) {
          const facts = chosen.get(key(view.slot, name));
          const paper = view.papers.has(name);
          const findings = facts
            ? checkAttachmentFile(facts, view.slot, ctx.plan, paper)
            : attachmentPaper.check({ file: listed(name), slot: view.slot, paper }, ctx.plan);
          if (findings.length === 0) continue;
          used.add(name);
          const anchor = list.anchor(name);
          for (const finding of findings) placed.push({ finding, anchor, invalid: [view.field.el] });
        }
        list.keep(used);
      }
      for (const [slot, status] of statuses) {
        if (bySlot.has(slot)) continue;
        status.remove();
        statuses.delete(slot);
        rows.get(slot)?.remove();
        rows.delete(slot);
      }
      ctx.report(placed);
      for (const view of slots) placeAfterHints(view.anchor, statuses.get(view.slot), rows.get(view.slot)?.box);
    };

    // The window's capture phase (before any page script can stop the event), and only reading:
    // the page's own change handler uploads at once, undisturbed.
    const onChange = (event: Event) => {
      const input = pageFileInput(event.target);
      const slot = input && slotOf(ctx.page.fieldFor(input)?.meaning);
      if (!input || !slot) return;
      for (const file of Array.from(input.files ?? [])) {
        readFileFacts(file).then(
          (facts) => {
            chosen.set(key(slot, file.name), facts);
            if (!signal.aborted) run();
          },
          () => undefined,
        );
      }
    };
    (ctx.doc.defaultView ?? ctx.doc).addEventListener('change', onChange, { capture: true, signal });
    ctx.onFieldEvent(run);
    ctx.onRescan(run);
    run();
    ctx.bridge.session().then(
      (session) => {
        sessionType = session.applicationType;
        if (!signal.aborted && sessionType) run();
      },
      () => undefined,
    );
  },
};

function key(slot: AttachmentSlot, name: string): string {
  return `${slot}|${name}`;
}

/** A file the page lists but the applicant did not choose on this visit: its bytes are unknown (-1). */
function listed(name: string): FileFacts {
  return { name, bytes: -1, type: 'unknown' };
}

function slotOfFinding(finding: Finding): AttachmentSlot | undefined {
  const target = finding.target;
  return target && target !== 'page' && target !== 'submit' && target !== 'achievements' ? slotOf(target) : undefined;
}

function rowsFor(rows: Map<AttachmentSlot, HintRows>, doc: Document, slot: AttachmentSlot): HintRows {
  let list = rows.get(slot);
  if (!list) rows.set(slot, (list = new HintRows(doc, 'zcps-file-hints')));
  return list;
}

/** Every upload slot on the page with all its uploads (a works table has one per row). */
function readSlots(ctx: StepContext): SlotView[] {
  const bySlot = new Map<AttachmentSlot, Field[]>();
  for (const field of ctx.fields()) {
    if (field.kind !== 'file') continue;
    const slot = slotOf(field.meaning);
    if (!slot) continue;
    const list = bySlot.get(slot);
    if (list) list.push(field);
    else bySlot.set(slot, [field]);
  }
  const views: SlotView[] = [];
  for (const [slot, fields] of bySlot) {
    const field = fields[0]!;
    const names = new Set<string>();
    const papers = new Set<string>();
    for (const upload of fields) {
      const uploaded = uploadedFileNames(upload);
      for (const name of uploaded) names.add(name);
      if (upload.record && rowKind(upload, ctx).includes('论文')) for (const name of uploaded) papers.add(name);
    }
    // Rows of a works table: the slot's hints go after the table, not after its first row's upload.
    const list = field.record?.container;
    views.push({ slot, fields, field, anchor: list ?? hintAnchor(field), names: [...names], papers, list });
  }
  return views;
}

/** The type a row of a works table gives its upload (论文, 著作 …): the row's 类型 field. */
function rowKind(upload: Field, ctx: StepContext): string {
  const row = upload.record?.row;
  const kind = row ? ctx.fields().find((f) => f.record?.row === row && f.meaning === 'achKind') : undefined;
  return kind ? ctx.page.readValue(kind) : '';
}

/**
 * Right after the file input (a hidden one sits just behind its upload
 * button), or after the picker that wraps it. Never before the input: text
 * there could be read as the input's label.
 */
function hintAnchor(field: Field): Element {
  return field.widget?.contains(field.el) ? field.widget : field.el;
}

/**
 * How many 代表作 marks are ticked for the works: radios/checkboxes in the
 * works table (or the slot's box) whose own text or column says 代表作.
 * undefined when the page has no such mark.
 */
function representativeCount(view: SlotView, ctx: StepContext): number | undefined {
  const box = view.list ?? ownBox(view.field);
  let marks = 0;
  let checked = 0;
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')) {
    if (isOwn(input)) continue;
    const own = input.closest('label')?.textContent ?? input.labels?.[0]?.textContent ?? input.parentElement?.textContent ?? '';
    const column = ctx.page.fieldFor(input)?.label ?? '';
    if (!own.includes('代表作') && !column.includes('代表作')) continue;
    marks++;
    if (input.checked) checked++;
  }
  return marks > 0 ? checked : undefined;
}

/** The tone of a slot's status pill: a required slot is an error until it holds a file. */
const NEED_TONES = { required: 'error', unknown: 'warn', optional: 'info', none: 'neutral' } as const satisfies Record<SlotNeed, string>;

function statusFor(statuses: Map<AttachmentSlot, HTMLElement>, doc: Document, slot: AttachmentSlot): HTMLElement {
  let status = statuses.get(slot);
  if (!status) {
    status = markOwn(doc.createElement('span'));
    status.className = 'zcps-slot-status';
    status.dataset.slot = slot;
    statuses.set(slot, status);
  }
  return status;
}

/** The slot's status pill: its need for this application type and how many files it holds. */
function showStatus(status: HTMLElement, view: SlotView, need: SlotNeed): void {
  const text = needText(view.slot, need, view.names.length);
  const done = view.names.length > 0 && need !== 'none';
  status.dataset.need = need;
  setStyle(status, PAGE_STYLES.slotStatus, toneCss(done ? 'ok' : NEED_TONES[need]));
  if (status.textContent !== text.zh) status.textContent = text.zh;
  status.title = text.en;
}
