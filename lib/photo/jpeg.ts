/**
 * Reads a JPEG's structure without decoding it: the frame header (stored
 * size, components, progressive), the EXIF orientation and GPS pointer, and
 * whether the file is complete. This is what the platform's server sees: it
 * reads the stored size and ignores the EXIF orientation.
 *
 * Pure and defensive: every read is bounds-checked, every loop advances, and
 * no input (however broken) makes it throw.
 */

/** A JPEG marker: the byte after 0xFF. */
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;

/** Start-of-frame markers (C4 DHT, C8 JPG and CC DAC are not frames). */
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** Progressive frames: DCT progressive with Huffman or arithmetic coding, and their differential twins. */
const PROGRESSIVE_MARKERS = new Set([0xc2, 0xc6, 0xca, 0xce]);

const TAG_ORIENTATION = 0x0112;
const TAG_GPS_IFD = 0x8825;
const TAG_GPS_VERSION = 0x0000;

/** Why a JPEG counts as incomplete. */
export type JpegProblem =
  | 'not-jpeg' // does not start with FF D8
  | 'segment-overrun' // a segment's length runs past the end of the file
  | 'bad-length' // a segment length below 2
  | 'no-frame' // no SOF marker before the image data or the end
  | 'no-scan' // no SOS: there is no image data
  | 'no-eoi'; // the image data never ends with FF D9

export interface JpegInfo {
  /** The frame marker found (0xC0 baseline, 0xC1 extended, 0xC2 progressive …). */
  sofMarker?: number;
  /** Stored size from the SOF, before any EXIF orientation. */
  width?: number;
  height?: number;
  /** 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK. */
  components?: number;
  progressive?: boolean;
  /** EXIF orientation 1..8; undefined when absent or out of range. */
  orientation?: number;
  /** An EXIF block (APP1 "Exif") is present. */
  exif: boolean;
  /** Location data: an EXIF GPS directory with content, or GPS fields in XMP. */
  gps: boolean;
  truncated: boolean;
  problem?: JpegProblem;
  /** Offset just past the EOI marker, when found (bytes after it are trailers, e.g. motion-photo video). */
  end?: number;
}

function u16be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}

/** Reads 16/32-bit numbers of a TIFF block in its own byte order, bounded to [start, end). */
class TiffReader {
  constructor(
    private readonly bytes: Uint8Array,
    readonly start: number,
    readonly end: number,
    private readonly little: boolean,
  ) {}

  inside(offset: number, length: number): boolean {
    return offset >= 0 && this.start + offset + length <= this.end;
  }

  u16(offset: number): number {
    const at = this.start + offset;
    const a = this.bytes[at] ?? 0;
    const b = this.bytes[at + 1] ?? 0;
    return this.little ? a | (b << 8) : (a << 8) | b;
  }

