/**
 * The typed message API between the content script / extension pages and the
 * background, the only owner of the profile store. Types and one small
 * `send` helper: no zod here (the content script imports this file). The
 * background validates every incoming message's shape (lib/profile/requests.ts).
 */
import { browser } from 'wxt/browser';
import type { Meaning } from './meanings';
import type { Profile } from './profile/types';
import type { PlanFacts } from './rules/plans/resolve';
import type { Finding } from './rules/types';
import type { Step } from './steps';

// ------------------------------------------------------------------ patches

/** A path into a profile: keys and list indexes, e.g. ['education', 0, 'school']. */
export type PatchPath = readonly (string | number)[];

/**
 * One change to a stored profile. The background applies a save's ops in
 * order to the value it holds, inside one transaction, so two saves at the
 * same moment both land.
 */
export type PatchOp =
  /** Replace the value at the path (missing parent objects are created). */
  | { op: 'set'; path: PatchPath; value: unknown }
  /** Deep-merge an object into the object at the path (lists and scalars are replaced). */
  | { op: 'merge'; path: PatchPath; value: Record<string, unknown> }
  /** Remove a key of an object. */
  | { op: 'unset'; path: PatchPath }
  /** Append a row to the list at the path. */
  | { op: 'push'; path: PatchPath; value: unknown }
  /** Remove the list row the path ends at, e.g. ['history', 2]. */
  | { op: 'remove'; path: PatchPath };

// ------------------------------------------------------------------ data

/** What to do with an imported profile whose id is already stored. */
export type ImportChoice = 'replace' | 'keepBoth';

/** A problem with a field or a file: JSON path and Chinese message (English twin). */
export interface Problem {
  path: string;
  message: string;
  en?: string;
}

/** A field mapping learned from the user: on this step, this label means that. */
export interface LearnedMapping {
  step: Step;
  /** The field's normalised label text on the page. */
  label: string;
  /** What the field means; or, for fields outside the vocabulary, a profile path. */
  meaning?: Meaning;
  path?: string;
  /** ISO time of the last change; set by the background. */
  updatedAt?: string;
}

/** Store key of a learned mapping. */
export function mappingKey(step: Step, label: string): string {
  return `${step}|${label}`;
}

export interface ImportedProfile {
  id: string;
  label: string;
  /** The id in the file when keepBoth gave the import a new one. */
  fromId?: string;
  replaced: boolean;
}

export interface ImportConflict {
  id: string;
  /** The label in the file and the label of the stored profile with that id. */
  label: string;
  storedLabel: string;
}

// ------------------------------------------------------------------ requests

export type Request =
  | { type: 'ping' }
  | { type: 'profile.getActive' }
  | { type: 'profile.list' }
  | { type: 'profile.create'; label: string }
  | { type: 'profile.save'; id: string; ops: PatchOp[] }
  | { type: 'profile.setActive'; id: string }
  /**
   * The file's text; the background parses and validates it again. Without a
   * choice for an id that is already stored, nothing is written and the
   * answer lists the conflicts; ask the user and send again with choices.
   */
  | { type: 'profile.import'; text: string; onConflict?: ImportChoice | Record<string, ImportChoice> }
  | { type: 'profile.delete'; id: string }
  /** This tab's step findings, kept for the browser session (submit.unresolved). */
  /** From an extension page (no tab of its own), `tabId` names the tab whose session to read. */
  | { type: 'session.get'; tabId?: number }
  | { type: 'session.set'; step: Step; findings: Finding[] }
  /** The 申报类型 chosen on 填写申报信息, for later steps' rules. */
  | { type: 'session.setApplicationType'; applicationType: string }
  /** The plan a page of this tab named, and the parameters it stated. */
  | { type: 'session.setPlan'; plan: PlanFacts }
  | { type: 'mapping.get'; step: Step; label: string }
  | { type: 'mapping.set'; mapping: LearnedMapping }
  | { type: 'mapping.delete'; step: Step; label: string }
  | { type: 'mapping.list' }
  /** How many messages the background refused (senders or types it does not allow). */
  | { type: 'security.refusals' }
  /**
   * Firefox: run the step bundle in the sender's frame (tabs.executeScript,
   * allowed by the host permission) instead of an import() of a computed URL.
   */
  | { type: 'features.load' };

export type RequestType = Request['type'];

/** Who sent a message, as the background tells it from runtime.MessageSender. */
export type SenderKind =
  /** A page of the extension itself: the popup, the photo tool. */
  | 'extension'
  /** The content script, in a frame of the https platform. */
  | 'platform'
  /** Anything else: refused. */
  | 'unknown';

/**
 * The background's allow-list: the senders each request is answered for.
 * Extension pages may use every request; the content script only what the
 * on-page assistant needs (read the active profile, its tab's session
 * findings, the learned mappings it offers and learns); nothing else is
 * answered to anyone. A request missing here is refused to all.
 */
