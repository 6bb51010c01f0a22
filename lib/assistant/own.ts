/** Marks the nodes the assistant inserts, so that scans and the observer skip them. */
export const OWN_ATTR = 'data-zcps-own';

/**
 * On a page element the panel's column pulled in (lib/assistant/dock.ts): its
 * own style attribute from before, so that 页面诊断 saves the page's styles.
 */
export const PULLED_ATTR = 'data-zcps-pulled';

export function markOwn<T extends Element>(el: T): T {
  el.setAttribute(OWN_ATTR, '');
  return el;
}

export function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && el.closest(`[${OWN_ATTR}]`) !== null;
}
