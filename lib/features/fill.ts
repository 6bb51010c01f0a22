/**
 * 一键填写 on 个人基本信息, 我的业绩档案 (the add-entry form) and 填写申报信息.
 * The panel's button opens a preview (what would be written, what is
 * skipped and why, "对应档案项…" for unknown fields); 确认填写 writes the
 * ticked rows; the summary offers 撤销. The page's own handlers and the
 * assistant's rules see the writers' input/change events, so every check
 * runs again on the filled values.
 *
 * Steps: basicInfo, archive, declaration, form.
 * Replica: tests/site/public/028/client/person/baseInfo.jsp
 */
import type { FeatureDefinition, StepContext } from '../assistant/feature';
import { onTrustedClick } from '../assistant/trusted';
import type { Field } from '../page/fields';
import { normalizeLabel } from '../page/text';
import { MEANINGS, type Meaning } from '../meanings';
import { send, type LearnedMapping } from '../messaging';
import type { Achievement, Profile } from '../profile/types';
import { canFillIn } from '../fill/frame';
import { applyFill, planFill, planRecordCell, type FillEntry } from '../fill/plan';
import { assignRows, isEmptyRow, listItems, pageRows, planAdditions, type RecordList, type RowAddition } from '../fill/records';
import { press, settle } from '../fill/widgets';
import { buildPreview, buildSummary, type SelectOption } from '../fill/preview';
import { MEANING_NAMES, availableMeanings } from '../fill/values';
import { matchKey } from '../page/match';

/** Where learned field mappings live (the background's store, through messages). */
export interface MappingStore {
  list(): Promise<LearnedMapping[]>;
  save(mapping: LearnedMapping): Promise<void>;
}

export const messageMappings: MappingStore = {
  async list() {
    const answer = await send({ type: 'mapping.list' });
    return answer.type === 'mapping.list' ? answer.mappings : [];
  },
  async save(mapping) {
    await send({ type: 'mapping.set', mapping });
  },
};

export const TITLES = {
  loading: '正在读取档案…',
  noProfile: '请先在扩展弹窗中导入或填写档案',
  frame: '此页面框架不允许自动填写',
  nothing: '本页没有可以从档案填写的字段',
  archiveClosed: '请先点击“新增业绩”打开表单，再一键填写',
  noAchievements: '档案中还没有业绩，请先在扩展弹窗中添加',
  ready: '预览将要填写的内容，确认后才会填写',
} as const;

/** The shortest time between two profile reads on focus / return to the tab. */
export const RELOAD_GAP_MS = 2000;

/** Said when a preview box was ticked by something other than the applicant. */
export const TAMPERED = '预览中的勾选被页面上的脚本改动过，未填写任何内容。已按你自己的勾选重新显示，请核对后再点“确认填写”。';

export function createFillFeature(mappings: MappingStore): FeatureDefinition {
  return {
    steps: ['basicInfo', 'archive', 'declaration', 'form'],
    init(ctx, signal) {
      new FillController(ctx, signal, mappings).start();
    },
  };
}

export const fillFeature = createFillFeature(messageMappings);

/** One fill session: the entries offered, the fields written, the undos in order. */
interface Session {
  /** Every field a preview listed, and those among them offered for filling. */
  seen: Set<Element>;
  offered: Set<Element>;
  written: Set<Element>;
  undos: Array<() => Promise<void>>;
  failed: string[];
  stale: string[];
  undone: boolean;
}

class FillController {
  private profile: Profile | undefined;
  private loaded = false;
  private learned: LearnedMapping[] = [];
  private achievementId: string | undefined;
  /** The applicant's own ticks in the open preview, by field element. */
  private ticks = new Map<Element, boolean>();
  private view: 'idle' | 'preview' | 'writing' | 'summary' = 'idle';
  /** Said above the preview until the next 确认填写 or 关闭 (it survives re-renders on rescans). */
  private tampered = false;
  private session: Session | undefined;
  private continuation: FillEntry[] = [];
  /** Rows the open preview offers to add with the page's own 添加 button. */
  private additions: RowAddition[] = [];

  constructor(
    private readonly ctx: StepContext,
    private readonly signal: AbortSignal,
    private readonly mappings: MappingStore,
  ) {}

