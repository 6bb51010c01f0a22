/**
 * The panel's column at the right edge of the frame. The panel never lies
 * over the page: the page is narrowed for the column instead.
 *
 * - In-flow content (tables, forms, single-page apps laid out in the flow)
 *   reflows beside the column: the root element gets a right margin.
 * - Content that cannot shrink (a table or page with a fixed width wider
 *   than what is left) becomes scrollable past the column: a spacer makes
 *   the page that much wider, and `scroll-padding-right` makes every
 *   scroll-into-view (focus, find, a click by a test) stop clear of it.
 * - Layers anchored to the window rather than the flow (position: fixed, or
 *   absolute with no positioned ancestor) do not follow the root's margin:
 *   one that holds a control under the column is pulled in (its `right`, or
 *   if that cannot move it its `max-width`), and given back its own inline
 *   values when the column goes.
 *
 * The check runs after each change the assistant's DOM watcher reports, on
 * resize, and when the column changes width; it reads layout only for the
 * controls that reach past the page's new right edge.
 */
import { PULLED_ATTR, isOwn, markOwn } from './own';
import { SPACER_STYLE, setStyle } from './style';
import { logQuietly } from '../log';

/** What a person can click or type into, frames included (their content is another document). */
const CONTROLS = [
  'input:not([type=hidden])',
  'select',
  'textarea',
  'button',
  'a[href]',
  'iframe',
  'summary',
  'label',
  '[role=button]',
  '[role=link]',
  '[role=checkbox]',
  '[role=radio]',
  '[role=tab]',
  '[role=combobox]',
  '[tabindex]',
  '[contenteditable]',
  '[onclick]',
].join(',');

/** Inline values of a pulled-in layer before we touched them. */
interface Saved {
  right: [string, string];
  maxWidth: [string, string];
}

export class Dock {
  private width = 0;
  private readonly sheet: HTMLStyleElement;
  private readonly spacer: HTMLElement;
  private readonly pulled = new Map<HTMLElement, Saved>();
  private frame = 0;
  private readonly onResize = () => this.schedule();

  constructor(private readonly doc: Document) {
    this.sheet = markOwn(doc.createElement('style'));
    this.spacer = markOwn(doc.createElement('div'));
    this.spacer.setAttribute('aria-hidden', 'true');
    setStyle(this.spacer, SPACER_STYLE);
  }

  /** Reserves `width` px at the right edge and checks the page against the column at the next frame; 0 gives the width back. */
  setWidth(width: number): void {
    this.reserve(width);
    this.schedule();
  }

  /**
   * Reserves `width` px at the right edge, the check left for later: while the
   * page loads the column is reserved before its first layout, and checked
   * once the panel shows. 0 gives the whole width back to the page.
   */
  reserve(width: number): void {
    if (width === this.width && (width === 0 || this.sheet.isConnected)) return;
    const wasDocked = this.width > 0;
    this.width = width;
    this.restoreLayers();
    if (width <= 0) {
      this.sheet.remove();
      this.spacer.remove();
      this.doc.defaultView?.removeEventListener('resize', this.onResize);
      return;
    }
    // :root:root outranks the page's own html rules; the margin, not padding:
    // padding would not narrow what is positioned against the root.
    this.sheet.textContent = `:root:root{margin-right:${width}px !important;scroll-padding-right:${width}px !important;}`;
    this.ensureAttached();
    if (!wasDocked) this.doc.defaultView?.addEventListener('resize', this.onResize);
  }

