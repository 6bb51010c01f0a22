/**
 * An independent JPEG reader for the e2e tests: what a server that reads the
 * stored bytes sees (SOF size, components, progressive, EXIF orientation).
 * Written apart from lib/photo on purpose, so that a fixed photo is measured
 * by code that did not make it.
 */
import { expect } from '@playwright/test';

export interface JpegRead {
  /** Starts FF D8 FF. */
  magic: boolean;
  width?: number;
  height?: number;
  components?: number;
  progressive?: boolean;
  /** EXIF orientation of IFD0, when there is one. */
  orientation?: number;
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const PROGRESSIVE = new Set([0xc2, 0xc6, 0xca, 0xce]);

function exifOrientation(tiff: Buffer): number | undefined {
  if (tiff.length < 8) return undefined;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number): number => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number): number => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) break;
    if (u16(entry) === 0x0112) return u16(entry + 8);
  }
  return undefined;
}

export function readJpeg(bytes: Buffer): JpegRead {
  const read: JpegRead = { magic: bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff };
  if (!read.magic) return read;
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // image data: the headers are behind us
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    const body = at + 4;
    if (marker === 0xe1 && bytes.toString('latin1', body, body + 6) === 'Exif\0\0') {
      const orientation = exifOrientation(bytes.subarray(body + 6, at + 2 + length));
      if (orientation !== undefined) read.orientation = orientation;
    }
    if (SOF_MARKERS.has(marker)) {
      read.height = bytes.readUInt16BE(body + 1);
      read.width = bytes.readUInt16BE(body + 3);
      read.components = bytes[body + 5];
      read.progressive = PROGRESSIVE.has(marker);
    }
    at += 2 + length;
  }
  return read;
}

/** Every photo.* rule (docs/rules.md), measured on the bytes the server got. */
export function expectPassingJpeg(bytes: Buffer, what: string): void {
  const jpeg = readJpeg(bytes);
  expect(jpeg.magic, `${what}: JPEG magic`).toBe(true);
  expect(bytes.length, `${what}: bytes`).toBeGreaterThan(30_720);
  expect(bytes.length, `${what}: bytes`).toBeLessThan(1_000_000);
  expect(jpeg.width, `${what}: width`).toBeGreaterThan(215);
  expect(jpeg.height, `${what}: height`).toBeGreaterThan(300);
  const ratio = (jpeg.width ?? 0) / (jpeg.height ?? 1);
  expect(ratio, `${what}: ratio`).toBeGreaterThanOrEqual(0.65);
  expect(ratio, `${what}: ratio`).toBeLessThanOrEqual(0.8);
  expect(jpeg.orientation ?? 1, `${what}: EXIF orientation`).toBe(1);
  expect(jpeg.components, `${what}: components`).toBe(3);
  expect(jpeg.progressive, `${what}: baseline`).toBe(false);
}
