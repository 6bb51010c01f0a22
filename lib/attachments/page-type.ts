/**
 * The 申报类型 a page states in its own visible text ("申报类型：破格申报"),
 * which wins over the one remembered from 填写申报信息: the page is what the
 * platform holds now.
 */
import { isOwn } from '../assistant/own';
import { isHiddenByMarkup } from '../page/visible';
import type { ApplicationType } from '../profile/types';
import { applicationTypeOf } from '../rules/helpers/application-type';

const CAPTION = '申报类型';
/** How much text after the caption may hold its value. */
const VALUE_WINDOW = 24;
/** Text nodes looked at, at most: a huge page must not cost a long walk. */
const NODE_CAP = 4000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);

function skipped(el: Element | null): boolean {
  if (!el || isOwn(el)) return true;
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (SKIP.has(a.tagName) || isHiddenByMarkup(a)) return true;
  }
  return false;
}

/** The one application type named right after a visible 申报类型 caption; undefined when none or ambiguous. */
export function pageApplicationType(doc: Document): ApplicationType | undefined {
  const root = doc.body;
  if (!root) return undefined;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let window: string | undefined;
  for (let n = 0, node = walker.nextNode(); node && n < NODE_CAP; n++, node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (window === undefined) {
      const at = text.indexOf(CAPTION);
      if (at < 0 || skipped(node.parentElement)) continue;
      window = text.slice(at + CAPTION.length);
    } else if (!skipped(node.parentElement)) {
      window += text;
    }
    if (window.replace(/\s/g, '').length >= VALUE_WINDOW) break;
  }
  if (window === undefined) return undefined;
  return applicationTypeOf(window.replace(/\s/g, '').slice(0, VALUE_WINDOW));
}
