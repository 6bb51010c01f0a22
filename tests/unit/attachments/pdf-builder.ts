/**
 * Minimal but valid PDFs written by hand: numbered objects, a classic xref
 * table with the real byte offsets, a trailer, startxref and %%EOF; or a
 * PDF 1.5 cross-reference stream. Enough for any reader to open them.
 */
export interface PdfOptions {
  pages: number;
  /** Adds a standard-security /Encrypt dictionary (referenced from the trailer or xref stream). */
  encrypt?: boolean;
  /** A cross-reference stream (PDF 1.5) instead of the classic table + trailer. */
  xrefStream?: boolean;
  /** Bytes of filler (a stream object after the pages), to make a big file. */
  padding?: number;
}

const ID = '<0123456789ABCDEF0123456789ABCDEF>';

export function buildPdf(options: PdfOptions): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: options.pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${options.pages} >>`);
  for (let i = 0; i < options.pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>');
  if (options.padding) {
    const filler = 'x'.repeat(options.padding);
    objects.push(`<< /Length ${filler.length} >>\nstream\n${filler}\nendstream`);
  }
  let encryptRef = '';
  if (options.encrypt) {
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${'a1'.repeat(32)}> /U <${'b2'.repeat(32)}> /P -44 >>`);
    encryptRef = ` /Encrypt ${objects.length} 0 R`;
  }

  let text = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  if (!options.xrefStream) {
    const size = objects.length + 1;
    const xrefAt = text.length;
    text += `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
    text += `trailer\n<< /Size ${size} /Root 1 0 R${encryptRef} /ID [${ID} ${ID}] >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    return latin1Bytes(text);
  }
  // The xref stream is object n+1; each entry: type (1 byte), offset (4), generation (2).
  const self = objects.length + 1;
  const xrefAt = text.length;
  const entries: number[] = [0, 0, 0, 0, 0, 0xff, 0xff];
  for (const offset of [...offsets, xrefAt])
    entries.push(1, (offset >>> 24) & 255, (offset >>> 16) & 255, (offset >>> 8) & 255, offset & 255, 0, 0);
  const data = String.fromCharCode(...entries);
  text +=
    `${self} 0 obj\n<< /Type /XRef /Size ${self + 1} /W [1 4 2] /Root 1 0 R${encryptRef} /ID [${ID} ${ID}] /Length ${data.length} >>\n` +
    `stream\n${data}\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`;
  return latin1Bytes(text);
}

export function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 255;
  return bytes;
}

/** The file cut short, as an interrupted download leaves it (no %%EOF). */
export function truncate(bytes: Uint8Array, keep = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * keep));
}