  u32(offset: number): number {
    const at = this.start + offset;
    const b0 = this.bytes[at] ?? 0;
    const b1 = this.bytes[at + 1] ?? 0;
    const b2 = this.bytes[at + 2] ?? 0;
    const b3 = this.bytes[at + 3] ?? 0;
    return this.little ? (b0 | (b1 << 8) | (b2 << 16) | (b3 << 24)) >>> 0 : ((b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
  }

  /** The entries of the IFD at `offset`: tag and the offset of the entry; [] when it does not fit. */
  entries(offset: number): { tag: number; type: number; at: number }[] {
    if (!this.inside(offset, 2)) return [];
    const count = this.u16(offset);
    const list: { tag: number; type: number; at: number }[] = [];
    for (let i = 0; i < count; i++) {
      const at = offset + 2 + i * 12;
      if (!this.inside(at, 12)) break;
      list.push({ tag: this.u16(at), type: this.u16(at + 2), at });
    }
    return list;
  }
}

interface ExifFacts {
  orientation?: number;
  gps: boolean;
}

/** Orientation and GPS from an APP1 "Exif\0\0" payload at [start, end). */
function readExif(bytes: Uint8Array, start: number, end: number): ExifFacts {
  const tiffStart = start + 6;
  const order = u16be(bytes, tiffStart);
  if (order !== 0x4949 && order !== 0x4d4d) return { gps: false }; // "II" little-endian, "MM" big-endian
  const tiff = new TiffReader(bytes, tiffStart, end, order === 0x4949);
  if (!tiff.inside(0, 8) || tiff.u16(2) !== 42) return { gps: false };
  const facts: ExifFacts = { gps: false };
  for (const entry of tiff.entries(tiff.u32(4))) {
    if (entry.tag === TAG_ORIENTATION) {
      // SHORT as the standard says; a few writers use LONG.
      const value = entry.type === 4 ? tiff.u32(entry.at + 8) : tiff.u16(entry.at + 8);
      if (value >= 1 && value <= 8) facts.orientation = value;
    } else if (entry.tag === TAG_GPS_IFD) {
      const gpsOffset = tiff.u32(entry.at + 8);
      // A GPS directory holding only its version number carries no location
      // (phones write that with location off). One we cannot read might: say yes.
      const gpsEntries = tiff.entries(gpsOffset);
      facts.gps = !tiff.inside(gpsOffset, 2) || gpsEntries.some((gps) => gps.tag !== TAG_GPS_VERSION);
    }
  }
  return facts;
}

function matchesAscii(bytes: Uint8Array, at: number, text: string): boolean {
  if (at < 0 || at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (bytes[at + i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

/** Whether the ASCII `text` occurs in bytes[start, end). */
function containsAscii(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  const window = bytes.subarray(start, end);
  const first = text.charCodeAt(0);
  for (let at = window.indexOf(first); at >= 0; at = window.indexOf(first, at + 1)) {
    if (matchesAscii(window, at, text)) return true;
  }
  return false;
}

const EXIF_ID = 'Exif\0\0';
const XMP_ID = 'http://ns.adobe.com/xap/1.0/\0';

/**
 * Skips entropy-coded scan data starting at `from`: returns the offset of the
 * 0xFF that starts the next real marker, or the file's length when none.
 * Uses indexOf (native, fast) so a 12 MP photo takes a few hundred hops.
 */
function skipScanData(bytes: Uint8Array, from: number): number {
  let at = from;
  for (;;) {
    at = bytes.indexOf(0xff, at);
    if (at < 0 || at + 1 >= bytes.length) return bytes.length;
    const next = bytes[at + 1] as number;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7))
      at += 2; // stuffed byte or restart marker
    else if (next === 0xff)
      at += 1; // fill byte before a marker
    else return at;
  }
}

function walk(bytes: Uint8Array, stopAtFrame: boolean): JpegInfo {
  const info: JpegInfo = { exif: false, gps: false, truncated: true };
  if (bytes[0] !== 0xff || bytes[1] !== SOI) {
    info.problem = 'not-jpeg';
    return info;
  }
  const length = bytes.length;
  let sawScan = false;
  let pos = 2;
  while (pos < length) {
    if (bytes[pos] !== 0xff) {
      // Garbage between segments: decoders skip it to the next marker, so do we.
      const next = bytes.indexOf(0xff, pos);
      if (next < 0) break;
      pos = next;
    }
    while (pos < length && bytes[pos] === 0xff) pos++; // 0xFF fill bytes
    if (pos >= length) break;
    const marker = bytes[pos] as number;
    pos++;
    if (marker === EOI) {
      info.end = pos;
      break;
    }
    if (marker === 0x00 || marker === 0x01 || marker === SOI || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (pos + 2 > length) {
      info.problem = 'segment-overrun';
      return info;
    }
    const segmentLength = u16be(bytes, pos);
    if (segmentLength < 2) {
      info.problem = 'bad-length';
      return info;
    }
    const payload = pos + 2;
    const segmentEnd = pos + segmentLength;
    if (segmentEnd > length) {
      info.problem = 'segment-overrun';
      return info;
    }
    if (SOF_MARKERS.has(marker) && info.sofMarker === undefined && segmentLength >= 8) {
      info.sofMarker = marker;
      info.height = u16be(bytes, payload + 1);
      info.width = u16be(bytes, payload + 3);
      info.components = bytes[payload + 5];
      info.progressive = PROGRESSIVE_MARKERS.has(marker);
      if (stopAtFrame) return info;
    } else if (marker === APP1 && !info.exif && matchesAscii(bytes, payload, EXIF_ID)) {
      info.exif = true;
      const exif = readExif(bytes, payload, segmentEnd);
      if (exif.orientation !== undefined) info.orientation = exif.orientation;
      info.gps ||= exif.gps;
    } else if (marker === APP1 && matchesAscii(bytes, payload, XMP_ID)) {
      info.gps ||= containsAscii(bytes, payload, segmentEnd, 'GPSLatitude') || containsAscii(bytes, payload, segmentEnd, 'GPSLongitude');
    }
    pos = segmentEnd;
    if (marker === SOS) {
      if (info.sofMarker === undefined) break; // image data before any frame header
      sawScan = true;
      pos = skipScanData(bytes, pos);
    }
  }
  if (info.sofMarker === undefined) info.problem = 'no-frame';
  else if (!sawScan) info.problem = 'no-scan';
  else if (info.end === undefined) info.problem = 'no-eoi';
  else info.truncated = false;
  return info;
}

/** Everything the photo rules need from a JPEG's bytes, without decoding. */
export function parseJpeg(bytes: Uint8Array): JpegInfo {
  return walk(bytes, false);
}

/** Only the frame header (stops at the SOF): for a size before any decode. */
export function readJpegFrame(bytes: Uint8Array): Pick<JpegInfo, 'sofMarker' | 'width' | 'height' | 'components' | 'progressive'> {
  const { sofMarker, width, height, components, progressive } = walk(bytes, true);
  return { sofMarker, width, height, components, progressive };
}
