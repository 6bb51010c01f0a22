/**
 * PhotoFacts, the input of the photo.* rules, in two passes:
 * - photoFactsFromBytes: from the bytes alone, no decode (well under 5 ms for
 *   a 12 MP JPEG): type, stored size, components, orientation, GPS, truncation;
 * - measurePixels: decodes a ~96 px wide copy as displayed for the background
 *   and colour statistics. Never rejects, never hangs (a timeout gives "unknown").
 */
import type { PhotoFacts } from '../rules/types';
import { MAX_PIXELS, headerSize } from './header';
import { readHeifLayout } from './heif';
import { parseJpeg } from './jpeg';
import { sniffType } from './sniff';
import { backgroundStats, isGrayscale } from './stats';

export type { PhotoFacts } from '../rules/types';

/** Width of the copy the pixel statistics are measured on. */
export const MEASURE_WIDTH = 96;
/** After this long the measurement gives up and reports nothing (not "undecodable"). */
export const MEASURE_TIMEOUT_MS = 10_000;

/** Facts from the bytes alone (no decode). Sizes are the STORED ones, as the server reads them. */
export function photoFactsFromBytes(name: string, bytes: Uint8Array): PhotoFacts {
  const type = sniffType(bytes);
  const facts: PhotoFacts = { name, bytes: bytes.length, type };
  if (type === 'jpeg') {
    const jpeg = parseJpeg(bytes);
    if (jpeg.width !== undefined) facts.width = jpeg.width;
    if (jpeg.height !== undefined) facts.height = jpeg.height;
    if (jpeg.components !== undefined) facts.components = jpeg.components;
    if (jpeg.progressive !== undefined) facts.progressive = jpeg.progressive;
    if (jpeg.orientation !== undefined) facts.orientation = jpeg.orientation;
    facts.gps = jpeg.gps;
    facts.truncated = jpeg.truncated;
  } else {
    const size = headerSize(bytes);
    if (size !== undefined) {
      facts.width = size.width;
      facts.height = size.height;
    }
    const layout = type === 'heic' || type === 'avif' ? readHeifLayout(bytes) : undefined;
    if (layout && (layout.rotation !== 0 || layout.mirrored)) {
      facts.heifTransform = { rotation: layout.rotation, mirrored: layout.mirrored, stored: layout.coded };
    }
  }
  return facts;
}

export type PixelFacts = Pick<PhotoFacts, 'decodable' | 'grayscale' | 'background'>;

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** A 2D context of the given size: OffscreenCanvas where it exists, else a detached <canvas>. */
export function make2dContext(width: number, height: number): Canvas2D | undefined {
  if (typeof OffscreenCanvas === 'function') {
    return new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true }) ?? undefined;
  }
  if (typeof document === 'object') {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return canvas.getContext('2d', { willReadFrequently: true }) ?? undefined;
  }
  return undefined;
}

/** Resolves to the promise's value, or to `fallback` after `ms` (the late value is handed to `late`). */
export function withTimeout<T, F>(promise: Promise<T>, ms: number, fallback: F, late?: (value: T) => void): Promise<T | F> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      resolve(fallback);
    }, ms);
    promise.then(
      (value) => {
        if (settled) late?.(value);
        else {
          settled = true;
          clearTimeout(timer);
          resolve(value);
        }
      },
      (error: unknown) => {
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      },
    );
  });
}

const TIMED_OUT = Symbol('timed out');

/**
 * Decodes a small copy of the picture as the browser displays it (EXIF
 * orientation applied) and measures it. `decodable: false` when the browser
 * cannot decode it; {} when measuring was impossible (no canvas, timeout).
 */
export async function measurePixels(blob: Blob, timeoutMs: number = MEASURE_TIMEOUT_MS): Promise<PixelFacts> {
  if (typeof createImageBitmap !== 'function') return {};
  // The pixel guard holds even where the caller did not look: no decode of a
  // picture whose size the header does not tell, or that is too big to decode
  // safely (a crafted header could claim anything, a real 100 MP scan exists).
  if (!(await decodeIsSafe(blob))) return {};
  let bitmap: ImageBitmap | typeof TIMED_OUT;
  try {
    // Only the width is given: the browser keeps the aspect ratio of the oriented picture.
    const decoding = createImageBitmap(blob, { imageOrientation: 'from-image', resizeWidth: MEASURE_WIDTH, resizeQuality: 'medium' });
    bitmap = await withTimeout(decoding, timeoutMs, TIMED_OUT, (late) => late.close());
  } catch {
    return { decodable: false };
  }
  if (bitmap === TIMED_OUT) return {};
  try {
    const { width, height } = bitmap;
    if (width === 0 || height === 0) return { decodable: false };
    const context = make2dContext(width, height);
    if (context === undefined) return { decodable: true };
    context.fillStyle = '#ffffff'; // transparent areas count as white, as the fix makes them
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, width, height);
    return { decodable: true, grayscale: isGrayscale(data), background: backgroundStats(data, width, height) };
  } catch {
    return { decodable: true };
  } finally {
    bitmap.close();
  }
}

/** Bytes read to find the header size (a JPEG's SOF may follow large EXIF and ICC segments). */
export const GUARD_HEAD_BYTES = 1024 * 1024;

/** The header states a size, and it is at most MAX_PIXELS. */
export async function decodeIsSafe(blob: Blob): Promise<boolean> {
  try {
    const head = new Uint8Array(await blob.slice(0, GUARD_HEAD_BYTES).arrayBuffer());
    const size = headerSize(head);
    return size !== undefined && size.width > 0 && size.height > 0 && size.width * size.height <= MAX_PIXELS;
  } catch {
    return false;
  }
}