export const REQUEST_SENDERS: Readonly<Record<RequestType, readonly SenderKind[]>> = {
  ping: ['extension'],
  'profile.getActive': ['extension', 'platform'],
  'profile.list': ['extension'],
  'profile.create': ['extension'],
  'profile.save': ['extension'],
  'profile.setActive': ['extension'],
  'profile.import': ['extension'],
  'profile.delete': ['extension'],
  'session.get': ['extension', 'platform'],
  'session.set': ['platform'],
  'session.setApplicationType': ['platform'],
  'session.setPlan': ['platform'],
  'mapping.get': ['extension'],
  'mapping.set': ['extension', 'platform'],
  'mapping.delete': ['extension'],
  'mapping.list': ['extension', 'platform'],
  'security.refusals': ['extension'],
  'features.load': ['platform'],
};
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

// ------------------------------------------------------------------ responses

export interface ResponseMap {
  ping: { type: 'pong'; version: string };
  'profile.getActive': { type: 'profile.active'; profile: Profile | null };
  'profile.list': { type: 'profile.list'; profiles: Profile[]; activeId: string | null };
  'profile.create': { type: 'profile.created'; profile: Profile; activeId: string | null };
  /** The stored profile after the patch; savedAt is an ISO time. */
  'profile.save': { type: 'profile.saved'; profile: Profile; savedAt: string };
  'profile.setActive': { type: 'profile.activeSet'; activeId: string };
  'profile.import':
    | { type: 'profile.imported'; imported: ImportedProfile[]; activeId: string | null }
    | { type: 'profile.importConflicts'; conflicts: ImportConflict[] };
  'profile.delete': { type: 'profile.deleted'; id: string; activeId: string | null };
  'session.get': { type: 'session.findings'; steps: Partial<Record<Step, Finding[]>>; applicationType?: string; plan?: PlanFacts };
  'session.set': { type: 'session.saved' };
  'session.setApplicationType': { type: 'session.saved' };
  'session.setPlan': { type: 'session.saved' };
  'mapping.get': { type: 'mapping'; mapping: LearnedMapping | null };
  'mapping.set': { type: 'mapping.saved'; mapping: LearnedMapping };
  'mapping.delete': { type: 'mapping.deleted'; existed: boolean };
  'mapping.list': { type: 'mapping.list'; mappings: LearnedMapping[] };
  'security.refusals': { type: 'security.refusals'; count: number; last?: RefusalRecord };
  'features.load': { type: 'features.loaded' };
}

/** The last message the background refused: its type (when it had one), who sent it, when. */
export interface RefusalRecord {
  type: string;
  sender: SenderKind;
  /** The sender's origin, e.g. http://zcps.rlsbt.zj.gov.cn ('' when unknown). */
  origin: string;
  at: string;
}

export type ErrorCode =
  | 'badRequest' // the message's shape is wrong
  | 'notFound' // no profile with that id
  | 'invalid' // the patch or the file fails validation (see problems)
  | 'noTab' // session.* from a sender without a tab
  | 'forbidden' // this sender may not send this request (REQUEST_SENDERS)
  | 'unsupported' // this browser's background cannot do it
  | 'quota' // the browser's storage is full: nothing was written
  | 'internal' // the store failed
  | 'transport'; // the message did not reach the background

export interface ErrorResponse {
  type: 'error';
  code: ErrorCode;
  message: string;
  en: string;
  problems?: Problem[];
}

export type ResponseOf<T extends RequestType> = ResponseMap[T] | ErrorResponse;
export type Response = ResponseMap[RequestType] | ErrorResponse;

export function errorResponse(code: ErrorCode, message: string, en: string, problems?: Problem[]): ErrorResponse {
  return problems === undefined ? { type: 'error', code, message, en } : { type: 'error', code, message, en, problems };
}

// ------------------------------------------------------------------ sending

export type Transport = (message: Request) => Promise<unknown>;

/**
 * A `send` over the given transport. It never throws: a failed delivery or a
 * missing answer becomes an ErrorResponse with code 'transport'.
 */
export function createSender(transport: Transport) {
  return async function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
    try {
      const answer = await transport(request);
      if (typeof answer !== 'object' || answer === null || typeof (answer as { type?: unknown }).type !== 'string') {
        return errorResponse(
          'transport',
          '后台没有回应，请重新打开页面或扩展后再试',
          'The background did not answer; reopen the page or the extension and try again.',
        );
      }
      return answer as ResponseOf<T>;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return errorResponse('transport', `无法连接扩展后台：${detail}`, `Cannot reach the extension background: ${detail}`);
    }
  };
}

/** Sends a request to the background and returns its typed answer. */
export const send = createSender((message) => browser.runtime.sendMessage(message));
