/**
 * Scores one reading of a corpus page against the page's own annotations
 * (tests/site/public/corpus/README.md):
 *
 * - `data-expect-meaning="office"` on a control, or on an element holding
 *   exactly one field (a widget's box, a radio group): that field must get
 *   that meaning; `data-expect-meaning=""`: it must get none.
 * - `data-expect-step` on <body>: the step the page must be recognised as.
 *
 * A field that got a meaning but carries no annotation counts as wrong too:
 * every control of a corpus page is annotated, so a meaning nobody asked for
 * is a meaning that would fill the wrong field. Annotated controls that are
 * in a part of the page not shown (a 破格 row before 破格申报) are not counted.
 * Pure DOM code: it runs in happy-dom (unit tests) and in Chromium (e2e).
 */
import type { Field } from '../../lib/page/fields';
import { isHidden } from '../../lib/page/visible';

export type Verdict = 'right' | 'wrong' | 'missing';

export interface ControlScore {
  /** A short description of the control for the report. */
  what: string;
  expected: string;
  got: string;
  label: string;
  verdict: Verdict;
}

export interface PageScore {
  path: string;
  style: string;
  expectedStep: string;
  step: string;
  annotated: number;
  right: number;
  wrong: number;
  missing: number;
  /** The controls not read right, for the report. */
  problems: ControlScore[];
}

const ATTR = 'data-expect-meaning';

/** Which field an annotated element stands for: its own control, or the one field inside it. */
function fieldOf(el: Element, fields: readonly Field[]): Field | Field[] | undefined {
  const own = fields.find((f) => f.el === el || f.members.includes(el as HTMLInputElement) || f.widget === el);
  if (own) return own;
  const inside = fields.filter(
    (f) => el.contains(f.el) || (f.widget !== undefined && el.contains(f.widget)) || f.members.some((m) => el.contains(m)),
  );
  if (inside.length === 1) return inside[0];
  return inside.length > 1 ? inside : undefined;
}

function describe(el: Element): string {
  const name = el.getAttribute('name');
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean)[0];
  return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${name ? `[name=${name}]` : ''}${!id && !name && cls ? `.${cls}` : ''}`;
}

export function scorePage(
  doc: Document,
  fields: readonly Field[],
  step: string | undefined,
  page: { path: string; style: string },
): PageScore {
  const score: PageScore = {
    path: page.path,
    style: page.style,
    expectedStep: doc.body?.getAttribute('data-expect-step') ?? '',
    step: step ?? '',
    annotated: 0,
    right: 0,
    wrong: 0,
    missing: 0,
    problems: [],
  };
  const covered = new Set<Field>();
  for (const el of doc.querySelectorAll(`[${ATTR}]`)) {
    const expected = el.getAttribute(ATTR) ?? '';
    const found = fieldOf(el, fields);
    if (Array.isArray(found)) {
      // An annotation must name one field: several inside is a fault of the page, reported as wrong.
      for (const f of found) covered.add(f);
      score.annotated++;
      score.wrong++;
      score.problems.push({ what: describe(el), expected, got: `${found.length} fields inside`, label: '', verdict: 'wrong' });
      continue;
    }
    // A control in a part of the page not shown (a 破格 row before 破格申报 is chosen) is no field yet;
    // a hidden control in a shown box (a widget's original) must still be read.
    if (!found && isHidden(el) && (!el.parentElement || isHidden(el.parentElement))) continue;
    if (found) covered.add(found);
    score.annotated++;
    const got = found?.meaning ?? '';
    let verdict: Verdict;
    if (got === expected) verdict = 'right';
    else if (got === '') verdict = 'missing';
    else verdict = 'wrong';
    score[verdict]++;
    if (verdict !== 'right') score.problems.push({ what: describe(el), expected, got, label: found?.label ?? '(no field)', verdict });
  }
  for (const field of fields) {
    if (!field.meaning || covered.has(field)) continue;
    score.annotated++;
    score.wrong++;
    score.problems.push({
      what: `${describe(field.el)} (not annotated)`,
      expected: '',
      got: field.meaning,
      label: field.label,
      verdict: 'wrong',
    });
  }
  return score;
}

/** Right share of the annotated controls, as a percentage with one decimal. */
export function accuracy(score: Pick<PageScore, 'annotated' | 'right'>): string {
  return score.annotated === 0 ? '—' : `${((100 * score.right) / score.annotated).toFixed(1)} %`;
}

/** The table printed by the corpus tests: one row per page, then the totals and every problem. */
export function formatScores(title: string, scores: readonly PageScore[]): string {
  const lines = [title, '', '| page | style | step | fields | right | wrong | missing | accuracy |', '|---|---|---|---|---|---|---|---|'];
  const total = { annotated: 0, right: 0, wrong: 0, missing: 0 };
  for (const s of scores) {
    const stepCell = s.step === s.expectedStep ? s.step || '—' : `${s.step || '—'} ≠ ${s.expectedStep}`;
    lines.push(`| ${s.path} | ${s.style} | ${stepCell} | ${s.annotated} | ${s.right} | ${s.wrong} | ${s.missing} | ${accuracy(s)} |`);
    total.annotated += s.annotated;
    total.right += s.right;
    total.wrong += s.wrong;
    total.missing += s.missing;
  }
  const steps = scores.filter((s) => s.step === s.expectedStep).length;
  lines.push(
    `| **all ${scores.length} pages** | | ${steps}/${scores.length} | ${total.annotated} | ${total.right} | ${total.wrong} | ${total.missing} | ${accuracy(total)} |`,
  );
  const problems = scores.flatMap((s) =>
    s.problems.map((p) => `  ${s.path}: ${p.what} “${p.label}” expected ${p.expected || '(none)'}, got ${p.got || '(none)'}`),
  );
  if (problems.length > 0) lines.push('', 'not read right:', ...problems);
  return lines.join('\n');
}
