import { describe, expect, it } from 'vitest';
import { pdfFacts } from '../../../lib/attachments/pdf';
import { fileFacts, readFileFacts, HEAD_BYTES, TAIL_BYTES } from '../../../lib/attachments/facts';
import { buildPdf, latin1Bytes, truncate } from './pdf-builder';

const text = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** The facts as the content script builds them from a whole small file. */
function factsOf(bytes: Uint8Array) {
  return fileFacts('材料.pdf', bytes.length, bytes.subarray(0, HEAD_BYTES), bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)));
}

describe('the hand-written PDFs are valid', () => {
  it.each([1, 4])('a %i-page PDF has a classic xref whose offsets point at each object', (pages) => {
    const pdf = text(buildPdf({ pages }));
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(pages + 2);
    offsets.forEach((offset, i) => expect(pdf.slice(offset)).toMatch(new RegExp(`^${i + 1} 0 obj\\n`)));
  });

  it('the xref-stream variant points startxref at the XRef object', () => {
    const pdf = text(buildPdf({ pages: 2, xrefStream: true }));
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(xrefAt)).toMatch(/^5 0 obj\n<< \/Type \/XRef /);
  });
});

describe('pdfFacts', () => {
  it.each<[string, Uint8Array, { pages?: number; encrypted: boolean; readable: boolean }]>([
    ['one page', buildPdf({ pages: 1 }), { pages: 1, encrypted: false, readable: true }],
    ['four pages', buildPdf({ pages: 4 }), { pages: 4, encrypted: false, readable: true }],
    ['encrypted (trailer /Encrypt)', buildPdf({ pages: 2, encrypt: true }), { pages: 2, encrypted: true, readable: true }],
    [
      'encrypted (xref stream /Encrypt)',
      buildPdf({ pages: 3, encrypt: true, xrefStream: true }),
      { pages: 3, encrypted: true, readable: true },
    ],
    ['xref stream, not encrypted', buildPdf({ pages: 3, xrefStream: true }), { pages: 3, encrypted: false, readable: true }],
    ['truncated before %%EOF', truncate(buildPdf({ pages: 4 })), { pages: 4, encrypted: false, readable: false }],
    ['zero pages', buildPdf({ pages: 0 }), { pages: 0, encrypted: false, readable: true }],
  ])('%s', (_name, bytes, expected) => {
    expect(pdfFacts(bytes, bytes.subarray(-TAIL_BYTES), true)).toEqual(expected);
  });

  it('counts /Type /Page objects, never /Pages nodes', () => {
    const bytes = latin1Bytes('%PDF-1.4\n<< /Type/Pages /Count 9 >>\n<< /Type/Page >>\n<</Type /Page>>\n%%EOF');
    expect(pdfFacts(bytes, bytes, true).pages).toBe(2);
  });

  it('falls back to /Count of the page-tree root when no page object is visible (object streams)', () => {
    const bytes = latin1Bytes(
      '%PDF-1.5\n1 0 obj << /Type /Pages /Kids [4 0 R 5 0 R] /Count 12 >> endobj\n2 0 obj << /Type /Pages /Parent 1 0 R /Count 5 >> endobj\n%%EOF',
    );
    expect(pdfFacts(bytes, bytes, true).pages).toBe(12);
  });

  it('a header after the first KiB or none at all is unreadable', () => {
    const late = latin1Bytes(`${' '.repeat(1100)}%PDF-1.4\n%%EOF`);
    expect(pdfFacts(late, late, true).readable).toBe(false);
    const none = latin1Bytes('hello %%EOF');
    expect(pdfFacts(none, none, true).readable).toBe(false);
  });

  it('a big file read in part: pages from the root /Count, %%EOF from the tail', () => {
    const bytes = buildPdf({ pages: 4, padding: 200_000 });
    const facts = pdfFacts(bytes.subarray(0, HEAD_BYTES), bytes.subarray(-TAIL_BYTES), false);
    expect(facts).toEqual({ pages: 4, encrypted: false, readable: true });
    const cut = truncate(bytes, 0.9);
    expect(pdfFacts(cut.subarray(0, HEAD_BYTES), cut.subarray(-TAIL_BYTES), false).readable).toBe(false);
  });
});

describe('fileFacts', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

  it.each<[string, string, Uint8Array, object]>([
    ['an empty file', '合同.pdf', new Uint8Array(0), { name: '合同.pdf', bytes: 0, type: 'unknown' }],
    ['a PNG named .pdf', '社保证明.pdf', PNG, { name: '社保证明.pdf', bytes: PNG.length, type: 'png' }],
    ['a JPEG named .jpg', '聘书.jpg', JPEG, { name: '聘书.jpg', bytes: JPEG.length, type: 'jpeg' }],
    ['a 4-page PDF', '论文.pdf', buildPdf({ pages: 4 }), { type: 'pdf', pdf: { pages: 4, encrypted: false, readable: true } }],
  ])('%s', (_what, name, bytes, expected) => {
    const tail = bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES));
    expect(fileFacts(name, bytes.length, bytes.subarray(0, HEAD_BYTES), tail)).toMatchObject(expected);
  });

  it('has pdf facts only for PDF content', () => {
    expect(factsOf(latin1Bytes('GIF89a......')).pdf).toBeUndefined();
    expect(factsOf(buildPdf({ pages: 1 })).pdf).toBeDefined();
  });
});

describe('readFileFacts', () => {
  /** A Blob that records which byte ranges were read. */
  function recording(bytes: Uint8Array, name: string) {
    const reads: Array<[number, number]> = [];
    const blob = new Blob([bytes as BlobPart]);
    const file = {
      name,
      size: bytes.length,
      slice(start = 0, end = bytes.length) {
        reads.push([start, Math.min(end, bytes.length)]);
        return blob.slice(start, end);
      },
    };
    return { file: file as unknown as Blob & { name: string }, reads };
  }

  it('reads only the first 64 KiB and the last 2 KiB of a big file', async () => {
    const bytes = buildPdf({ pages: 4, padding: 3_000_000 });
    const { file, reads } = recording(bytes, '著作.pdf');
    const facts = await readFileFacts(file);
    expect(facts).toEqual({ name: '著作.pdf', bytes: bytes.length, type: 'pdf', pdf: { pages: 4, encrypted: false, readable: true } });
    expect(reads).toEqual([
      [0, HEAD_BYTES],
      [bytes.length - TAIL_BYTES, bytes.length],
    ]);
  });

  it('reads a small file once', async () => {
    const bytes = truncate(buildPdf({ pages: 2 }));
    const { file, reads } = recording(bytes, 'a.pdf');
    expect((await readFileFacts(file)).pdf?.readable).toBe(false);
    expect(reads).toHaveLength(1);
  });
});