  start(): void {
    const button = this.ctx.panel.fillButton;
    // Only the applicant opens the preview: a page script's .click() on the open shadow root does nothing.
    onTrustedClick(button, () => void this.openPreview(), this.signal);
    this.ctx.onRescan(() => {
      this.refreshButton();
      if (this.view === 'preview') this.renderPreview();
    });
    this.signal.addEventListener('abort', () => this.ctx.panel.extra.replaceChildren());
    this.refreshButton();
    void this.load().then(() => this.refreshButton());
    // Back from the popup (a profile imported or edited): look again, at most
    // once in RELOAD_GAP_MS (focus and visibilitychange come in pairs, and a
    // page may fire them at will); 一键填写 itself always reads afresh.
    let lastReload = Number.NEGATIVE_INFINITY;
    const reload = () => {
      if (this.ctx.doc.visibilityState === 'hidden' || Date.now() - lastReload < RELOAD_GAP_MS) return;
      lastReload = Date.now();
      void this.load().then(() => !this.signal.aborted && this.refreshButton());
    };
    this.ctx.doc.defaultView?.addEventListener('focus', reload, { signal: this.signal });
    this.ctx.doc.addEventListener('visibilitychange', reload, { signal: this.signal });
  }

  private async load(): Promise<void> {
    const [profile, learned] = await Promise.all([
      this.ctx.bridge.activeProfile().catch(() => undefined),
      this.mappings.list().catch(() => [] as LearnedMapping[]),
    ]);
    this.profile = profile;
    this.learned = learned;
    this.loaded = true;
    const ids = (profile?.achievements ?? []).map((a) => a.id);
    if (this.achievementId === undefined || !ids.includes(this.achievementId)) this.achievementId = ids[0];
  }

  private achievement(): Achievement | undefined {
    return this.profile?.achievements?.find((a) => a.id === this.achievementId);
  }

  private plan(fields: readonly Field[] = this.ctx.fields()): FillEntry[] {
    if (!this.profile) return [];
    return planFill(fields, this.profile, this.ctx.plan, this.learned, { step: this.ctx.step, achievement: this.achievement() });
  }

  /** The rows to add for profile items no row of the page takes (工作经历, 学历). */
  private planRows(fields: readonly Field[] = this.ctx.fields()): RowAddition[] {
    if (!this.profile) return [];
    const rows = pageRows(fields);
    const items = { history: listItems('history', this.profile), education: listItems('education', this.profile) };
    const left = {
      history: assignRows(
        rows.filter((r) => r.list === 'history'),
        items.history,
      ).left,
      education: assignRows(
        rows.filter((r) => r.list === 'education'),
        items.education,
      ).left,
    };
    return planAdditions(rows, items, left);
  }

  private refreshButton(): void {
    const button = this.ctx.panel.fillButton;
    const set = (enabled: boolean, title: string) => {
      button.disabled = !enabled;
      button.title = title;
    };
    if (!canFillIn(this.ctx.doc)) return set(false, TITLES.frame);
    if (!this.loaded) return set(false, TITLES.loading);
    // The popup starts everyone with an empty profile: one with nothing to fill counts as none.
    // The button stays usable: a click looks again and says what to do.
    if (!this.profile || !this.profileHasData()) return set(true, TITLES.noProfile);
    const entries = this.plan();
    const useful = entries.some((e) => e.action === 'fill' || (e.unmatched && e.label !== '')) || this.planRows().length > 0;
    if (!useful) return set(false, this.uselessTitle(entries));
    set(true, TITLES.ready);
  }

  private uselessTitle(entries: readonly FillEntry[]): string {
    if (this.ctx.step !== 'archive') return TITLES.nothing;
    if (!entries.some((e) => e.meaning?.startsWith('ach'))) return TITLES.archiveClosed;
    return (this.profile?.achievements ?? []).length === 0 ? TITLES.noAchievements : TITLES.nothing;
  }

  private async openPreview(): Promise<void> {
    if (!canFillIn(this.ctx.doc)) return;
    await this.load(); // the profile may have changed in the popup since the page opened
    if (this.signal.aborted) return;
    this.refreshButton();
    if (!this.profile || !this.profileHasData()) {
      this.showNotice(`${TITLES.noProfile}：点击浏览器工具栏上的“职称申报助手”图标，导入档案或填写后再点“一键填写”。`);
      return;
    }
    this.ticks.clear();
    this.session = undefined;
    this.continuation = [];
    this.tampered = false;
    this.view = 'preview';
    this.renderPreview();
  }

