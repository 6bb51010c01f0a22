/**
 * The layout of a HEIF picture (HEIC from phones, AVIF) from its boxes: the
 * primary item's coded size (`ispe`) and the transforms every reader applies
 * before showing it (`irot` rotation, `imir` mirror). An iPhone stores a
 * portrait photo as a landscape picture plus a rotation: the size people
 * see is the turned one. Pure, never throws, reads only the `meta` box.
 */
import type { PixelSize } from './header';

export interface HeifLayout {
  /** The coded size of the primary picture, before its transforms. */
  coded: PixelSize;
  /** The size as every reader shows it (rotation applied). */
  displayed: PixelSize;
  /** Clockwise turn, in degrees, that the readers apply. */
  rotation: 0 | 90 | 180 | 270;
  /** A mirror transform is present. */
  mirrored: boolean;
}

/** The meta box sits near the start; a lying size must not make us walk far. */
const META_SEARCH_LIMIT = 1024 * 1024;

interface Box {
  type: string;
  /** Where the box's content starts (after size, type and any largesize). */
  start: number;
  /** Where the box ends (exclusive, clamped to the bytes). */
  end: number;
}

function u8(bytes: Uint8Array, at: number): number {
  return bytes[at] ?? 0;
}

function u16(bytes: Uint8Array, at: number): number {
  return (u8(bytes, at) << 8) | u8(bytes, at + 1);
}

function u32(bytes: Uint8Array, at: number): number {
  return ((u8(bytes, at) << 24) | (u8(bytes, at + 1) << 16) | (u8(bytes, at + 2) << 8) | u8(bytes, at + 3)) >>> 0;
}

function fourcc(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(u8(bytes, at), u8(bytes, at + 1), u8(bytes, at + 2), u8(bytes, at + 3));
}

/** The boxes between `from` and `to`, in order; stops at the first malformed one. */
function boxes(bytes: Uint8Array, from: number, to: number): Box[] {
  const found: Box[] = [];
  const limit = Math.min(to, bytes.length);
  let at = from;
  while (at + 8 <= limit) {
    let size = u32(bytes, at);
    let header = 8;
    if (size === 1) {
      // 64-bit largesize: only the low half can matter within our limits.
      if (u32(bytes, at + 8) !== 0) size = Number.MAX_SAFE_INTEGER;
      else size = u32(bytes, at + 12);
      header = 16;
    } else if (size === 0) {
      size = limit - at; // to the end
    }
    if (size < header) break;
    found.push({ type: fourcc(bytes, at + 4), start: at + header, end: Math.min(at + size, limit) });
    at += size;
  }
  return found;
}

function child(bytes: Uint8Array, parent: Box, type: string, fullBox = false): Box | undefined {
  return boxes(bytes, parent.start + (fullBox ? 4 : 0), parent.end).find((box) => box.type === type);
}

/** pitm: the primary item's id. */
function primaryItem(bytes: Uint8Array, meta: Box): number | undefined {
  const pitm = child(bytes, meta, 'pitm', true);
  if (!pitm) return undefined;
  return u8(bytes, pitm.start) === 0 ? u16(bytes, pitm.start + 4) : u32(bytes, pitm.start + 4);
}

/** ipma: the 1-based property indexes associated with an item, in their listed order. */
function itemProperties(bytes: Uint8Array, ipma: Box, itemId: number): number[] {
  const version = u8(bytes, ipma.start);
  const wideIndex = (u8(bytes, ipma.start + 3) & 1) === 1;
  let at = ipma.start + 4;
  const count = u32(bytes, at);
  at += 4;
  for (let entry = 0; entry < count && at < ipma.end; entry++) {
    const id = version < 1 ? u16(bytes, at) : u32(bytes, at);
    at += version < 1 ? 2 : 4;
    const associations = u8(bytes, at);
    at += 1;
    const indexes: number[] = [];
    for (let i = 0; i < associations; i++) {
      indexes.push(wideIndex ? u16(bytes, at) & 0x7fff : u8(bytes, at) & 0x7f);
      at += wideIndex ? 2 : 1;
    }
    if (id === itemId) return indexes;
  }
  return [];
}

/** The primary picture's size and transforms; undefined when the boxes do not say. */
export function readHeifLayout(bytes: Uint8Array): HeifLayout | undefined {
  const top = boxes(bytes, 0, META_SEARCH_LIMIT);
  const meta = top.find((box) => box.type === 'meta');
  if (!meta) return undefined;
  const itemId = primaryItem(bytes, meta);
  const iprp = child(bytes, meta, 'iprp', true);
  if (itemId === undefined || !iprp) return undefined;
  const ipco = child(bytes, iprp, 'ipco');
  const ipma = child(bytes, iprp, 'ipma');
  if (!ipco || !ipma) return undefined;
  const properties = boxes(bytes, ipco.start, ipco.end);
  let coded: PixelSize | undefined;
  let rotation = 0;
  let mirrored = false;
  for (const index of itemProperties(bytes, ipma, itemId)) {
    const property = properties[index - 1];
    if (!property) continue;
    if (property.type === 'ispe' && property.end - property.start >= 12) {
      coded = { width: u32(bytes, property.start + 4), height: u32(bytes, property.start + 8) };
    } else if (property.type === 'irot' && property.end > property.start) {
      // Anti-clockwise quarter turns in the file; readers show it turned that way.
      rotation = (rotation + (360 - (u8(bytes, property.start) & 3) * 90)) % 360;
    } else if (property.type === 'imir' && property.end > property.start) {
      mirrored = !mirrored;
    }
  }
  if (!coded || coded.width === 0 || coded.height === 0) return undefined;
  const turned = rotation === 90 || rotation === 270;
  return {
    coded,
    displayed: turned ? { width: coded.height, height: coded.width } : { ...coded },
    rotation: rotation as HeifLayout['rotation'],
    mirrored,
  };
}
