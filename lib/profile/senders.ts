/**
 * Who sent a runtime message, for the background's allow-list
 * (REQUEST_SENDERS in lib/messaging.ts). Only two kinds are answered: pages
 * of the extension itself (their URL is under the extension's own origin)
 * and the content script in a frame of the https platform (a tab, and the
 * platform's origin). A message from anything else (another origin, an
 * http page of the platform host, another extension) is 'unknown'.
 */
import type { SenderKind } from '../messaging';

/** The parts of runtime.MessageSender the decision reads. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface OwnOrigins {
  extensionId: string;
  /** e.g. chrome-extension://abcdef… (no trailing slash) */
  extensionOrigin: string;
  /** https://zcps.rlsbt.zj.gov.cn */
  platformOrigin: string;
}

/**
 * The sender's origin: sender.origin (Chromium; 'null' for a sandboxed
 * frame, which is then nobody we answer), else its URL's; a src-less frame
 * inherits its tab's.
 */
export function senderOrigin(sender: MessageSenderLike): string {
  if (typeof sender.origin === 'string' && sender.origin !== '') return sender.origin;
  const url = sender.url ?? '';
  if (/^about:(blank|srcdoc)/u.test(url)) return originOf(sender.tab?.url ?? '');
  return originOf(url);
}

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    // new URL('moz-extension://x/y').origin is 'null' in some engines: build it from the parts.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '';
  }
}

export function classifySender(sender: MessageSenderLike, own: OwnOrigins): SenderKind {
  if (sender.id !== own.extensionId) return 'unknown';
  const origin = senderOrigin(sender);
  if (origin === own.extensionOrigin) return 'extension';
  if (origin === own.platformOrigin && typeof sender.tab?.id === 'number') return 'platform';
  return 'unknown';
}
