/**
 * What a page says about the applicant's plan: the plan names it shows (the
 * plan page, the wizard's header or breadcrumb, or the shell frame around
 * it), the parameters its text states (专业工作年限计算到…, 近三年（…）考核,
 * …前统一报, 本人述职限…字) and a 可评审专业 list. Parsing is in
 * lib/rules/plans; this module only finds the text. Never throws.
 */
import type { Field } from './fields';
import { findPlanNames, parseStatedParams, reportLimit, reportWarnAbove } from '../rules/plans';
import type { PlanName, PlanParams } from '../rules/plans/types';

export interface PagePlanFacts {
  /** Distinct plan names on this page; from the frames around it when it shows none. */
  names: PlanName[];
  stated: PlanParams;
}

const MAJORS_HEADING = '可评审专业';
const MAX_MAJORS = 300;

/**
 * The plan facts of a document. `text` is its compact page text (as step
 * detection reads it), `fields` its collected fields.
 */
export function readPlanFacts(doc: Document, text: string, fields: readonly Field[]): PagePlanFacts {
  try {
    let names = findPlanNames(text);
    // A list of plans (a select of them, a records table): the chosen one names the applicant's.
    if (names.length > 1) names = findPlanNames(chosenOptions(fields));
    if (names.length === 0) names = findPlanNames(`${doc.title} ${shownValues(fields)}`);
    if (names.length === 0) names = namesAround(doc);
    const year = names.length === 1 ? names[0]?.year : undefined;
    const stated = parseStatedParams(text, year);
    const report = fields.find((f) => f.meaning === 'selfReport');
    const limit = report ? reportLimit(fieldNotes(report)) : undefined;
    if (limit !== undefined) {
      stated.reportLimit = limit;
      stated.reportWarnAbove = reportWarnAbove(limit);
    }
    const majors = text.includes(MAJORS_HEADING) ? majorsList(doc) : [];
    if (majors.length > 0) stated.majors = majors;
    return { names, stated };
  } catch {
    return { names: [], stated: {} };
  }
}

/** Values a form shows but does not let the applicant change (申报计划：[readonly input]); page text leaves them out. */
function shownValues(fields: readonly Field[]): string {
  let out = '';
  for (const { el } of fields) {
    if (el instanceof HTMLInputElement && (el.readOnly || el.disabled) && el.value.includes('计划')) out += ` ${el.value}`;
  }
  return out;
}

/** The chosen option of each select: a select of plans says which one is the applicant's. */
function chosenOptions(fields: readonly Field[]): string {
  let out = '';
  for (const { el } of fields) {
    if (el instanceof HTMLSelectElement) out += ` ${el.selectedOptions[0]?.textContent ?? ''}`;
  }
  return out;
}

/** The words around a field that can state its limit: label, placeholder, title. */
function fieldNotes(field: Field): string {
  const el = field.el;
  return [field.label, el.getAttribute('placeholder'), el.getAttribute('title')].filter(Boolean).join(' ');
}

/** Plan names shown by the same-origin frames around this one (the platform's shell shows the plan in its header). */
function namesAround(doc: Document): PlanName[] {
  let win: Window | null = doc.defaultView;
  for (let depth = 0; win && depth < 4; depth += 1) {
    let parent: Window | null;
    try {
      parent = win.parent;
      if (!parent || parent === win) return [];
      const body = parent.document.body; // throws for another origin
      const names = body ? findPlanNames(body.textContent ?? '') : [];
      if (names.length > 0) return names;
    } catch {
      return [];
    }
    win = parent;
  }
  return [];
}

/**
 * The list after a 可评审专业 heading: its list items, its table cells, or
 * its text split at 、，,；. Empty when the page shows no such list.
 */
function majorsList(doc: Document): string[] {
  const root = doc.body;
  if (!root) return [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let looked = 0;
  for (let node = walker.nextNode(); node && looked < 20; node = walker.nextNode()) {
    if (!(node as Text).data.includes(MAJORS_HEADING)) continue;
    looked += 1;
    const heading = node.parentElement;
    if (!heading || heading.closest('script, style, a, option')) continue;
    const own = (heading.textContent ?? '').normalize('NFKC').replace(/[\s:：【】[\]]/gu, '');
    if (own !== MAJORS_HEADING) continue;
    const items = listAfter(heading);
    if (items.length > 0) return items;
  }
  return [];
}

function listAfter(heading: Element): string[] {
  const row = heading.closest('td, th');
  const candidates: Element[] = [];
  if (row?.nextElementSibling) candidates.push(row.nextElementSibling);
  let next = heading.nextElementSibling ?? heading.parentElement?.nextElementSibling ?? null;
  for (let n = 0; next && n < 2; n += 1, next = next.nextElementSibling) candidates.push(next);
  for (const box of candidates) {
    const items = itemsOf(box);
    if (items.length > 0) return items;
  }
  return [];
}

function itemsOf(box: Element): string[] {
  const parts = box.querySelector('li, td')
    ? Array.from(box.querySelectorAll('li, td'), (el) => el.textContent ?? '')
    : (box.textContent ?? '').split(/[、，,；;\n]/u);
  const items = [...new Set(parts.map((p) => p.normalize('NFKC').trim()).filter((p) => p.length >= 2 && p.length <= 30))];
  return items.length <= MAX_MAJORS ? items : [];
}
