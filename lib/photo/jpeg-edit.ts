/**
 * Byte-level edits of a finished JPEG that leave the picture untouched:
 * drop EXIF/XMP (APP1) and pad with comment (COM) segments to reach a
 * minimum file size. Used by the fix and by the test-image generator.
 */

const COM = 0xfe;
const APP0 = 0xe0;
const APP1 = 0xe1;
const SOS = 0xda;

/** A COM segment holds at most 65 533 bytes of text: 2 marker + 2 length + payload = 65 537 bytes in all. */
export const MAX_COM_SEGMENT_BYTES = 65_537;
/** The smallest COM segment (empty text). */
export const MIN_COM_SEGMENT_BYTES = 4;

const PADDING_TEXT = "zcps-assistant: padding to the platform's minimum file size; the picture is unchanged.";

interface Segment {
  marker: number;
  /** Offset of the 0xFF that starts the segment. */
  start: number;
  /** Offset just past the segment. */
  end: number;
}

/**
 * The header segments from SOI up to (not including) the first SOS; undefined
 * when they do not parse cleanly (then callers leave the file alone).
 */
function headerSegments(bytes: Uint8Array): { segments: Segment[]; scanStart: number } | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const segments: Segment[] = [];
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return undefined;
    const marker = bytes[pos + 1] as number;
    if (marker === SOS) return { segments, scanStart: pos };
    const length = ((bytes[pos + 2] as number) << 8) | (bytes[pos + 3] as number);
    if (length < 2 || pos + 2 + length > bytes.length) return undefined;
    segments.push({ marker, start: pos, end: pos + 2 + length });
    pos += 2 + length;
  }
  return undefined;
}

/** The JPEG without APP1 segments (EXIF, XMP: orientation, GPS, camera data). Unparseable input comes back as is. */
export function stripExif(bytes: Uint8Array): Uint8Array {
  const header = headerSegments(bytes);
  if (header === undefined || !header.segments.some((segment) => segment.marker === APP1)) return bytes;
  const kept = header.segments.filter((segment) => segment.marker !== APP1);
  const keptLength = kept.reduce((total, segment) => total + segment.end - segment.start, 0);
  const out = new Uint8Array(2 + keptLength + bytes.length - header.scanStart);
  out.set(bytes.subarray(0, 2), 0);
  let at = 2;
  for (const segment of kept) {
    out.set(bytes.subarray(segment.start, segment.end), at);
    at += segment.end - segment.start;
  }
  out.set(bytes.subarray(header.scanStart), at);
  return out;
}

/** Sizes (each 4..65 537 bytes) of COM segments that add exactly `extra` bytes (extra ≥ 4). */
function comSegmentSizes(extra: number): number[] {
  const count = Math.ceil(extra / MAX_COM_SEGMENT_BYTES);
  const base = Math.floor(extra / count);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) sizes.push(base + (i < extra - base * count ? 1 : 0));
  return sizes;
}

function comSegment(size: number): Uint8Array {
  const segment = new Uint8Array(size).fill(0x20);
  segment[0] = 0xff;
  segment[1] = COM;
  segment[2] = (size - 2) >> 8;
  segment[3] = (size - 2) & 0xff;
  for (let i = 0; i < PADDING_TEXT.length && 4 + i < size; i++) segment[4 + i] = PADDING_TEXT.charCodeAt(i);
  return segment;
}

/**
 * The JPEG grown to `targetBytes` with comment segments placed after the
 * JFIF APP0 (or right after SOI): the decoded picture is identical.
 * Exact when at least 4 bytes are missing; 1–3 missing bytes overshoot to
 * +4 (the smallest segment). Returns the input when it is already big enough
 * or does not parse.
 */
export function padJpeg(bytes: Uint8Array, targetBytes: number): Uint8Array {
  const missing = Math.ceil(targetBytes) - bytes.length;
  if (missing <= 0) return bytes;
  const header = headerSegments(bytes);
  if (header === undefined) return bytes;
  const first = header.segments[0];
  const insertAt = first !== undefined && first.marker === APP0 ? first.end : 2;
  const sizes = comSegmentSizes(Math.max(missing, MIN_COM_SEGMENT_BYTES));
  const extra = sizes.reduce((total, size) => total + size, 0);
  const out = new Uint8Array(bytes.length + extra);
  out.set(bytes.subarray(0, insertAt), 0);
  let at = insertAt;
  for (const size of sizes) {
    out.set(comSegment(size), at);
    at += size;
  }
  out.set(bytes.subarray(insertAt), at);
  return out;
}
