/**
 * FileFacts of a chosen attachment: size, real type by magic bytes, and for
 * a PDF its completeness, encryption and page count. Reads at most the first
 * 64 KiB and the last 2 KiB of the file, whatever its size.
 */
import { sniffType } from '../photo/sniff';
import type { FileFacts } from '../rules/types';
import { pdfFacts } from './pdf';

export const HEAD_BYTES = 64 * 1024;
export const TAIL_BYTES = 2 * 1024;

/** Facts from the bytes read; `bytes` is the file's full size. */
export function fileFacts(name: string, bytes: number, head: Uint8Array, tail: Uint8Array): FileFacts {
  const type = bytes === 0 ? 'unknown' : sniffType(head);
  const facts: FileFacts = { name, bytes, type };
  if (type === 'pdf') facts.pdf = pdfFacts(head, tail, head.length >= bytes);
  return facts;
}

/** The slices of a Blob that fileFacts needs, without reading the middle of a big file. */
export async function readFileFacts(file: Blob & { name: string }): Promise<FileFacts> {
  const size = file.size;
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const tail =
    size <= HEAD_BYTES
      ? head.subarray(Math.max(0, head.length - TAIL_BYTES))
      : new Uint8Array(await file.slice(Math.max(0, size - TAIL_BYTES)).arrayBuffer());
  return fileFacts(file.name, size, head, tail);
}
