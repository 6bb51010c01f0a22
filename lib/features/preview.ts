/**
 * 预览确认提交 (guide 二.6): the errors still open on earlier wizard steps
 * (kept for the session), listed before 提交, each with a way back to its
 * step; and, only while such errors remain, one inline question before the
 * page's own 提交 goes through. It never blocks for good.
 */
import { checkSubmit } from '../rules';
import type { OpenFinding } from '../rules/types';
import { STEP_NAMES, WIZARD_STEPS, type Step } from '../steps';
import type { Feature } from '../assistant/feature';
import type { PlacedFinding } from '../assistant/hints';
import { isOwn, markOwn } from '../assistant/own';
import { PAGE_STYLES, setStyle } from '../assistant/style';
import { isTrustedActivation, onTrustedClick } from '../assistant/trusted';
import { HintRows } from '../attachments/hint-rows';
import { isHidden } from '../page/visible';

const SUBMIT_TEXT = /^(确认)?提交(申报)?$/;
const PREVIOUS_TEXT = /^(返回)?上一步$/;
const BUTTONS = 'button, a, input[type=button], input[type=submit], [role=button]';
/** Where the way back is remembered between the pages 上一步 passes through. */
const BACK_KEY = 'zcps-assistant.backTo';
const BACK_TTL_MS = 60_000;

export const previewFeature: Feature = {
  id: 'preview',
  steps: ['preview'],
  async init(ctx, signal) {
    const session = await ctx.bridge.session().catch(() => ({ findings: {} as Partial<Record<Step, OpenFinding[]>> }));
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

/**
 * Takes the applicant back along 上一步 after a 返回修改 click: on each wizard
 * page past the target it clicks 上一步 once, until the target step shows.
 */
export const backtrackFeature: Feature = {
  id: 'backtrack',
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

/** Open errors of the wizard steps before this one, in wizard order. */
export function earlierOpen(findings: Partial<Record<Step, OpenFinding[]>>, current: Step): OpenFinding[] {
  const before = WIZARD_STEPS.slice(0, Math.max(0, WIZARD_STEPS.indexOf(current)));
  return before.flatMap((step) => findings[step] ?? []);
}

/** A visible button or link whose whole caption matches. */
export function findButton(doc: Document, caption: RegExp): HTMLElement | undefined {
  for (const el of doc.querySelectorAll<HTMLElement>(BUTTONS)) {
    if (isOwn(el)) continue;
    const text = (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.textContent ?? '').replace(/\s+/g, '');
    if (caption.test(text) && !isHidden(el)) return el;
  }
  return undefined;
}

/** A step-bar item that is itself a link (not a script no-op) to that step. */
function stepLink(doc: Document, step: Step): HTMLElement | undefined {
  const name = STEP_NAMES[step];
  for (const el of doc.querySelectorAll<HTMLElement>('a[href], [onclick]')) {
    if (isOwn(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, '');
    if (!text.includes(name) || text.length > name.length + 4) continue;
    const href = el.getAttribute('href') ?? '';
    if (el.hasAttribute('onclick') || (href && !/^(#|javascript:)/i.test(href))) return el;
  }
  return undefined;
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
    if (link) return activate(link);
    const previous = findButton(doc, PREVIOUS_TEXT);
    if (!previous) return;
    if (times > 1) writeBack(doc, step);
    activate(previous);
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

/**
 * Clicks a page control for the applicant. A `javascript:` link's own URL
 * would run under the extension's CSP and be refused (with a console error),
 * so its default action is cancelled after the page's listeners on it ran;
 * the page's click handlers do the work, as on the replica and most JSP pages.
 */
function activate(el: HTMLElement): void {
  const href = el.tagName === 'A' ? (el.getAttribute('href') ?? '').trim() : '';
  if (!/^javascript:/i.test(href)) return el.click();
  const cancel = (event: Event) => event.preventDefault();
  el.addEventListener('click', cancel, { once: true });
  el.click();
  el.removeEventListener('click', cancel);
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
