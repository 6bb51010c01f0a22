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

/** No layout engine (a test DOM): every box is 0×0, so geometry says nothing. */
function hasLayout(doc: Document): boolean {
  const root = doc.documentElement;
  return root !== null && root.getBoundingClientRect().width > 0;
}

/** A scrolling box can be scrolled to what it holds; only these cut it off for good. */
const CLIPPING_OVERFLOW = /hidden|clip/;

/** A CSS clip / clip-path that leaves (almost) nothing of the box. */
function clippedAway(style: CSSStyleDeclaration): boolean {
  const clip = style.clip;
  if (clip && clip !== 'auto' && style.position !== 'static') {
    const n = (clip.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    // rect(top, right, bottom, left)
    if (n.length === 4 && ((n[1] as number) - (n[3] as number) < 2 || (n[2] as number) - (n[0] as number) < 2)) return true;
  }
  const path = style.clipPath;
  if (path && path !== 'none') {
    if (/inset\(\s*(?:[5-9]\d(?:\.\d+)?|\d{3,})%/.test(path)) return true;
    if (/circle\(\s*0(?:px)?\s*(?:at|\))/.test(path)) return true;
  }
  return false;
}

/**
 * Whether the applicant can actually see the element: not hidden, not fully
 * transparent (itself or an ancestor), not 0×0 or 1×1, not moved off the
 * page, not clipped away (clip, clip-path, or an overflow-hiding ancestor it
 * lies outside of). 一键填写 writes only into what the applicant sees: a page
 * can plant invisible fields to catch autofilled data. Custom widgets hide
 * their real control on purpose; callers ask about the visible stand-in.
 * Never throws; unknown → visible.
 */
export function isPerceivable(el: Element): boolean {
  try {
    if (isHidden(el)) return false;
    const doc = el.ownerDocument;
    const view = doc.defaultView;
    if (!view) return true;
    const v = el as Visible;
    if (typeof v.checkVisibility === 'function' && !v.checkVisibility({ ...VISIBILITY_OPTIONS, opacityProperty: true, checkOpacity: true }))
      return false;
    const layout = hasLayout(doc);
    const rect = el.getBoundingClientRect();
    if (layout) {
      if (rect.width < 2 || rect.height < 2) return false;
      const left = rect.left + view.scrollX;
      const top = rect.top + view.scrollY;
      const width = Math.max(doc.documentElement.scrollWidth, view.innerWidth);
      const height = Math.max(doc.documentElement.scrollHeight, view.innerHeight);
      if (left + rect.width <= 0 || top + rect.height <= 0 || left >= width || top >= height) return false;
    }
    let depth = 0;
    for (let node: Element | null = el; node && depth < 40; node = node.parentElement, depth++) {
      const style = view.getComputedStyle(node);
      if (style.opacity === '0' || clippedAway(style)) return false;
      if (layout && node !== el && (CLIPPING_OVERFLOW.test(style.overflowX) || CLIPPING_OVERFLOW.test(style.overflowY))) {
        const box = node.getBoundingClientRect();
        const overlapX = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
        const overlapY = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
        if ((CLIPPING_OVERFLOW.test(style.overflowX) && overlapX < 1) || (CLIPPING_OVERFLOW.test(style.overflowY) && overlapY < 1))
          return false;
      }
    }
    return true;
  } catch {
    return true;
  }
}
