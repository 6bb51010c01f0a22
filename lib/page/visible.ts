/**
 * Cheap visibility for form controls. In a browser: checkVisibility (one style
 * pass for the whole scan), else the classic "has client rects" test. In
 * happy-dom (no layout) checkVisibility reads computed display/visibility,
 * which is enough for tests; the hidden attribute and type=hidden are checked
 * first everywhere.
 */

type Visible = Element & { checkVisibility?: (options?: Record<string, boolean>) => boolean };

const VISIBILITY_OPTIONS = { visibilityProperty: true, checkVisibilityCSS: true };

/** Whether the element is hidden from the applicant (never throws; unknown → visible). */
export function isHidden(el: Element): boolean {
  try {
    if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return true;
    if (!el.isConnected) return true;
    const v = el as Visible;
    if (typeof v.checkVisibility === 'function' && !v.checkVisibility(VISIBILITY_OPTIONS)) return true;
    // Test DOMs without a UA style sheet leave [hidden] visible: ask the markup too.
    if (el.closest('[hidden]')) return true;
    return typeof v.checkVisibility === 'function' ? false : el.getClientRects().length === 0;
  } catch {
    return false;
  }
}

/**
 * Hidden by its own markup only (hidden attribute, inline display:none):
 * used while reading text, where a style lookup per node would cost too much.
 */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style !== undefined && style.display === 'none';
}