  private showNotice(text: string, view: 'idle' | 'writing' = 'idle'): void {
    this.view = view;
    this.ctx.panel.extra.replaceChildren(this.notice(text, 'status'));
  }

  private notice(text: string, role: 'status' | 'alert'): HTMLElement {
    const note = this.ctx.doc.createElement('p');
    note.className = 'fill-notice';
    note.setAttribute('role', role);
    note.textContent = text;
    return note;
  }

  private withTicks(entries: FillEntry[]): FillEntry[] {
    return entries.map((e) =>
      this.ticks.has(e.field.el) && e.action === 'fill' ? { ...e, ticked: this.ticks.get(e.field.el) === true } : e,
    );
  }

  private profileHasData(): boolean {
    if (!this.profile) return false;
    const source = { profile: this.profile, plan: this.ctx.plan, achievement: this.profile.achievements?.[0] };
    return availableMeanings(MEANINGS, source).length > 0;
  }

  private mappingChoices(): SelectOption<Meaning>[] {
    if (!this.profile) return [];
    const source = { profile: this.profile, plan: this.ctx.plan, achievement: this.achievement() };
    // The add-entry form of 我的业绩档案 takes achievement values; the other pages never do.
    const forStep = MEANINGS.filter((m) => m.startsWith('ach') === (this.ctx.step === 'archive'));
    return availableMeanings(forStep, source).map((m) => ({ value: m, label: MEANING_NAMES[m] }));
  }

  private renderPreview(): void {
    const doc = this.ctx.doc;
    const extra = this.ctx.panel.extra;
    const entries = this.withTicks(this.plan());
    this.additions = this.planRows();
    const achievements = this.ctx.step === 'archive' ? (this.profile?.achievements ?? []).map(achievementChoice) : undefined;
    const preview = buildPreview(
      doc,
      {
        title: '一键填写预览',
        entries,
        achievements,
        achievementId: this.achievementId,
        mappingChoices: this.mappingChoices(),
        additions: this.additions.map((a) => ({ label: a.label, value: a.summary, ticked: a.ticked })),
      },
      {
        onConfirm: (ticked, additions) =>
          void this.confirm(
            ticked,
            this.additions.filter((_, i) => additions[i]),
          ),
        onCancel: () => this.close(),
        onToggle: (entry, ticked) => this.ticks.set(entry.field.el, ticked),
        onAchievement: (id) => {
          this.achievementId = id;
          this.ticks.clear();
          this.renderPreview();
          // A keyboard choice goes on in the new picker.
          extra.querySelector<HTMLSelectElement>('.fill-achievement')?.focus();
        },
        onMap: (entry, meaning) => this.learn(entry, meaning),
        onTampered: () => {
          this.tampered = true;
          this.renderPreview();
        },
      },
    );
    extra.replaceChildren(...(this.tampered ? [this.notice(TAMPERED, 'alert')] : []), preview);
  }

  /** Remembers what the applicant said an unknown field is, for this page and next time. */
  private learn(entry: FillEntry, meaning: Meaning): void {
    const label = normalizeLabel(entry.label) || entry.label;
    const mapping: LearnedMapping = { step: this.ctx.step, label, meaning };
    this.learned = [...this.learned.filter((m) => !(m.step === mapping.step && matchKey(m.label) === matchKey(label))), mapping];
    void this.mappings.save(mapping).catch(() => undefined);
    this.renderPreview();
  }

