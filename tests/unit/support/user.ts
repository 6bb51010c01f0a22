/**
 * The applicant's own input in unit tests. The assistant acts only on trusted
 * events (lib/assistant/trusted.ts); happy-dom has no `isTrusted`, so these
 * helpers mark the events they dispatch as the browser would mark a real
 * click or choice. Plain `.click()` / `dispatchEvent` stand for a page
 * script. That a page script truly cannot forge the mark is proven in the
 * real browser (tests/e2e/trust.spec.ts).
 */

export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A real click (happy-dom, like a browser, flips a box before the click is dispatched and fires change after). */
export function userClick(el: Element): void {
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}

/** A choice in a native select, as the applicant makes it. */
export function userChoose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(trusted(new Event('input', { bubbles: true, composed: true })));
  select.dispatchEvent(trusted(new Event('change', { bubbles: true })));
}

/** A key press on the element. */
export function userKey(el: Element, key: string): void {
  el.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true })));
}
