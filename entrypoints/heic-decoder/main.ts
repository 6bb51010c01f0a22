/**
 * heic-decoder.html: the extension page the upload gate puts, hidden, into
 * the platform page when a HEIC photo is chosen. It runs in the extension's
 * origin, where the extension's CSP allows WebAssembly, and converts HEIC
 * bytes to an upright JPEG with libheif (loaded on the first request).
 *
 * It says hello to its parent; the gate answers with one end of a
 * MessageChannel; requests and answers go over that port only, so the page's
 * own scripts see neither. A port is accepted only from a frame of the
 * platform's host.
 */
import { PLATFORM_HOST } from '@/lib/fill/frame';
import { heicErrorKind } from '@/lib/photo/heic';
import { HEIC_CONNECT, HEIC_HELLO, type HeicAnswer, type HeicReady, type HeicRequest } from '@/lib/photo/heic-frame-protocol';

function fromPlatform(origin: string): boolean {
  try {
    return new URL(origin).hostname === PLATFORM_HOST;
  } catch {
    return false;
  }
}

async function answer(request: HeicRequest): Promise<HeicAnswer> {
  try {
    const { convertHeic } = await import('@/lib/photo/heic-decode');
    return { id: request.id, ok: true, ...(await convertHeic(new Uint8Array(request.bytes))) };
  } catch (error) {
    return { id: request.id, ok: false, error: heicErrorKind(error) };
  }
}

window.addEventListener('message', (event) => {
  const port = event.ports[0];
  if ((event.data as { type?: unknown } | null)?.type !== HEIC_CONNECT || !port || !fromPlatform(event.origin)) return;
  port.onmessage = (message: MessageEvent<HeicRequest>) => {
    const request = message.data;
    if (typeof request?.id !== 'number' || !(request.bytes instanceof ArrayBuffer)) return;
    void answer(request).then((reply) => port.postMessage(reply));
  };
  const ready: HeicReady = { ready: true };
  port.postMessage(ready);
});

// Tell the gate this frame's origin (no data goes with it; the page may see it too).
if (window.parent !== window) window.parent.postMessage({ type: HEIC_HELLO }, '*');
