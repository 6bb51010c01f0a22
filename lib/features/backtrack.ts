/**
 * The way back from 预览确认提交 to an earlier step when the step bar has no
 * link: 返回修改 remembers the target (for the tab, a minute) and clicks
 * 上一步; on each wizard page past the target this feature clicks 上一步
 * once more, until the target step shows.
 *
 * Steps: photo, commitment, declaration, achievements, attachments, preview.
 * Replica: tests/site/public/028/client/declare/preview.jsp
 */
import type { FeatureDefinition } from '../assistant/feature';
import { WIZARD_STEPS, type Step } from '../steps';
import { PREVIOUS_TEXT, activate, findButton } from '../page/wizard-buttons';

/** Where the way back is remembered between the pages 上一步 passes through. */
const BACK_KEY = 'zcps-assistant.backTo';
const BACK_TTL_MS = 60_000;

export const backtrackFeature: FeatureDefinition = {
  steps: WIZARD_STEPS,
  init(ctx, signal) {
    const target = readBack(ctx.doc);
    if (!target) return;
    const previous = findButton(ctx.doc, PREVIOUS_TEXT);
    if (WIZARD_STEPS.indexOf(ctx.step) <= WIZARD_STEPS.indexOf(target) || !previous) {
      writeBack(ctx.doc, undefined);
      return;
    }
    setTimeout(() => {
      if (!signal.aborted && previous.isConnected) activate(previous);
    }, 50);
  },
};

/** Goes back `times` steps to `target` by 上一步: once now, the rest on the pages in between. */
export function backtrack(doc: Document, target: Step, times: number): void {
  const previous = findButton(doc, PREVIOUS_TEXT);
  if (!previous) return;
  if (times > 1) writeBack(doc, target);
  activate(previous);
}

function storage(doc: Document): Storage | undefined {
  try {
    return doc.defaultView?.sessionStorage ?? undefined;
  } catch {
    return undefined; // a sandboxed frame
  }
}

function readBack(doc: Document): Step | undefined {
  try {
    const raw = storage(doc)?.getItem(BACK_KEY);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as { step?: unknown; at?: unknown };
    const fresh = typeof saved.at === 'number' && Date.now() - saved.at < BACK_TTL_MS;
    if (fresh && WIZARD_STEPS.includes(saved.step as Step)) return saved.step as Step;
    writeBack(doc, undefined);
  } catch {
    writeBack(doc, undefined);
  }
  return undefined;
}

function writeBack(doc: Document, step: Step | undefined): void {
  try {
    if (step) storage(doc)?.setItem(BACK_KEY, JSON.stringify({ step, at: Date.now() }));
    else storage(doc)?.removeItem(BACK_KEY);
  } catch {
    // storage refused: the way back then stops at the first 上一步
  }
}
