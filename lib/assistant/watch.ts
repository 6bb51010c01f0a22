/**
 * One MutationObserver for the whole document. Mutation records are never
 * handled one by one: they only mark the page as changed, and one debounced
 * callback follows (the assistant then collects the fields again, which is
 * cheaper and safer than working out what each record invalidated).
 */
export interface WatchOptions {
  debounceMs?: number;
  /** Nodes the assistant itself inserted (hints, panel): never a change. */
  isOwn: (node: Node) => boolean;
}

export function watchDom(root: Node, onChange: () => void, signal: AbortSignal, options: WatchOptions): void {
  const debounceMs = options.debounceMs ?? 120;
  let changed = false;
  let restyled = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    // A style or class change matters only where it can show or hide a control;
    // pages that animate menus must not cost a rescan each time.
    if (!changed) for (const el of restyled) if (holdsControl(el)) changed = true;
    const run = changed;
    changed = false;
    restyled = new Set();
    if (run && !signal.aborted) onChange();
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
    if (relevant && timer === undefined) timer = setTimeout(flush, debounceMs);
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
