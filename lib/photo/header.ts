/**
 * Picture sizes from file headers, for every image type we sniff, so that a
 * message can name the size of a PNG posing as a .jpg, and so that a huge
 * picture is refused before anything decodes it. Pure, never throws.
 */
import { readHeifLayout } from './heif';
import { readJpegFrame } from './jpeg';
import { sniffType } from './sniff';

/** Above this many pixels we do not decode in the page (a 50 MP RGBA bitmap is 200 MB). */
export const MAX_PIXELS = 50_000_000;

export interface PixelSize {
  width: number;
  height: number;
}

function u16le(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u24le(bytes: Uint8Array, at: number): number {
  return u16le(bytes, at) | ((bytes[at + 2] ?? 0) << 16);
}

function u32le(bytes: Uint8Array, at: number): number {
  return (u16le(bytes, at) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
}

function i32le(bytes: Uint8Array, at: number): number {
  return u32le(bytes, at) | 0;
}

function u32be(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
}

function fourcc(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0);
}

function sized(width: number, height: number, needed: number, bytes: Uint8Array): PixelSize | undefined {
  // A header cut short reads as zeros: no size rather than a wrong one.
  return bytes.length >= needed ? { width, height } : undefined;
}

/** PNG: the IHDR chunk, always first. */
export function readPngSize(bytes: Uint8Array): PixelSize | undefined {
  if (fourcc(bytes, 12) !== 'IHDR') return undefined;
  return sized(u32be(bytes, 16), u32be(bytes, 20), 24, bytes);
}

/** GIF: the logical screen size. */
export function readGifSize(bytes: Uint8Array): PixelSize | undefined {
  return sized(u16le(bytes, 6), u16le(bytes, 8), 10, bytes);
}

/** BMP: the info header (old OS/2 headers use 16-bit sizes; a negative height means top-down rows). */
export function readBmpSize(bytes: Uint8Array): PixelSize | undefined {
  if (u32le(bytes, 14) === 12) return sized(u16le(bytes, 18), u16le(bytes, 20), 22, bytes);
  return sized(Math.abs(i32le(bytes, 18)), Math.abs(i32le(bytes, 22)), 26, bytes);
}

/** WebP: the first chunk, lossy (VP8), lossless (VP8L) or extended (VP8X). */
export function readWebpSize(bytes: Uint8Array): PixelSize | undefined {
  const chunk = fourcc(bytes, 12);
  if (chunk === 'VP8 ') {
    // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit sizes.
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return undefined;
    return sized(u16le(bytes, 26) & 0x3fff, u16le(bytes, 28) & 0x3fff, 30, bytes);
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return undefined;
    const bits = u32le(bytes, 21);
    return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1, 25, bytes);
  }
  if (chunk === 'VP8X') return sized(u24le(bytes, 24) + 1, u24le(bytes, 27) + 1, 30, bytes);
  return undefined;
}

/** How far into an AVIF/HEIC file we look for a loose image-size property when its boxes cannot be followed. */
const ISPE_SEARCH_LIMIT = 256 * 1024;

/**
 * AVIF/HEIC: the primary picture's size as every reader shows it (its
 * rotation applied, lib/photo/heif.ts). When the boxes cannot be followed,
 * the largest `ispe` (image spatial extent) property: grid pictures (phones)
 * also list their tiles, hence the largest.
 */
export function readHeifSize(bytes: Uint8Array): PixelSize | undefined {
  const layout = readHeifLayout(bytes);
  if (layout) return layout.displayed;
  const head = bytes.subarray(0, ISPE_SEARCH_LIMIT);
  let best: PixelSize | undefined;
  for (let at = head.indexOf(0x69); at >= 0; at = head.indexOf(0x69, at + 1)) {
    // 'ispe' + version/flags (4) + width (4) + height (4)
    if (at + 16 > head.length || fourcc(head, at) !== 'ispe') continue;
    const width = u32be(head, at + 8);
    const height = u32be(head, at + 12);
    if (best === undefined || width * height > best.width * best.height) best = { width, height };
  }
  return best;
}

/** The stored picture size from the header of any image type we sniff; undefined when unreadable. */
export function headerSize(bytes: Uint8Array): PixelSize | undefined {
  switch (sniffType(bytes)) {
    case 'jpeg': {
      const frame = readJpegFrame(bytes);
      return frame.width !== undefined && frame.height !== undefined ? { width: frame.width, height: frame.height } : undefined;
    }
    case 'png':
      return readPngSize(bytes);
    case 'gif':
      return readGifSize(bytes);
    case 'bmp':
      return readBmpSize(bytes);
    case 'webp':
      return readWebpSize(bytes);
    case 'avif':
    case 'heic':
      return readHeifSize(bytes);
    default:
      return undefined;
  }
}

/** width × height from the header, so the caller can refuse more than MAX_PIXELS before any decode. */
export function headerPixels(bytes: Uint8Array): number | undefined {
  const size = headerSize(bytes);
  return size === undefined ? undefined : size.width * size.height;
}
