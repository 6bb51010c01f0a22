/**
 * 预览确认提交 (guide 二.6): the errors still open on earlier wizard steps
 * (kept for the session), listed before 提交, each with a way back to its
 * step; and, only while such errors remain, one inline question before the
 * page's own 提交 goes through. It never blocks for good.
 *
 * Steps: preview.
 * Replica: tests/site/public/028/client/declare/preview.jsp
 */
import { checkSubmit } from '../rules';
import type { OpenFinding } from '../rules/types';
import { STEP_NAMES, WIZARD_STEPS, type Step } from '../steps';
import type { FeatureDefinition } from '../assistant/feature';
import type { PlacedFinding } from '../assistant/hints';
import { markOwn } from '../assistant/own';
import { PAGE_STYLES, setStyle } from '../assistant/style';
import { isTrustedActivation, onTrustedClick } from '../assistant/trusted';
import { HintRows } from '../attachments/hint-rows';
import { PREVIOUS_TEXT, SUBMIT_TEXT, activate, findButton, stepLink } from '../page/wizard-buttons';
import { backtrack } from './backtrack';

export const previewFeature: FeatureDefinition = {
  steps: ['preview'],
  async init(ctx, signal) {
    const session = await ctx.bridge.session().catch(() => ({ findings: {} }));
    if (signal.aborted) return;
    const open = earlierOpen(session.findings, ctx.step);
    const findings = checkSubmit({ open }, ctx.plan);
    const rows = new HintRows(ctx.doc, 'zcps-submit-summary');
    const title = markOwn(ctx.doc.createElement('p'));
    setStyle(title, PAGE_STYLES.submitTitle);
    title.textContent = `提交前仍有 ${open.length} 个问题未解决（来自前面各步，可点击各条后的按钮返回修改）：`;
    rows.box.append(title);
    signal.addEventListener('abort', () => rows.remove());

    const render = () => {
      const submit = findButton(ctx.doc, SUBMIT_TEXT);
      if (submit && open.length > 0) rows.placeAfter(submit);
      const placed: PlacedFinding[] = findings.map((finding, index) => {
        const item = open[index] as OpenFinding;
        if (!submit) return { finding };
        return {
          finding,
          anchor: rows.anchor(String(index)),
          decorate: (hint) => hint.append(backControl(ctx.doc, item.step as Step, ctx.step)),
        };
      });
      ctx.report(placed);
    };
    ctx.onRescan(render);
    render();
    if (open.length > 0) guardSubmit(ctx.doc, open.length, rows, signal);
  },
};

/** Open errors of the wizard steps before this one, in wizard order. */
export function earlierOpen(findings: Partial<Record<Step, OpenFinding[]>>, current: Step): OpenFinding[] {
  const before = WIZARD_STEPS.slice(0, Math.max(0, WIZARD_STEPS.indexOf(current)));
  return before.flatMap((step) => findings[step] ?? []);
}

/** "返回修改" for one open finding: the step bar's link, else 上一步 as many times as needed, else words. */
function backControl(doc: Document, step: Step, current: Step): HTMLElement {
  const name = STEP_NAMES[step];
  const number = WIZARD_STEPS.indexOf(step) + 1;
  if (!stepLink(doc, step) && !findButton(doc, PREVIOUS_TEXT)) {
    const note = doc.createElement('span');
    note.textContent = `（请返回第 ${number} 步“${name}”修改）`;
    return note;
  }
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'zcps-back';
  button.dataset.step = step;
  button.textContent = `返回“${name}”修改`;
  const times = WIZARD_STEPS.indexOf(current) - WIZARD_STEPS.indexOf(step);
  button.title = `Back to step ${number} (${name}); via 上一步 ×${times} when the step bar has no link`;
  setStyle(button, PAGE_STYLES.backButton);
  onTrustedClick(button, () => {
    const link = stepLink(doc, step);
    if (link) activate(link);
    else backtrack(doc, step, times);
  });
  return button;
}

/**
 * Asks once before 提交 while errors remain: the click is caught in the
 * capture phase (before the page's handler) and answered inline; 仍然提交
 * clicks 提交 again and lets it through.
 */
function guardSubmit(doc: Document, count: number, rows: HintRows, signal: AbortSignal): void {
  let allowed = false;
  let box: HTMLElement | undefined;
  const win = doc.defaultView ?? doc;
  win.addEventListener(
    'click',
    (event) => {
      // The applicant's own click is asked about; the page's scripted clicks are its own business.
      if (allowed || !isTrustedActivation(event)) return;
      const submit = findButton(doc, SUBMIT_TEXT);
      const target = event.target as Node | null;
      if (!submit || !target || !(submit === target || submit.contains(target))) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      box?.remove();
      box = confirmBox(doc, count, {
        back: () => {
          box?.remove();
          rows.box.querySelector<HTMLElement>('.zcps-back')?.focus();
          rows.box.scrollIntoView({ block: 'center' });
        },
        submit: () => {
          box?.remove();
          allowed = true;
          activate(submit);
        },
      });
      (rows.box.isConnected ? rows.box : submit).after(box);
      box.querySelector('button')?.focus();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => box?.remove());
}

function confirmBox(doc: Document, count: number, on: { back(): void; submit(): void }): HTMLElement {
  const box = markOwn(doc.createElement('div'));
  box.className = 'zcps-confirm';
  box.setAttribute('role', 'group');
  setStyle(box, PAGE_STYLES.confirmBox);
  const text = doc.createElement('p');
  text.setAttribute('role', 'alert');
  setStyle(text, PAGE_STYLES.confirmText);
  text.textContent = `还有 ${count} 个问题未解决，仍要提交吗？`;
  text.title = `${count} problems are still open. Submit anyway?`;
  box.setAttribute('aria-label', text.textContent);
  const back = doc.createElement('button');
  back.type = 'button';
  back.textContent = '返回修改';
  onTrustedClick(back, () => on.back());
  const submit = doc.createElement('button');
  submit.type = 'button';
  submit.textContent = '仍然提交';
  setStyle(submit, PAGE_STYLES.confirmSecond);
  onTrustedClick(submit, () => on.submit());
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isTrustedActivation(event)) on.back();
  });
  box.append(text, back, submit);
  return box;
}