  private async confirm(entries: FillEntry[], additions: readonly RowAddition[] = []): Promise<void> {
    if (this.view === 'writing') return;
    this.tampered = false;
    const session: Session = this.session ?? {
      seen: new Set(),
      offered: new Set(),
      written: new Set(),
      undos: [],
      failed: [],
      stale: [],
      undone: false,
    };
    this.session = session;
    for (const e of entries) {
      session.seen.add(e.field.el);
      if (e.action === 'fill') session.offered.add(e.field.el);
    }
    // Widgets are written one after the other and take a moment each: the panel says so meanwhile.
    this.view = 'writing';
    this.showNotice('正在填写…', 'writing');
    await this.write(entries, session);
    for (const addition of additions) {
      if (this.signal.aborted) return;
      await this.addRow(addition, session);
    }
    if (this.signal.aborted) return;
    this.ticks.clear();
    // A choice may have opened more fields (取得资格时间 after 现专业技术资格, 破格 content after 破格申报): offer those too.
    const fresh = this.plan(this.ctx.page.rescan());
    this.continuation = fresh.filter((e) => e.action === 'fill' && !session.offered.has(e.field.el));
    this.view = 'summary';
    this.renderSummary();
  }

  private async write(entries: FillEntry[], session: Session): Promise<void> {
    const outcome = await applyFill(entries);
    session.undos.push(outcome.undo);
    const notWritten = new Set([...outcome.failed, ...outcome.stale].map((e) => e.field.el));
    for (const e of entries) if (e.action === 'fill' && e.ticked && !notWritten.has(e.field.el)) session.written.add(e.field.el);
    session.failed.push(...outcome.failed.map((e) => e.label));
    session.stale.push(...outcome.stale.map((e) => e.label));
  }

  /** Adds one row with the page's own button, then fills it with the item it was added for. */
  private async addRow(addition: RowAddition, session: Session): Promise<void> {
    const rowsOf = (list: RecordList) => pageRows(this.ctx.page.rescan()).filter((r) => r.list === list);
    const before = new Set(rowsOf(addition.list).map((r) => r.record.row));
    press(addition.button);
    let added: ReturnType<typeof rowsOf>[number] | undefined;
    // The new row: one that was not there and is empty (a page that redraws the whole list makes every row new).
    const appeared = await settle(
      () => (added = rowsOf(addition.list).find((r) => !before.has(r.record.row) && isEmptyRow(r))) !== undefined,
      1500,
    );
    if (!appeared || !added) {
      session.failed.push(addition.label);
      return;
    }
    const entries = added.fields.map((field) => planRecordCell(field, addition.values));
    for (const e of entries) {
      session.seen.add(e.field.el);
      if (e.action === 'fill') session.offered.add(e.field.el);
    }
    await this.write(entries, session);
  }

  private renderSummary(): void {
    const session = this.session;
    if (!session) return;
    const doc = this.ctx.doc;
    const summary = buildSummary(
      doc,
      {
        filled: session.written.size,
        skipped: Math.max(0, session.seen.size - session.written.size),
        failed: session.failed,
        stale: session.stale,
        undone: session.undone,
      },
      { onUndo: () => void this.undo(), onClose: () => this.close() },
    );
    const parts: HTMLElement[] = [summary];
    if (!session.undone && this.continuation.length > 0) {
      parts.push(
        buildPreview(
          doc,
          { title: `填写后又有 ${this.continuation.length} 项可以填写`, entries: this.continuation, mappingChoices: [] },
          {
            onConfirm: (ticked) => void this.confirm(ticked),
            onCancel: () => {
              this.continuation = [];
              this.renderSummary();
            },
            onTampered: () => {
              this.tampered = true;
              this.renderSummary();
            },
          },
        ),
      );
    }
    if (this.tampered) parts.unshift(this.notice(TAMPERED, 'alert'));
    this.ctx.panel.extra.replaceChildren(...parts);
  }

  private async undo(): Promise<void> {
    const session = this.session;
    if (!session || session.undone) return;
    session.undone = true;
    this.view = 'writing';
    this.showNotice('正在撤销…', 'writing');
    for (const undo of [...session.undos].reverse()) await undo();
    if (this.signal.aborted) return;
    this.continuation = [];
    this.view = 'summary';
    this.renderSummary();
    this.refreshButton();
  }

  private close(): void {
    this.tampered = false;
    this.view = 'idle';
    this.ticks.clear();
    this.continuation = [];
    this.session = undefined;
    this.ctx.panel.extra.replaceChildren();
    this.refreshButton();
  }
}

function achievementChoice(a: Achievement): SelectOption {
  const title = a.title?.trim() || '（无名称）';
  const kind = a.kind ? `${a.kind}：` : '';
  return { value: a.id, label: `${kind}${title}${a.date ? `（${a.date}）` : ''}` };
}
