/**
 * HEIC → upright JPEG with libheif compiled to WebAssembly (npm libheif-js,
 * LGPL-3.0, shipped unmodified as its own files). Extension pages only: the
 * photo tool imports this module when a HEIC is chosen, and so does the
 * decoder frame the upload gate opens. Never in the content script: a page's
 * CSP governs WebAssembly there, and every platform frame would carry it.
 *
 * libheif applies the picture's rotation and mirror (irot/imir) itself.
 */
import createLibheif, { type Libheif } from 'libheif-js/libheif-wasm/libheif.js';
import wasmUrl from 'libheif-js/libheif-wasm/libheif.wasm?url';
import { logQuietly } from '../log';
import { MAX_PIXELS } from './header';
import { HEIC_ERRORS, HeicError, STAND_IN_MAX_SIDE, type ConvertedHeic } from './heic';

/** The JPEG handed on is an intermediate: high quality, the fix re-encodes it small. */
export const STAND_IN_QUALITY = 0.95;

let loading: Promise<{ lib: Libheif; ms: number }> | undefined;

/** Loads libheif once per page (fetching and compiling the .wasm); later calls share it. */
export function loadDecoder(): Promise<{ lib: Libheif; ms: number }> {
  loading ??= (async () => {
    const started = performance.now();
    try {
      const response = await fetch(wasmUrl);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const lib = await createLibheif({ wasmBinary: await response.arrayBuffer() });
      return { lib, ms: performance.now() - started };
    } catch (error) {
      logQuietly('libheif', error);
      throw HEIC_ERRORS.load;
    }
  })();
  loading.catch(() => {
    loading = undefined; // a later HEIC tries again
  });
  return loading;
}

interface Decoded {
  pixels: ImageData;
  alpha: boolean;
}

function decodePrimary(lib: Libheif, bytes: Uint8Array): Promise<Decoded> {
  const decoder = new lib.HeifDecoder();
  const images = decoder.decode(bytes);
  const release = (): void => {
    for (const image of images) image.free();
    if (decoder.decoder) lib.heif_context_free(decoder.decoder);
    decoder.decoder = null;
  };
  const image = images.find((candidate) => candidate.is_primary()) ?? images[0];
  if (!image) {
    release();
    return Promise.reject(HEIC_ERRORS.unreadable);
  }
  const width = image.get_width();
  const height = image.get_height();
  if (width <= 0 || height <= 0) {
    release();
    return Promise.reject(HEIC_ERRORS.unreadable);
  }
  if (width * height > MAX_PIXELS) {
    release();
    return Promise.reject(HEIC_ERRORS.tooBig);
  }
  const alpha = image.has_alpha_channel();
  const pixels = new ImageData(width, height);
  return new Promise<Decoded>((resolve, reject) => {
    image.display(pixels, (result) => {
      release();
      if (result) resolve({ pixels, alpha });
      else reject(HEIC_ERRORS.decode);
    });
  });
}

/** The stand-in's size: the picture scaled down (never up) to STAND_IN_MAX_SIDE on its long side. */
function standInSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, STAND_IN_MAX_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function encodeJpeg({ pixels, alpha }: Decoded, quality: number): Promise<Blob> {
  const size = standInSize(pixels.width, pixels.height);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) throw HEIC_ERRORS.encode;
  if (alpha || size.width !== pixels.width) {
    const bitmap = await createImageBitmap(
      pixels,
      size.width === pixels.width ? {} : { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' },
    );
    // JPEG has no alpha: transparent parts go on white, as the photo fix does.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
  } else {
    context.putImageData(pixels, 0, 0);
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  // Some browsers fall back to PNG for a type they cannot write.
  const magic = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  if (magic[0] !== 0xff || magic[1] !== 0xd8) throw HEIC_ERRORS.encode;
  return blob;
}

/** The HEIC's primary picture as an upright JPEG; rejects only with a HeicError. */
export async function convertHeic(bytes: Uint8Array, quality: number = STAND_IN_QUALITY): Promise<ConvertedHeic> {
  const firstLoad = loading === undefined;
  const { lib, ms } = await loadDecoder();
  try {
    const decodeStarted = performance.now();
    const decoded = await decodePrimary(lib, bytes);
    const encodeStarted = performance.now();
    const jpeg = await encodeJpeg(decoded, quality);
    return {
      jpeg,
      width: decoded.pixels.width,
      height: decoded.pixels.height,
      timings: { loadMs: firstLoad ? ms : 0, decodeMs: encodeStarted - decodeStarted, encodeMs: performance.now() - encodeStarted },
    };
  } catch (error) {
    if (error instanceof HeicError) throw error;
    logQuietly('HEIC', error);
    throw HEIC_ERRORS.decode;
  }
}
