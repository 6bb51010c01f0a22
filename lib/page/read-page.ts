/**
 * Reading one page as a whole: its fields, then its step, then the meanings
 * that depend on the step (a 现从事专业 on 填写申报信息 is the declared
 * major; on 个人基本信息 it is the current one). The assistant and the corpus
 * tests read pages through this one function, so the tests measure what
 * the applicant gets.
 */
import type { Step } from '../steps';
import { collectFields, type Field } from './fields';
import { detectStep } from './step';
import { STEP_MEANINGS } from './synonyms';

export { ownersByMeaning } from './owners';

export interface PageReading {
  fields: Field[];
  /** undefined: no step recognised (a shell frame, a page of no interest). */
  step: Step | undefined;
}

/** opts.text: the page's text as pageText gives it, when the caller has it already. */
export function readPage(doc: Document, opts?: { cap?: number; text?: string }): PageReading {
  const fields = collectFields(doc, opts);
  const step = detectStep(doc, fields, opts?.text);
  if (step) applyStepContext(fields, step);
  return { fields, step };
}

/** Meanings a step reads differently (data: STEP_MEANINGS); a field's own section heading says the same. */
export function applyStepContext(fields: readonly Field[], step: Step): void {
  for (const field of fields) {
    const meaning = field.meaning;
    if (!meaning) continue;
    const rule = STEP_MEANINGS.find((r) => r.from === meaning && r.step === step);
    if (rule) field.meaning = rule.to;
  }
}
