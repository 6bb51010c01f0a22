/**
 * The on-page assistant of one frame: collects the fields, detects the step,
 * runs the features registered for that step, and shows their findings inline
 * and in the panel. Nothing here changes a value of the page, and no error
 * escapes into the page: a broken page means no hint.
 */
import { fieldFor, readChoices, readValue, type Field } from '../page/fields';
import type { PagePlanFacts } from '../page/plan-facts';
import { ownersByMeaning, readPage } from '../page/read-page';
import { pageText } from '../page/step';
import { isHidden } from '../page/visible';
import type { Meaning } from '../meanings';
import type { StepBundle } from './step-bundle';
import type { PlanFacts } from '../rules/plans/resolve';
import type { Plan } from '../rules/plans/types';
import { STEP_NAMES, WIZARD_STEPS, type Step } from '../steps';
import type { Bridge } from './bridge';
import type { Feature, PageApi, StepContext } from './feature';
import { HintLayer, type PlacedFinding } from './hints';
import { isOwn, pageElement } from './own';
import { logQuietly, quietly } from '../log';
import { Dock } from './dock';
import { Panel, columnWidth, type PanelItem } from './panel';
import { watchDom } from './watch';

const FORM_CONTROLS = 'input:not([type=hidden]),select,textarea';
/** Runs once, as soon as the document holds a form control (during parsing too). */
function whenControlAppears(doc: Document, run: () => void, signal: AbortSignal): void {
  if (doc.querySelector(FORM_CONTROLS)) return run();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && ((node as Element).matches(FORM_CONTROLS) || (node as Element).querySelector(FORM_CONTROLS))) {
          observer.disconnect();
          run();
          return;
        }
      }
    }
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
}

/** After this long without the step bundle the panel shows that the checks are loading. */
const SLOW_BUNDLE_MS = 400;

interface Active {
  step: Step;
  /** The plan the features were started with (set when they start). */
  plan?: Plan;
  controller: AbortController;
  panel: Panel;
  findings: Map<string, readonly PlacedFinding[]>;
  fieldListeners: Array<(field: Field | undefined, event: Event) => void>;
  rescanListeners: Array<() => void>;
  touched: boolean;
  panelSignature: string;
  /** Settles once the step's features started. */
  ready: Promise<unknown>;
}

/** The step bundle, or how to load it (asked for while the page loads, see prepare). */
export type BundleSource = StepBundle | (() => Promise<StepBundle>);

