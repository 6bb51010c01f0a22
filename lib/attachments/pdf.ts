/**
 * What a PDF's own bytes say about it, read from its first and last bytes
 * only (a 20 MB scan is never read whole): is it complete, is it encrypted,
 * how many pages. Pure, never throws. Searches keys in plain text, which
 * holds for every PDF writer: dictionary keys are never encrypted.
 */

export interface PdfFacts {
  /** undefined when the bytes we have cannot tell (pages in object streams, or beyond the head). */
  pages?: number;
  encrypted: boolean;
  /** Starts with %PDF- (within the first KiB) and ends with %%EOF. */
  readable: boolean;
}

/** Readers accept junk before %PDF- within the first KiB. */
const HEADER_WITHIN = 1024;
/** An /Encrypt entry names its dictionary by reference or holds it inline. */
const ENCRYPT = /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/;
/** A page object: /Type /Page, not /Pages (the tree's inner nodes). */
const PAGE_OBJECT = /\/Type\s*\/Page(?![A-Za-z])/g;
const PAGES_NODE = /\/Type\s*\/Pages(?![A-Za-z])/g;
const COUNT = /\/Count\s+(\d+)/;

/** Bytes as a string of one char per byte (enough to search ASCII keys). */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  }
  return text;
}

/**
 * head: the first bytes; tail: the last bytes (may overlap head);
 * whole: head is the entire file, so counting page objects is exact.
 */
export function pdfFacts(head: Uint8Array, tail: Uint8Array, whole: boolean): PdfFacts {
  const start = latin1(head);
  const end = latin1(tail);
  const header = start.indexOf('%PDF-');
  const readable = header >= 0 && header < HEADER_WITHIN && end.includes('%%EOF');
  // The trailer (classic) or the xref stream's dictionary (PDF 1.5+) is near the
  // end; a linearised file repeats it near the start.
  const encrypted = ENCRYPT.test(end) || ENCRYPT.test(start);
  const text = whole ? start : `${start}\n${end}`;
  const objects = text.match(PAGE_OBJECT)?.length ?? 0;
  const root = rootCount(text);
  let pages: number | undefined;
  if (whole) pages = objects > 0 ? objects : root;
  else pages = root ?? (objects > 0 ? objects : undefined);
  return pages === undefined ? { encrypted, readable } : { pages, encrypted, readable };
}

/** /Count of the page tree's root: the largest /Count of any /Pages node we can see. */
function rootCount(text: string): number | undefined {
  let best: number | undefined;
  for (const match of text.matchAll(PAGES_NODE)) {
    const at = match.index ?? 0;
    const open = text.lastIndexOf('<<', at);
    const close = text.indexOf('>>', at);
    if (open < 0) continue;
    const dict = text.slice(open, close < 0 ? at + 200 : close);
    const count = COUNT.exec(dict);
    if (count) best = Math.max(best ?? 0, Number(count[1]));
  }
  return best;
}