  /** Checks the page against the column at the next frame (layout is needed then anyway). */
  schedule(): void {
    if (this.width <= 0 || this.frame !== 0) return;
    this.ensureAttached();
    const view = this.doc.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.check();
      } catch (error) {
        logQuietly('dock', error);
      }
    });
  }

  /** Keeps every control of the page clear of the column (see the module comment). */
  check(): void {
    if (this.width <= 0) return;
    this.ensureAttached();
    const view = this.doc.defaultView;
    const root = this.doc.documentElement;
    if (!view || !root) return;
    const edge = root.clientWidth - this.width;
    const ancestry = new Ancestry(view);
    let reach = 0;
    const layers = new Set<HTMLElement>();
    for (const el of this.doc.querySelectorAll<HTMLElement>(CONTROLS)) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= edge + 0.5 || (rect.width === 0 && rect.height === 0)) continue;
      if (isOwn(el) || !el.checkVisibility?.({ visibilityProperty: true })) continue;
      const place = ancestry.placeOf(el, edge);
      if (place === 'clipped') continue;
      if (place === 'flow') reach = Math.max(reach, rect.right + view.scrollX);
      else layers.add(place);
    }
    for (const layer of layers) this.pullIn(layer, edge, view);
    this.placeSpacer(reach > edge ? reach + this.width : 0);
  }

  /** Gives the page everything back. */
  release(): void {
    const view = this.doc.defaultView;
    if (this.frame !== 0) view?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.setWidth(0);
  }

  private ensureAttached(): void {
    if (!this.sheet.isConnected) (this.doc.head ?? this.doc.documentElement)?.append(this.sheet);
  }

  /** The page's scrollable width reaches `right` (document px), or the spacer goes. */
  private placeSpacer(right: number): void {
    if (right <= 0) {
      this.spacer.remove();
      return;
    }
    setStyle(this.spacer, SPACER_STYLE, `left:${Math.ceil(right) - 1}px;`);
    if (!this.spacer.isConnected) this.doc.documentElement.append(this.spacer);
  }

  private pullIn(layer: HTMLElement, edge: number, view: Window): void {
    const before = layer.getBoundingClientRect();
    const fixed = view.getComputedStyle(layer).position === 'fixed';
    // A fixed layer lives in window coordinates; an absolute one against the initial containing block.
    const right = fixed ? before.right : before.right + view.scrollX;
    const over = right - edge;
    if (over <= 0.5) return;
    if (!this.pulled.has(layer)) {
      layer.setAttribute(PULLED_ATTR, layer.getAttribute('style') ?? '');
      this.pulled.set(layer, {
        right: [layer.style.getPropertyValue('right'), layer.style.getPropertyPriority('right')],
        maxWidth: [layer.style.getPropertyValue('max-width'), layer.style.getPropertyPriority('max-width')],
      });
    }
    const usedRight = parseFloat(view.getComputedStyle(layer).right) || 0;
    layer.style.setProperty('right', `${usedRight + over}px`, 'important');
    // Anchored by its left edge and width (right is then ignored): narrow it instead.
    const after = layer.getBoundingClientRect();
    const still = after.right - (fixed ? edge : edge - view.scrollX);
    if (still > 0.5) layer.style.setProperty('max-width', `${Math.max(0, contentWidth(layer, view) - still)}px`, 'important');
  }

  private restoreLayers(): void {
    for (const [layer, saved] of this.pulled) {
      layer.style.setProperty('right', saved.right[0], saved.right[1]);
      layer.style.setProperty('max-width', saved.maxWidth[0], saved.maxWidth[1]);
      layer.removeAttribute(PULLED_ATTR);
    }
    this.pulled.clear();
  }
}

/** The width max-width applies to: the content box, or the border box under border-box sizing. */
function contentWidth(el: HTMLElement, view: Window): number {
  const style = view.getComputedStyle(el);
  const width = el.getBoundingClientRect().width;
  if (style.boxSizing === 'border-box') return width;
  const extras = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return width - extras.reduce((sum, key) => sum + (parseFloat(style[key]) || 0), 0);
}

/**
 * Where a control under the column lives, from its ancestors' computed
 * positions (memoised for one check): in the flow, in a layer anchored to the
 * window, or clipped by a scrolling ancestor that ends before the column.
 */
class Ancestry {
  private readonly styles = new Map<Element, CSSStyleDeclaration>();

  constructor(private readonly view: Window) {}

  placeOf(el: HTMLElement, edge: number): 'flow' | 'clipped' | HTMLElement {
    const chain: HTMLElement[] = [];
    for (let node: HTMLElement | null = el; node && node !== node.ownerDocument.documentElement; node = node.parentElement)
      chain.push(node);
    // From the top down: the outermost fixed ancestor, else an absolute one with nothing positioned above it.
    let layer: HTMLElement | undefined;
    let positionedAbove = false;
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      const position = this.style(node).position;
      if (position === 'fixed') {
        layer = node;
        break;
      }
      if (position === 'absolute' && !positionedAbove && node.tagName !== 'BODY') layer ??= node;
      if (position !== 'static') positionedAbove = true;
    }
    if (layer) return layer;
    for (const node of chain.slice(1)) {
      const overflow = this.style(node).overflowX;
      if (overflow !== 'visible' && node.getBoundingClientRect().right <= edge + 0.5) return 'clipped';
    }
    return 'flow';
  }

  private style(el: Element): CSSStyleDeclaration {
    let style = this.styles.get(el);
    if (!style) this.styles.set(el, (style = this.view.getComputedStyle(el)));
    return style;
  }
}
