/**
 * HEIC conversion as the rest of the photo code sees it: bytes in, an upright
 * JPEG out that the browser can draw. Who converts (the photo tool page
 * itself, or the decoder frame the upload gate opens) is the caller's choice;
 * the libheif decoder lives in ./heic-decode.ts, in extension pages only.
 */

/** A HEIC photo turned into a picture the browser can decode. */
export interface ConvertedHeic {
  /**
   * The picture upright (its rotation and mirror applied), no metadata, high
   * quality, at most STAND_IN_MAX_SIDE pixels on its long side: enough for a
   * fixed photo of at most 413×579 and a preview, and quick to hand on and
   * decode again. A Blob: the browser decodes and shows it as it is, and it
   * goes from the decoder frame to the content script without passing
   * through script.
   */
  jpeg: Blob;
  /** The full picture's size, upright (the JPEG has the same proportions). */
  width: number;
  height: number;
  /** What the conversion took, in ms (loadMs is 0 once the decoder is loaded). */
  timings: { loadMs: number; decodeMs: number; encodeMs: number };
}

export type HeicConverter = (bytes: Uint8Array) => Promise<ConvertedHeic>;

/** The converted JPEG's longest side at most (a 12 MP photo becomes 1536×2048). */
export const STAND_IN_MAX_SIDE = 2048;

/** Why a HEIC could not be converted, in both languages. */
export class HeicError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'HeicError';
  }
}

export const HEIC_ERRORS = {
  load: new HeicError('无法加载 HEIC 解码器', 'The HEIC decoder could not be loaded'),
  unreadable: new HeicError(
    '照片中没有可读取的图像（文件可能已损坏或不是照片）',
    'The file holds no readable picture (it may be damaged, or not a photo)',
  ),
  decode: new HeicError('解码失败（文件可能已损坏）', 'Decoding failed (the file may be damaged)'),
  encode: new HeicError('无法生成 JPG', 'No JPG could be made'),
  tooBig: new HeicError('照片像素过多，无法在浏览器中安全处理', 'The picture has too many pixels to process safely in the browser'),
  timeout: new HeicError('转换超时', 'The conversion timed out'),
  unavailable: new HeicError('此页面无法启动 HEIC 解码器', 'The HEIC decoder cannot be started on this page'),
} as const;

export type HeicErrorKind = keyof typeof HEIC_ERRORS;

/** The error for a kind, as it travels between frames (a name, not an object). */
export function heicError(kind: string): HeicError {
  return (HEIC_ERRORS as Record<string, HeicError>)[kind] ?? HEIC_ERRORS.decode;
}

export function heicErrorKind(error: unknown): HeicErrorKind {
  for (const [kind, known] of Object.entries(HEIC_ERRORS)) if (known === error) return kind as HeicErrorKind;
  return 'decode';
}
