/**
 * Where 一键填写 may write: only a frame of the platform's own https origin
 * (the content script runs nowhere else, but a frame may be navigated or
 * sandboxed), never a sandboxed frame (opaque origin, or a same-origin
 * parent that marks the frame `sandbox`), and never a platform frame that
 * another origin embeds (a page elsewhere framing the platform to have the
 * applicant fill it there).
 */
import { PLATFORM_HOST } from '../platform';

export { PLATFORM_HOST };

export function canFillIn(doc: Document, host = PLATFORM_HOST): boolean {
  try {
    const win = doc.defaultView;
    if (!win || doc.location?.hostname !== host || doc.location.protocol !== 'https:') return false;
    if (win.origin === 'null') return false;
    if (!ancestorsShareOrigin(win)) return false;
  } catch {
    return false;
  }
  return !markedSandboxed(doc);
}

/** Every frame around this one has its origin (location.ancestorOrigins where the engine has it, else a walk up). */
function ancestorsShareOrigin(win: Window): boolean {
  const origin = win.origin;
  const listed = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (listed) {
    for (let i = 0; i < listed.length; i++) if (listed.item(i) !== origin) return false;
    return true;
  }
  try {
    for (let frame: Window = win; frame !== frame.parent; frame = frame.parent) {
      if (frame.parent.origin !== origin) return false; // throws when cross-origin: caught below
    }
    return true;
  } catch {
    return false;
  }
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
