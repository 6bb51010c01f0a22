/**
 * HEIC conversion for the upload gate, done in the extension's own origin:
 * the first HEIC puts the decoder page (heic-decoder.html, web-accessible to
 * the platform only) into this page as a hidden 1-pixel frame, connects to it
 * over a MessageChannel, and sends it the bytes. The content script itself
 * never runs WebAssembly (the page's CSP would decide) and stays small.
 * The frame goes when the step ends.
 */
import { markOwn } from '../assistant/own';
import { PAGE_STYLES, setStyle } from '../assistant/style';
import { HEIC_ERRORS, heicError, type ConvertedHeic, type HeicConverter } from '../photo/heic';
import { HEIC_CONNECT, HEIC_HELLO, isExtensionOrigin, type HeicAnswer, type HeicRequest } from '../photo/heic-frame-protocol';

/** The frame must answer within this (page load + module start; the decoder loads later). */
export const FRAME_READY_TIMEOUT_MS = 15_000;
/** One conversion, the decoder's first load included. */
export const CONVERT_TIMEOUT_MS = 45_000;
/** How often the frame is looked for: a page that removes it must not leave the applicant waiting. */
const FRAME_WATCH_MS = 500;

interface Pending {
  resolve(converted: ConvertedHeic): void;
  reject(error: unknown): void;
  timer: ReturnType<typeof setTimeout>;
}

export function heicFrameConverter(doc: Document, frameUrl: string, signal: AbortSignal): HeicConverter {
  let connecting: Promise<MessagePort> | undefined;
  let frame: HTMLIFrameElement | undefined;
  let seq = 0;
  const pending = new Map<number, Pending>();

  let rejectConnecting: ((error: unknown) => void) | undefined;
  let readyTimer: ReturnType<typeof setTimeout> | undefined;
  let watch: ReturnType<typeof setInterval> | undefined;

  /** Everything waiting fails, the frame goes; the next HEIC starts afresh. */
  const reset = (error: unknown): void => {
    rejectConnecting?.(error);
    rejectConnecting = undefined;
    for (const [id, waiting] of pending) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
      pending.delete(id);
    }
    clearTimeout(readyTimer);
    clearInterval(watch);
    watch = undefined;
    frame?.remove();
    frame = undefined;
    connecting = undefined;
  };

  const onAnswer = (event: MessageEvent<HeicAnswer>): void => {
    const answer = event.data;
    const waiting = pending.get(answer?.id);
    if (!waiting) return;
    pending.delete(answer.id);
    clearTimeout(waiting.timer);
    if (answer.ok) {
      const { jpeg, width, height, timings } = answer;
      waiting.resolve({
        jpeg,
        width: Number(width),
        height: Number(height),
        timings: { loadMs: Number(timings?.loadMs), decodeMs: Number(timings?.decodeMs), encodeMs: Number(timings?.encodeMs) },
      });
    } else {
      waiting.reject(heicError(answer.error));
    }
  };

  const connect = (): Promise<MessagePort> => {
    connecting ??= new Promise<MessagePort>((resolve, reject) => {
      rejectConnecting = reject;
      readyTimer = setTimeout(() => reset(HEIC_ERRORS.unavailable), FRAME_READY_TIMEOUT_MS);
      const el = markOwn(doc.createElement('iframe'));
      frame = el;
      el.className = 'zcps-heic-decoder';
      el.title = '职称申报助手 HEIC 解码';
      el.tabIndex = -1;
      el.setAttribute('aria-hidden', 'true');
      setStyle(el, PAGE_STYLES.hiddenFrame);
      const view = doc.defaultView;
      const onHello = (event: MessageEvent): void => {
        // Only our frame, showing an extension page: a frame the page navigated elsewhere gets no port.
        if (event.source !== el.contentWindow || !isExtensionOrigin(event.origin)) return;
        if ((event.data as { type?: unknown } | null)?.type !== HEIC_HELLO) return;
        view?.removeEventListener('message', onHello);
        const channel = new MessageChannel();
        channel.port1.onmessage = (answer: MessageEvent) => {
          if ((answer.data as { ready?: unknown } | null)?.ready !== true) return;
          clearTimeout(readyTimer);
          rejectConnecting = undefined;
          channel.port1.onmessage = onAnswer;
          resolve(channel.port1);
        };
        el.contentWindow?.postMessage({ type: HEIC_CONNECT }, event.origin, [channel.port2]);
      };
      view?.addEventListener('message', onHello, { signal });
      el.src = frameUrl;
      (doc.body ?? doc.documentElement).append(el);
      watch = setInterval(() => {
        if (!el.isConnected) reset(HEIC_ERRORS.unavailable);
      }, FRAME_WATCH_MS);
    });
    return connecting;
  };

  signal.addEventListener('abort', () => reset(HEIC_ERRORS.unavailable));

  return async (bytes) => {
    if (signal.aborted) throw HEIC_ERRORS.unavailable;
    const port = await connect();
    const id = ++seq;
    // A copy (the original stays with the caller), made without bytes.slice(): in Firefox the bytes
    // of a file from the page sit in the page's scope, whose constructor a content script may not read.
    const copy = new ArrayBuffer(bytes.length);
    new Uint8Array(copy).set(bytes);
    return new Promise<ConvertedHeic>((resolve, reject) => {
      // A decoder that stops answering is dropped: the next HEIC gets a fresh frame.
      const timer = setTimeout(() => reset(HEIC_ERRORS.timeout), CONVERT_TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer });
      const request: HeicRequest = { id, bytes: copy };
      port.postMessage(request, [copy]);
    });
  };
}
