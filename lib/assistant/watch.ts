/**
 * One MutationObserver for the whole document. Mutation records are never
 * handled one by one: added nodes are buffered and a single debounced callback
 * runs, asking for a full rescan when the buffer overflowed or nodes were
 * removed (cheaper than working out what a removal invalidated).
 */
export interface DomChange {
  /** Added elements that may hold controls; empty when `full`. */
  added: Element[];
  full: boolean;
}

export interface WatchOptions {
  debounceMs?: number;
  /** Past this many buffered nodes, stop buffering and rescan everything. */
  maxBuffered?: number;
  /** Nodes the assistant itself inserted (hints, panel): never a change. */
  isOwn: (node: Node) => boolean;
}

export function watchDom(root: Node, onChange: (change: DomChange) => void, signal: AbortSignal, options: WatchOptions): void {
  const debounceMs = options.debounceMs ?? 120;
  const maxBuffered = options.maxBuffered ?? 200;
  let added = new Set<Element>();
  let restyled = new Set<Element>();
  let full = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    // A style or class change matters only where it can show or hide a control;
    // pages that animate menus must not cost a rescan each time.
    if (!full) for (const el of restyled) if (holdsControl(el)) full = true;
    const change: DomChange = { added: full ? [] : [...added], full };
    added = new Set();
    restyled = new Set();
    full = false;
    if (!signal.aborted && (change.full || change.added.length > 0)) onChange(change);
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
      for (const node of record.removedNodes) {
        if (node.nodeType === 1 && !options.isOwn(node)) {
          full = true;
          relevant = true;
        }
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || options.isOwn(node)) continue;
        relevant = true;
        if (!full) {
          added.add(node as Element);
          if (added.size > maxBuffered) {
            full = true;
            added.clear();
          }
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
