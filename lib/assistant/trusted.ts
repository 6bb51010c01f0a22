/**
 * Only the applicant drives the assistant. The panel lives in an OPEN shadow
 * root and the photo buttons sit in the page, so any script of the page can
 * find them and call .click() or dispatch events at them. Such events carry
 * `isTrusted === false`; a real click, a key press on a focused button, or a
 * choice in a native select carries `true`, and no page script can forge it
 * (the property is unforgeable, and each world has its own event wrapper).
 * Every action of page-side UI goes through these helpers.
 */

/** True only for an event the browser made from the user's own input. */
export function isTrustedActivation(event: Event): boolean {
  return event.isTrusted === true;
}

/**
 * Listens for `type` on the element and runs the handler for trusted events
 * only; an untrusted one is stopped here, so no other listener of ours acts
 * on it either.
 */
export function onTrusted<K extends keyof HTMLElementEventMap>(
  el: HTMLElement,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
  options: { signal?: AbortSignal } = {},
): void {
  el.addEventListener(
    type,
    (event) => {
      if (!isTrustedActivation(event)) {
        event.stopImmediatePropagation();
        return;
      }
      handler(event);
    },
    { signal: options.signal },
  );
}

/** A click the applicant made (mouse, touch, or Enter/Space on the focused button). */
export function onTrustedClick(el: HTMLElement, handler: (event: MouseEvent) => void, signal?: AbortSignal): void {
  onTrusted(el, 'click', handler, { signal });
}
