/**
 * The on-page assistant of one frame: collects the fields, detects the step,
 * runs the features registered for that step, and shows their findings inline
 * and in the panel. Nothing here changes a value of the page, and no error
 * escapes into the page: a broken page means no hint.
 */
import { fieldFor, readChoices, readValue, type Field } from '../page/fields';
import { ownersByMeaning, readPage } from '../page/read-page';
import type { Meaning } from '../meanings';
import { getPlan } from '../rules/plans';
import type { Plan } from '../rules/plans/types';
import { STEP_NAMES, WIZARD_STEPS, type Step } from '../steps';
import type { Bridge } from './bridge';
import type { Feature, PageApi, StepContext } from './feature';
import { HintLayer, type PlacedFinding } from './hints';
import { isOwn } from './own';
import { Panel, type PanelItem } from './panel';
import { watchDom } from './watch';
import { REQUIRED_RULES } from './required-rules';

/** The most fields one frame handles; pages past that keep working, unchecked beyond it. */
export const FIELD_CAP = 2000;

interface Active {
  step: Step;
  controller: AbortController;
  panel: Panel;
  findings: Map<string, readonly PlacedFinding[]>;
  fieldListeners: Array<(field: Field | undefined, event: Event) => void>;
  rescanListeners: Array<() => void>;
  touched: boolean;
  panelSignature: string;
}

/** The step features, or how to load them (a separate bundle, fetched the first time a step is recognised). */
export type FeatureSource = readonly Feature[] | (() => Promise<readonly Feature[]>);

export class Assistant {
  private fields: Field[] = [];
  private features: readonly Feature[] | undefined;
  private loading: Promise<readonly Feature[]> | undefined;
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
  private plan: Plan = getPlan();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly featureSource: FeatureSource,
    private readonly bridge: Bridge,
  ) {
    this.hints = new HintLayer(doc);
    if (Array.isArray(featureSource)) this.features = featureSource;
  }

  async start(signal: AbortSignal): Promise<void> {
    this.plan = getPlan(await this.bridge.planId().catch(() => undefined));
    this.rescan();
    watchDom(this.doc.documentElement, () => this.guard('rescan', () => this.rescan()), signal, { isOwn });
    const onEvent = (event: Event) => this.guard('event', () => this.onEvent(event));
    this.doc.addEventListener('input', onEvent, { capture: true, signal });
    this.doc.addEventListener('change', onEvent, { capture: true, signal });
    // Custom widgets (layui radios and selects) change the hidden control
    // without any input or change event: a click on one is checked once the
    // widget's own handler has run.
    const onClick = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Element) || isOwn(target) || target.matches('input, select, textarea')) return;
      const field = fieldFor(target);
      if (field && (field.widget || field.kind === 'radio' || field.kind === 'checkbox')) {
        setTimeout(() => this.guard('click', () => this.onEvent(event)), 0);
      }
    };
    this.doc.addEventListener('click', onClick, { capture: true, passive: true, signal });
    signal.addEventListener('abort', () => this.leaveStep());
  }

  /** Collect the fields again and follow a step change (in-page navigation). */
  rescan(): void {
    const started = performance.now();
    const reading = readPage(this.doc, { cap: FIELD_CAP });
    this.fields = reading.fields;
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
      for (const listener of this.active.rescanListeners) this.guard('rescan listener', listener);
    }
  }

  private enterStep(step: Step): void {
    const panel = new Panel(this.doc, {
      collapsed: false,
      onCollapsedChange: (collapsed) => this.bridge.setPanelCollapsed(collapsed),
    });
    panel.setStep(STEP_NAMES[step]);
    // The remembered state arrives a moment later; the panel starts open.
    void this.bridge.panelCollapsed().then(
      (collapsed) => collapsed && panel.host.isConnected && panel.setCollapsed(true),
      () => undefined,
    );
    const active: Active = {
      step,
      controller: new AbortController(),
      panel,
      findings: new Map(),
      fieldListeners: [],
      rescanListeners: [],
      touched: false,
      panelSignature: '',
    };
    this.active = active;
    panel.setItems([]);
    if (this.features) this.initFeatures(this.features, active);
    else void this.loadFeatures().then((features) => this.active === active && this.initFeatures(features, active));
  }

  private loadFeatures(): Promise<readonly Feature[]> {
    const source = this.featureSource;
    if (this.features) return Promise.resolve(this.features);
    if (typeof source !== 'function') return Promise.resolve(source);
    this.loading ??= source().then(
      (features) => (this.features = features),
      (error: unknown) => {
        report('loading step features', error);
        this.loading = undefined;
        return [];
      },
    );
    return this.loading;
  }

  private initFeatures(features: readonly Feature[], active: Active): void {
    const started = performance.now();
    for (const feature of features) {
      if (!feature.steps.includes(active.step)) continue;
      const ctx = this.contextFor(feature, active);
      this.guard(feature.id, () => {
        const result = feature.init(ctx, active.controller.signal);
        if (result instanceof Promise) result.catch((error: unknown) => report(feature.id, error));
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
      plan: this.plan,
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
    const target = event.target;
    if (!(target instanceof Element) || isOwn(target)) return;
    const started = performance.now();
    const field = fieldFor(target);
    const firstTouch = !active.touched;
    active.touched = true;
    for (const listener of active.fieldListeners) this.guard('field listener', () => listener(field, event));
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
    const open = items
      .filter((i) => i.finding.level === 'error')
      .map((i) => ({ step, stepName: STEP_NAMES[step], ruleId: i.finding.ruleId, message: i.finding.message }));
    this.saveTimer = setTimeout(() => this.bridge.saveStepFindings(step, open), 250);
  }

  private guard(what: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      report(what, error);
    }
  }
}

function aboutEmptyField(placed: PlacedFinding): boolean {
  if (REQUIRED_RULES.has(placed.finding.ruleId)) return true;
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

/** Never into the page's console as an error: a quiet debug line for developers. */
function report(what: string, error: unknown): void {
  console.debug(`[职称申报助手] ${what}:`, error);
}
