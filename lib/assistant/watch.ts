/**
 * One MutationObserver for the whole document. Mutation records are never
 * handled one by one: they only mark the page as changed, and one debounced
 * callback follows (the assistant then collects the fields again, which is
 * cheaper and safer than working out what each record invalidated).
 *
 * Pages that re-render all the time (a clock, a carousel, a framework
 * redrawing a list) must not keep the assistant rescanning: while changes
 * keep coming, each next rescan waits twice as long (up to maxDelayMs), and
 * never less than four times what the last one cost; a quiet second resets it.
 */
export interface WatchOptions {
  debounceMs?: number;
  /** The longest wait between rescans on a page that never stops changing. */
  maxDelayMs?: number;
  /** Quiet this long (no change at all) and the waits start short again. */
  quietMs?: number;
  /** Nodes the assistant itself inserted (hints, panel): never a change. */
  isOwn: (node: Node) => boolean;
}

export function watchDom(root: Node, onChange: () => void, signal: AbortSignal, options: WatchOptions): void {
  const debounceMs = options.debounceMs ?? 120;
  const maxDelayMs = options.maxDelayMs ?? 2000;
  const quietMs = options.quietMs ?? 1000;
  let changed = false;
  let restyled = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Rescans in a row with changes arriving in between, and when and at what cost the last one ran. */
  let streak = 0;
  let lastRunAt = Number.NEGATIVE_INFINITY;
  let lastCost = 0;

  const flush = () => {
    timer = undefined;
    // A style or class change matters only where it can show or hide a control;
    // pages that animate menus must not cost a rescan each time.
    if (!changed) for (const el of restyled) if (holdsControl(el)) changed = true;
    const run = changed;
    changed = false;
    restyled = new Set();
    if (!run || signal.aborted) return;
    const started = performance.now();
    onChange();
    lastRunAt = performance.now();
    lastCost = lastRunAt - started;
  };

  const delay = (): number => {
    streak = performance.now() - lastRunAt > quietMs ? 0 : streak + 1;
    return Math.min(maxDelayMs, Math.max(debounceMs * 2 ** Math.min(streak, 10), lastCost * 4));
  };

  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const record of records) {
      if (options.isOwn(record.target)) continue;
      if (record.type === 'attributes') {
        if (record.target.nodeType === 1) restyled.add(record.target as Element);
        relevant = true;
        continue;
      }
      for (const node of [...record.addedNodes, ...record.removedNodes]) {
        if (node.nodeType === 1 && !options.isOwn(node)) {
          changed = true;
          relevant = true;
        }
      }
    }
    if (relevant && timer === undefined) timer = setTimeout(flush, delay());
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'disabled'],
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}

const CONTROLS = 'input,select,textarea';

function holdsControl(el: Element): boolean {
  return el.isConnected && (el.matches(CONTROLS) || el.querySelector(CONTROLS) !== null);
}
