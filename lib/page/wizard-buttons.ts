/**
 * The wizard's own buttons and step links (提交, 上一步, the step bar), found
 * by their caption, and pressed for the applicant when they asked for it.
 */
import { isOwn } from '../assistant/own';
import { STEP_NAMES, type Step } from '../steps';
import { isHidden } from './visible';

export const SUBMIT_TEXT = /^(确认)?提交(申报)?$/;
export const PREVIOUS_TEXT = /^(返回)?上一步$/;
const BUTTONS = 'button, a, input[type=button], input[type=submit], [role=button]';

/** A visible button or link whose whole caption matches. */
export function findButton(doc: Document, caption: RegExp): HTMLElement | undefined {
  for (const el of doc.querySelectorAll<HTMLElement>(BUTTONS)) {
    if (isOwn(el)) continue;
    const text = (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '')).replace(/\s+/g, '');
    if (caption.test(text) && !isHidden(el)) return el;
  }
  return undefined;
}

/** A step-bar item that is itself a link (not a script no-op) to that step. */
export function stepLink(doc: Document, step: Step): HTMLElement | undefined {
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

/**
 * Clicks a page control for the applicant. A `javascript:` link's own URL
 * would run under the extension's CSP and be refused (with a console error),
 * so its default action is cancelled after the page's listeners on it ran;
 * the page's click handlers do the work, as on the replica and most JSP pages.
 */
export function activate(el: HTMLElement): void {
  const href = el.tagName === 'A' ? (el.getAttribute('href') ?? '').trim() : '';
  if (!/^javascript:/i.test(href)) return el.click();
  const cancel = (event: Event) => event.preventDefault();
  el.addEventListener('click', cancel, { once: true });
  el.click();
  el.removeEventListener('click', cancel);
}