export class Assistant {
  private fields: Field[] = [];
  private bundle: StepBundle | undefined;
  private loading: Promise<StepBundle | undefined> | undefined;
  /** The page's compact text of the last scan (plan names and stated limits are read from it). */
  private text = '';
  private readonly page: PageApi = {
    rescan: () => {
      this.rescan();
      return this.fields;
    },
    fieldFor,
    readValue,
    readChoices,
  };
  private byMeaning = new Map<Meaning, Field>();
  private active: Active | undefined;
  private readonly hints: HintLayer;
  /** The panel's column in this frame, shared by the panels of successive steps. */
  private readonly dock: Dock;
  /** The plan chosen in the popup (undefined = 自动识别), and the one this tab's pages named. */
  private planChoice: string | undefined;
  private tabPlan: PlanFacts | undefined;
  private pageFacts: PagePlanFacts = { names: [], stated: {} };
  /** Both read once at start, beside the first scan and the step bundle's fetch. */
  private settings: Promise<void> = Promise.resolve();
  private settingsReady = false;
  /** The panel's remembered state (undefined until known), and its arrival. */
  private collapsed: boolean | undefined;
  private prefsReady: Promise<void> = Promise.resolve();
  private prepared = false;
  /** The frame's width when prepared: what the column reserved during loading is sized by. */
  private frameWidth: number | undefined;
  private stopEarly: () => void = () => undefined;
  private signal: AbortSignal | undefined;
  private listening: { root: Element | null; controller: AbortController } | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly bundleSource: BundleSource,
    private readonly bridge: Bridge,
  ) {
    this.hints = new HintLayer(doc);
    this.dock = new Dock(doc);
    if (typeof bundleSource !== 'function') this.bundle = bundleSource;
  }

  /**
   * Asks for the plan settings, the panel's remembered state and the step
   * bundle, so that all of them arrive while the page is still loading. The
   * content script calls this at document_start; start() calls it too.
   */
  prepare(signal: AbortSignal): void {
    if (this.prepared) return;
    this.prepared = true;
    // Read while the document is still (nearly) empty: read again once its
    // form is parsed, it lays out the whole page there and then.
    this.frameWidth = this.doc.defaultView?.innerWidth;
    this.settings = this.loadPlanSettings();
    this.prefsReady = this.bridge.panelCollapsed().then(
      (collapsed) => void (this.collapsed ??= collapsed),
      () => void (this.collapsed ??= false),
    );
    // Until the first scan, which decides from then on.
    const early = new AbortController();
    this.stopEarly = () => early.abort();
    signal.addEventListener('abort', this.stopEarly);
    // A platform page of its own: the bundle now, in parallel with the page's
    // loading, however late the page builds its form (one long script may
    // leave no other moment before DOMContentLoaded). A src-less frame waits
    // for its first form control: most stay empty.
    const bundleNow = typeof this.bundleSource === 'function' && this.doc.location?.protocol !== 'about:';
    if (bundleNow) void this.loadBundle();
    // The panel's column is reserved as the first form control is parsed,
    // before the page's first layout (reserved at DOMContentLoaded, a long
    // page was laid out a second time).
    whenControlAppears(
      this.doc,
      () => {
        quietly('column', () => this.reserveColumn());
        if (!bundleNow) void this.loadBundle();
      },
      early.signal,
    );
  }

  /** Reads the page and follows it from now on; call it once the document is parsed. */
  async start(signal: AbortSignal): Promise<void> {
    this.signal = signal;
    this.prepare(signal);
    this.bridge.watchPlanId((id) => {
      this.planChoice = id;
      quietly('plan choice', () => this.followPlan());
    }, signal);
    // A page with form controls will most likely show the panel: its column is
    // reserved (usually already while parsing, see prepare), so the page is laid out once, beside it.
    if (this.doc.querySelector(FORM_CONTROLS)) this.reserveColumn();
    // The page is read at once, without waiting for the step bundle: while a
    // page loads, its response waits behind the page's own work, and it is
    // compiled off the main thread while the scan runs.
    if (signal.aborted) return;
    this.rescan();
    this.stopEarly();
    // The document itself, not its root element: old pages write a new one with document.open().
    watchDom(this.doc, () => quietly('rescan', () => this.rescan()), signal, { isOwn });
    signal.addEventListener('abort', () => {
      this.leaveStep();
      this.dock.release();
    });
    await this.settings;
    await this.active?.ready;
  }

  private reserveColumn(): void {
    this.dock.reserve(columnWidth(this.frameWidth ?? 0, this.collapsed ?? false));
  }

  /**
   * Input, change and click listeners on the window, in the capture phase:
   * first of all, so that a page script stopping these events on their way
   * down (at the window or the document) does not silence the checks.
   * document.open() erases the listeners of the document it rewrites and of
   * its window: they are added again when the scan finds a new root element.
   */
  private listen(): void {
    const root = this.doc.documentElement;
    const signal = this.signal;
    if (!signal || signal.aborted || this.listening?.root === root) return;
    this.listening?.controller.abort();
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort());
    this.listening = { root, controller };
    const options = { capture: true, signal: controller.signal };
    const onEvent = (event: Event) => quietly('event', () => this.onEvent(event));
    const target = this.doc.defaultView ?? this.doc;
    target.addEventListener('input', onEvent, options);
    target.addEventListener('change', onEvent, options);
    // Custom widgets (layui radios and selects) change the hidden control
    // without any input or change event: a click on one is checked once the
    // widget's own handler has run.
    const onClick = (event: Event) => {
      const target = pageElement(event.target);
      if (!target || target.matches('input, select, textarea')) return;
      const field = fieldFor(target);
      if (field && (field.widget || field.kind === 'radio' || field.kind === 'checkbox')) {
        setTimeout(() => quietly('click', () => this.onEvent(event)), 0);
      }
    };
    target.addEventListener('click', onClick, { ...options, passive: true });
  }

  private async loadPlanSettings(): Promise<void> {
    const [choice, session] = await Promise.all([
      this.bridge.planId().catch(() => undefined),
      this.bridge.session().catch(() => undefined),
    ]);
    this.planChoice = choice;
    this.tabPlan = session?.plan;
    this.settingsReady = true;
    quietly('plan', () => {
      this.rememberPlan();
      this.followPlan();
    });
  }

  /**
   * The plan this page is in: the popup's choice, else the name this page
   * shows, else the one this tab's earlier pages showed; what the pages
   * state about that plan wins over its data.
   */
  currentPlan(plans: StepBundle['plans']): Plan {
    const page = this.pageFacts;
    const pageName = page.names.length === 1 ? page.names[0] : undefined;
    const tab = this.tabPlan;
    const sameAsTab = !pageName || tab?.name?.text === pageName.text;
    const facts: PlanFacts = sameAsTab
      ? { name: pageName ?? tab?.name, stated: { ...tab?.stated, ...page.stated } }
      : { name: pageName, stated: page.stated };
    return plans.resolve(facts, this.planChoice);
  }

  /** Read the page's plan facts again (needs the bundle's plan reading). */
  private readPlanFacts(): void {
    if (this.bundle) this.pageFacts = this.bundle.plans.read(this.doc, this.text, this.fields);
  }

  /** A page that names one plan: remember it (and what it states) for the tab's later pages. */
  private rememberPlan(): void {
    const { names, stated } = this.pageFacts;
    const name = names.length === 1 ? names[0] : undefined;
    if (!this.settingsReady || !this.bundle || !name) return;
    const tab = this.tabPlan;
    const facts: PlanFacts = tab?.name?.text === name.text ? { name, stated: { ...tab.stated, ...stated } } : { name, stated };
    if (JSON.stringify(facts) === JSON.stringify(tab)) return;
    this.tabPlan = facts;
    this.bridge.saveTabPlan(facts);
  }

  /** Start the step's features again when the plan they were started with is no longer the page's. */
  private followPlan(): void {
    const active = this.active;
    if (!active?.plan || !this.bundle || JSON.stringify(active.plan) === JSON.stringify(this.currentPlan(this.bundle.plans))) return;
    const step = active.step;
    this.leaveStep();
    this.enterStep(step);
  }

  /** Collect the fields again and follow a step change (in-page navigation). */
  rescan(): void {
    // A new document in the same frame (document.open): its listeners, the step's features' too, are gone.
    if (this.listening && this.listening.root !== this.doc.documentElement) this.leaveStep();
    this.listen();
    // The page's pending style and layout (all of it, the first time: at
    // DOMContentLoaded most pages have not been laid out yet) is the browser's
    // work for its next frame, which Chromium's checkVisibility brings up to
    // date on its first call: done here, on the first control, and measured
    // apart from the scan.
    const styling = performance.now();
    const control = this.doc.querySelector(FORM_CONTROLS);
    if (control) isHidden(control);
    measure('zcps:layout', styling);
    const started = performance.now();
    this.text = pageText(this.doc);
    const reading = readPage(this.doc, { text: this.text });
    this.fields = reading.fields;
    this.readPlanFacts();
    // One field per meaning: an editable one, the surest label (手机号码 over a 联系电话 earlier on the page), then the first.
    this.byMeaning = ownersByMeaning(this.fields);
    // A page we cannot place still gets its fields checked by what they mean.
    const step = reading.step ?? (this.byMeaning.size > 0 ? 'form' : undefined);
    // The scan is reading the page; building the panel and starting the step is measured apart.
    measure('zcps:scan', started);
    if (step !== this.active?.step) {
      this.leaveStep();
      const entering = performance.now();
      if (step) this.enterStep(step);
      measure('zcps:enter', entering);
    } else if (this.active) {
      for (const listener of this.active.rescanListeners) quietly('rescan listener', listener);
    }
    this.rememberPlan();
    this.followPlan();
    if (this.active) this.active.panel.pageChanged();
    else this.dock.release();
  }

  private enterStep(step: Step): void {
    const panel = new Panel(this.doc, {
      dock: this.dock,
      collapsed: this.collapsed ?? false,
      onCollapsedChange: (collapsed) => {
        this.collapsed = collapsed;
        this.bridge.setPanelCollapsed(collapsed);
      },
    });
    panel.setStep(STEP_NAMES[step]);
    const active: Active = {
      step,
      controller: new AbortController(),
      panel,
      findings: new Map(),
      fieldListeners: [],
      rescanListeners: [],
      touched: false,
      panelSignature: '',
      ready: Promise.resolve(),
    };
    this.active = active;
    panel.setItems([]);
    // The features start with the plan, so they wait for the plan settings (read beside the first scan).
    if (this.bundle && this.settingsReady && this.collapsed !== undefined) this.begin(active, this.bundle);
    else active.ready = this.startWhenLoaded(active);
  }

  /**
   * The panel goes on the page together with the step's first findings, in
   * its remembered state: one reflow of the page, not one per arrival.
   */
  private begin(active: Active, bundle: StepBundle): void {
    if (this.active !== active) return;
    active.panel.setCollapsed(this.collapsed ?? false, false);
    this.initFeatures(bundle, active);
    active.panel.setLoadState('ready');
    active.panel.attach();
  }

  /** Starts the step's features once the bundle is there; when it cannot be loaded, the panel says so and offers 重试. */
  private startWhenLoaded(active: Active): Promise<void> {
    active.panel.setLoadState('loading');
    // Usually the bundle is there at once and the panel comes with the findings; a slow one shows 正在加载检查….
    const slow = setTimeout(() => {
      if (this.active === active && !active.controller.signal.aborted) active.panel.attach();
    }, SLOW_BUNDLE_MS);
    active.controller.signal.addEventListener('abort', () => clearTimeout(slow));
    return Promise.all([this.loadBundle(), this.settings.catch(() => undefined), this.prefsReady]).then(([bundle]) => {
      clearTimeout(slow);
      if (this.active !== active) return;
      if (bundle) {
        this.begin(active, bundle);
        return;
      }
      active.panel.setCollapsed(this.collapsed ?? false, false);
      active.panel.setLoadState('failed', () => {
        active.ready = this.startWhenLoaded(active);
      });
      active.panel.attach();
    });
  }

  private loadBundle(): Promise<StepBundle | undefined> {
    const source = this.bundleSource;
    if (this.bundle) return Promise.resolve(this.bundle);
    if (typeof source !== 'function') return Promise.resolve(source);
    this.loading ??= source().then(
      (bundle) => {
        this.bundle = bundle;
        // The page was scanned before the plan reading arrived (the bundle is asked for at document
        // start, so usually it was not: the first scan reads the plan facts itself).
        if (this.signal) {
          quietly('plan', () => {
            this.readPlanFacts();
            this.rememberPlan();
          });
        }
        return bundle;
      },
      (error: unknown) => {
        logQuietly('loading step features', error);
        this.loading = undefined;
        return undefined;
      },
    );
    return this.loading;
  }

  private initFeatures(bundle: StepBundle, active: Active): void {
    const started = performance.now();
    active.plan = this.currentPlan(bundle.plans);
    for (const feature of bundle.features) {
      if (!feature.steps.includes(active.step)) continue;
      const ctx = this.contextFor(feature, active);
      quietly(feature.id, () => {
        const result = feature.init(ctx, active.controller.signal);
        if (result instanceof Promise) result.catch((error: unknown) => logQuietly(feature.id, error));
      });
    }
    measure('zcps:features', started);
  }

  private leaveStep(): void {
    const active = this.active;
    if (!active) return;
    this.active = undefined;
    active.controller.abort();
    this.hints.clearAll();
    active.panel.destroy();
  }

  private contextFor(feature: Feature, active: Active): StepContext {
    return {
      doc: this.doc,
      step: active.step,
      plan: active.plan as Plan,
      bridge: this.bridge,
      panel: active.panel,
      page: this.page,
      fields: () => this.fields,
      field: (meaning) => this.byMeaning.get(meaning),
      touched: () => active.touched,
      report: (findings) => {
        if (this.active !== active || active.controller.signal.aborted) return;
        active.findings.set(feature.id, findings);
        this.showFeature(feature.id, findings, active);
        this.refreshPanel(active);
      },
      onFieldEvent: (listener) => active.fieldListeners.push(listener),
      onRescan: (listener) => active.rescanListeners.push(listener),
    };
  }

  private showFeature(id: string, findings: readonly PlacedFinding[], active: Active): void {
    // Findings about an empty field wait inline for the applicant's first input on the page.
    const inline = active.touched ? findings : findings.filter((f) => !aboutEmptyField(f));
    this.hints.show(id, inline);
  }

  private onEvent(event: Event): void {
    const active = this.active;
    if (!active) return;
    const target = pageElement(event.target);
    if (!target) return;
    const started = performance.now();
    const field = fieldFor(target);
    const firstTouch = !active.touched;
    active.touched = true;
    for (const listener of active.fieldListeners) quietly('field listener', () => listener(field, event));
    if (firstTouch) for (const [id, findings] of active.findings) this.showFeature(id, findings, active);
    measure('zcps:input', started);
  }

  private refreshPanel(active: Active): void {
    const items: PanelItem[] = [];
    for (const findings of active.findings.values()) {
      for (const placed of findings) items.push({ finding: placed.finding, reveal: placed.anchor ? () => reveal(placed) : undefined });
    }
    const signature = items.map((i) => `${i.finding.ruleId}:${i.finding.level}:${i.finding.message}`).join('\n');
    if (signature === active.panelSignature) return;
    active.panelSignature = signature;
    active.panel.setItems(items);
    this.scheduleSave(active, items);
  }

  /** Keep this step's open errors for 预览确认提交 (submit.unresolved). */
  private scheduleSave(active: Active, items: PanelItem[]): void {
    if (!WIZARD_STEPS.includes(active.step) || active.step === 'preview') return;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    const step = active.step;
    const open = items.filter((i) => i.finding.level === 'error').map((i) => i.finding);
    this.saveTimer = setTimeout(() => this.bridge.saveStepFindings(step, open), 250);
  }
}

function aboutEmptyField(placed: PlacedFinding): boolean {
  if (placed.finding.required) return true;
  const controls = placed.invalid ?? [];
  return controls.length > 0 && controls.every(isEmptyControl);
}

function isEmptyControl(el: Element): boolean {
  if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) return !el.checked;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return el.value.trim() === '';
  return false;
}

function reveal(placed: PlacedFinding): void {
  const target = placed.invalid?.[0] ?? placed.anchor;
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (target instanceof HTMLElement) target.focus({ preventScroll: true });
}

/** Performance entries are shared with the page's timeline: the benchmark reads them. */
function measure(name: string, started: number): void {
  try {
    performance.measure(name, { start: started, end: performance.now() });
  } catch {
    // An old engine without measure options: no figure, no harm.
  }
}
