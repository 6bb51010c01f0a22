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

/** The page's own element an event is aimed at; none for the assistant's own UI or a non-element. */
export function pageElement(target: EventTarget | null): Element | undefined {
  return target instanceof Element && !isOwn(target) ? target : undefined;
}

/** The page's file input an event (or a field) is about; none for anything else or one of ours. */
export function pageFileInput(target: EventTarget | null): HTMLInputElement | undefined {
  const el = pageElement(target);
  return el && el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'file' ? (el as HTMLInputElement) : undefined;
}

/**
 * The page's own text in an element, without the assistant's (its hints
 * quote file names and values); text nodes end with a line break, so that
 * the text of two cells never runs together.
 */
export function pageTextOf(root: Element): string {
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && (node as Element).hasAttribute(OWN_ATTR) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === 3) text += `${(node as Text).data}\n`;
  return text;
}
