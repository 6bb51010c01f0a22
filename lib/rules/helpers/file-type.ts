/** File names vs file content (magic bytes), for photo.format and attachment.file. */
import type { FileType } from '../types';

/** How each content type is named to the applicant. */
export const FILE_TYPE_NAMES: Record<FileType, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  avif: 'AVIF',
  heic: 'HEIC',
  gif: 'GIF',
  bmp: 'BMP',
  pdf: 'PDF',
  zip: 'ZIP',
  doc: 'Word',
  unknown: '无法识别',
};

export const FILE_TYPE_NAMES_EN: Record<FileType, string> = { ...FILE_TYPE_NAMES, unknown: 'unrecognised' };

/**
 * The content types a file name's extension promises. .docx/.xlsx are ZIP
 * containers, so 'zip' content matches them too.
 */
const BY_EXTENSION: Record<string, readonly FileType[]> = {
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  png: ['png'],
  webp: ['webp'],
  avif: ['avif'],
  heic: ['heic'],
  heif: ['heic'],
  gif: ['gif'],
  bmp: ['bmp'],
  pdf: ['pdf'],
  zip: ['zip'],
  doc: ['doc'],
  docx: ['doc', 'zip'],
  xls: ['doc'],
  xlsx: ['doc', 'zip'],
};

/** The lower-case extension of a file name, '' when there is none. */
export function extensionOf(name: string): string {
  const match = /\.([^./\\]+)$/u.exec(name.trim());
  return match ? (match[1] as string).toLowerCase() : '';
}

/** The content types the name promises; undefined for extensions we cannot judge. */
export function expectedTypes(name: string): readonly FileType[] | undefined {
  return BY_EXTENSION[extensionOf(name)];
}
