/**
 * What a file really is, from its first bytes (its "magic"), whatever its
 * name says. Shared by the photo check and the attachment checks.
 * Pure, never throws, looks at no more than the first 1 KiB (and the ftyp box).
 */
import type { FileType } from '../rules/types';

export type { FileType } from '../rules/types';

/** ISO-BMFF brands (HEIF family) that mean an AVIF picture. */
const AVIF_BRANDS = new Set(['avif', 'avis']);
/** ISO-BMFF brands that mean a HEIC/HEIF picture (Apple phones and friends). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1', 'mif2']);

/** BMP info-header sizes that real BMP writers use; "BM" alone is too weak a sign. */
const BMP_HEADER_SIZES = new Set([12, 16, 40, 52, 56, 64, 108, 124]);

/** How far into the file a PDF may start (readers accept junk before %PDF-). */
const PDF_SEARCH_LIMIT = 1024;

function startsWith(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  if (at + expected.length > bytes.length) return false;
  for (let i = 0; i < expected.length; i++) {
    if (bytes[at + i] !== expected[i]) return false;
  }
  return true;
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  if (at < 0 || at + length > bytes.length) return '';
  let text = '';
  for (let i = at; i < at + length; i++) text += String.fromCharCode(bytes[i] as number);
  return text;
}

function u32be(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) << 24) >>> 0) + ((bytes[at + 1] ?? 0) << 16) + ((bytes[at + 2] ?? 0) << 8) + (bytes[at + 3] ?? 0);
}

function u32le(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) + ((bytes[at + 1] ?? 0) << 8) + ((bytes[at + 2] ?? 0) << 16) + (((bytes[at + 3] ?? 0) << 24) >>> 0);
}

/** The brands of an ISO-BMFF `ftyp` box at the start: major first, then the compatible ones. */
function ftypBrands(bytes: Uint8Array): string[] {
  if (ascii(bytes, 4, 4) !== 'ftyp') return [];
  const boxSize = u32be(bytes, 0);
  // A sane ftyp box is small; clamp so a lying size cannot make us read far.
  const end = Math.min(bytes.length, boxSize >= 16 ? boxSize : 16, 4096);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, 4));
  return brands;
}

function sniffIsoBmff(bytes: Uint8Array): FileType | undefined {
  const brands = ftypBrands(bytes);
  if (brands.length === 0) return undefined;
  // AVIF files often carry mif1/miaf too: an avif brand anywhere wins.
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic';
  return 'unknown';
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, PDF_SEARCH_LIMIT + 4);
  for (let at = head.indexOf(0x25); at >= 0 && at < PDF_SEARCH_LIMIT; at = head.indexOf(0x25, at + 1)) {
    if (startsWith(head, at, [0x25, 0x50, 0x44, 0x46, 0x2d])) return true; // %PDF-
  }
  return false;
}

/** The file's real type from its magic bytes; 'unknown' when nothing matches. */
export function sniffType(bytes: Uint8Array): FileType {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 2) === 'BM' && BMP_HEADER_SIZES.has(u32le(bytes, 14))) return 'bmp';
  const isoBmff = sniffIsoBmff(bytes);
  if (isoBmff !== undefined) return isoBmff;
  // PK\3\4 (a file), PK\5\6 (empty archive), PK\7\8 (spanned): .zip, .docx, .xlsx …
  if (startsWith(bytes, 0, [0x50, 0x4b]) && [0x0304, 0x0506, 0x0708].includes(((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0))) {
    return 'zip';
  }
  // OLE compound file: old .doc/.xls/.ppt (and .wps).
  if (startsWith(bytes, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (looksLikePdf(bytes)) return 'pdf';
  return 'unknown';
}

/** Chinese and English names of a file type, for messages that name the real type. */
export const FILE_TYPE_NAMES: Readonly<Record<FileType, { zh: string; en: string }>> = {
  jpeg: { zh: 'JPEG 图片', en: 'JPEG image' },
  png: { zh: 'PNG 图片', en: 'PNG image' },
  webp: { zh: 'WebP 图片', en: 'WebP image' },
  avif: { zh: 'AVIF 图片', en: 'AVIF image' },
  heic: { zh: 'HEIC 图片（苹果手机格式）', en: 'HEIC image (iPhone format)' },
  gif: { zh: 'GIF 图片', en: 'GIF image' },
  bmp: { zh: 'BMP 图片', en: 'BMP image' },
  pdf: { zh: 'PDF 文档', en: 'PDF document' },
  zip: { zh: 'ZIP 压缩包（或 docx/xlsx 文档）', en: 'ZIP archive (or docx/xlsx document)' },
  doc: { zh: 'Office 97-2003 文档（doc/xls）', en: 'Office 97-2003 document (doc/xls)' },
  unknown: { zh: '无法识别的文件', en: 'unrecognised file' },
};
