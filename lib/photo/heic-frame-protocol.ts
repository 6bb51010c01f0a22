/**
 * The messages between the upload gate (in the platform page) and the
 * decoder frame (heic-decoder.html, in the extension's origin). The frame
 * says HEIC_HELLO to its parent (no data: its origin is what the gate needs,
 * since a web-accessible page may open under an origin other than the URL it
 * was asked for); the gate answers, to exactly that origin, with HEIC_CONNECT
 * and one end of a MessageChannel; everything else goes over that port.
 * The request's bytes are transferred, not copied; the answer's JPEG is a
 * Blob (see ConvertedHeic).
 */
import type { ConvertedHeic } from './heic';

export const HEIC_HELLO = 'zcps-heic-hello';
export const HEIC_CONNECT = 'zcps-heic-connect';

/** Origins an extension page can have (Chromium browsers, Firefox). */
export function isExtensionOrigin(origin: string): boolean {
  return /^(?:chrome|moz|ms-browser)-extension:\/\/[^/]+$/.test(origin);
}

/** The frame's first message on the port: it accepted the connection. */
export interface HeicReady {
  ready: true;
}

export interface HeicRequest {
  id: number;
  bytes: ArrayBuffer;
}

export type HeicAnswer = ({ id: number; ok: true } & ConvertedHeic) | { id: number; ok: false; error: string };
