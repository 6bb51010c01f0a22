/**
 * Where 一键填写 may write: only a frame of the platform's own host (the
 * content script runs nowhere else, but a frame may be navigated or
 * sandboxed), never a sandboxed frame (opaque origin, or a same-origin
 * parent that marks the frame `sandbox`).
 */
import { PLATFORM_HOST } from '../platform';

export { PLATFORM_HOST };

export function canFillIn(doc: Document, host = PLATFORM_HOST): boolean {
  try {
    const win = doc.defaultView;
    if (!win || doc.location?.hostname !== host) return false;
    if (win.origin === 'null') return false;
  } catch {
    return false;
  }
  return !markedSandboxed(doc);
}

function markedSandboxed(doc: Document): boolean {
  try {
    const frame = doc.defaultView?.frameElement;
    return frame !== null && frame !== undefined && frame.hasAttribute('sandbox');
  } catch {
    // A cross-origin parent: frameElement is out of reach and the opaque-origin test above decides.
    return false;
  }
}
