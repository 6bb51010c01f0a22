/**
 * A feature serves some steps of the platform (Refined GitHub's pattern): it
 * registers the steps it serves and an init(ctx, signal); the signal aborts
 * when the page leaves that step, and everything the feature set up ends then.
 */
import type { Field } from '../page/fields';
import type { Meaning } from '../meanings';
import type { Plan } from '../rules/plans/types';
import type { Step } from '../steps';
import type { Panel } from './panel';
import type { PlacedFinding } from './hints';
import type { Bridge } from './bridge';

/**
 * The page-reading functions that keep state (the last scan, label caches).
 * Step features reach them through the context, never by importing
 * lib/page/fields: they may be loaded as a separate bundle, whose own copy
 * of that module would know no scan.
 */
export interface PageApi {
  /** Collects the fields again (after filling opened new ones) and returns them. */
  rescan(): readonly Field[];
  fieldFor(el: Element): Field | undefined;
  readValue(field: Field): string;
  readChoices(field: Field): string[];
}

export interface StepContext {
  readonly doc: Document;
  readonly step: Step;
  readonly plan: Plan;
  readonly bridge: Bridge;
  readonly panel: Panel;
  readonly page: PageApi;
  fields(): readonly Field[];
  field(meaning: Meaning): Field | undefined;
  /** True once the applicant typed or chose anything on this page. */
  touched(): boolean;
  /** Replaces this feature's findings (inline hints and panel entries). */
  report(findings: readonly PlacedFinding[]): void;
  /** Called on every input/change inside the page, with the field it belongs to. */
  onFieldEvent(listener: (field: Field | undefined, event: Event) => void): void;
  /** Called after the fields were collected again (DOM changed). */
  onRescan(listener: () => void): void;
}

export interface Feature {
  /** The name of its file in lib/features/ (lib/features/index.ts gives it). */
  id: string;
  steps: readonly Step[];
  init(ctx: StepContext, signal: AbortSignal): void | Promise<void>;
}

/** What a file in lib/features/ defines: a feature without its id, which is the file's name. */
export type FeatureDefinition = Omit<Feature, 'id'>;

/** Where a finding about a field goes: after the field's visible part, and which controls turn invalid. */
export function placeOn(field: Field | undefined): Pick<PlacedFinding, 'anchor' | 'invalid'> {
  if (!field) return {};
  if (field.kind === 'radio' || field.kind === 'checkbox') {
    const group = field.el.closest('[role=radiogroup]');
    const last = field.members[field.members.length - 1] ?? field.el;
    const anchor = group ?? last.closest('label') ?? last;
    return { anchor, invalid: group ? [group] : field.members.length ? field.members : [field.el] };
  }
  return { anchor: field.widget ?? field.anchor ?? field.el, invalid: [field.el] };
}

/** The value of the field that means `meaning`; undefined when the page has none, so the rules about it stay silent. */
export function valueOf(ctx: StepContext, meaning: Meaning): string | undefined {
  const field = ctx.field(meaning);
  return field ? ctx.page.readValue(field) : undefined;
}

/** The chosen options of a radio/checkbox group (or a select's one value); undefined when the page has none. */
export function choicesOf(ctx: StepContext, meaning: Meaning): string[] | undefined {
  const field = ctx.field(meaning);
  if (!field) return undefined;
  if (field.kind === 'radio' || field.kind === 'checkbox') return ctx.page.readChoices(field);
  const value = ctx.page.readValue(field);
  return value ? [value] : [];
}
