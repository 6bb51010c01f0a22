/**
 * The background's answer to every message of lib/messaging.ts. Kept apart
 * from entrypoints/background.ts so it runs in unit tests with a
 * fake-indexeddb store. It never throws: every failure is an ErrorResponse.
 * A request is answered only to the senders REQUEST_SENDERS allows; any
 * other message is refused and counted (security.refusals).
 */
import { REQUEST_SENDERS, errorResponse, type Problem, type Request, type RequestType, type Response, type SenderKind } from '../messaging';
import { parseImport } from './exchange';
import { PatchError } from './patch';
import type { RefusalLog } from './refusals';
import { parseRequest } from './requests';
import { formatJsonPath } from './path';
import type { SessionFindings } from './session';
import { StoreError, isQuotaError, type ProfileStore } from './store';

export interface HandlerDeps {
  /** Opened lazily and once; the background owns it. */
  store: () => Promise<ProfileStore>;
  session: SessionFindings;
  refusals: RefusalLog;
  /** Runs the step bundle in a frame of a tab (Firefox only; absent elsewhere). */
  loadStepFeatures?: (tabId: number, frameId: number) => Promise<void>;
  version: string;
  now?: () => Date;
}

/** Who sent the message (from runtime.MessageSender, see senders.ts). */
export interface SenderInfo {
  kind: SenderKind;
  tabId?: number;
  frameId?: number;
  /** For the refusal record. */
  origin?: string;
}

export type Handler = (message: unknown, sender: SenderInfo) => Promise<Response>;

export function createHandler(deps: HandlerDeps): Handler {
  const now = deps.now ?? (() => new Date());
  return async (message, sender) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    const known = typeof type === 'string' && Object.hasOwn(REQUEST_SENDERS, type);
    const allowed = known && REQUEST_SENDERS[type as RequestType].includes(sender.kind);
    // The extension's own pages get "unknown type" for a type that does not exist (a bug of ours, not an attack).
    if (!allowed && !(sender.kind === 'extension' && !known)) {
      await deps.refusals
        .record({
          type: typeof type === 'string' ? type.slice(0, 50) : '',
          sender: sender.kind,
          origin: (sender.origin ?? '').slice(0, 200),
          at: now().toISOString(),
        })
        .catch(() => undefined);
      return errorResponse(
        'forbidden',
        '扩展后台拒绝了这个请求：发送方无权使用它',
        'The extension background refused this request: the sender may not use it',
      );
    }
    const parsed = parseRequest(message);
    if (!parsed.ok) return parsed.error;
    try {
      return await answer(parsed.request, sender, deps, now);
    } catch (error) {
      return failure(error);
    }
  };
}

async function answer(request: Request, sender: SenderInfo, deps: HandlerDeps, now: () => Date): Promise<Response> {
  switch (request.type) {
    case 'ping':
      return { type: 'pong', version: deps.version };
    case 'profile.getActive':
      return { type: 'profile.active', profile: await (await deps.store()).getActive() };
    case 'profile.list': {
      const store = await deps.store();
      return { type: 'profile.list', profiles: await store.list(), activeId: await store.getActiveId() };
    }
    case 'profile.create': {
      const created = await (await deps.store()).create(request.label);
      return { type: 'profile.created', ...created };
    }
    case 'profile.save': {
      const profile = await (await deps.store()).update(request.id, request.ops);
      return { type: 'profile.saved', profile, savedAt: now().toISOString() };
    }
    case 'profile.setActive':
      await (await deps.store()).setActive(request.id);
      return { type: 'profile.activeSet', activeId: request.id };
    case 'profile.import': {
      const parsed = parseImport(request.text);
      if (!parsed.ok) {
        const first = parsed.errors[0];
        return errorResponse(
          'invalid',
          `档案文件未导入：${first?.message ?? ''}`,
          `The profile file was not imported: ${first?.en ?? ''}`,
          parsed.errors,
        );
      }
      const outcome = await (await deps.store()).importProfiles(parsed.file.profiles, request.onConflict);
      if (!outcome.ok) return { type: 'profile.importConflicts', conflicts: outcome.conflicts };
      return { type: 'profile.imported', imported: outcome.imported, activeId: outcome.activeId };
    }
    case 'profile.delete': {
      const { activeId } = await (await deps.store()).delete(request.id);
      return { type: 'profile.deleted', id: request.id, activeId };
    }
    case 'session.get': {
      // A content script reads its own tab only; an extension page names the tab it shows.
      const tabId = sender.kind === 'extension' ? (request.tabId ?? sender.tabId) : sender.tabId;
      if (tabId === undefined) return noTab();
      const { steps, applicationType, plan } = await deps.session.get(tabId);
      return {
        type: 'session.findings',
        steps,
        ...(applicationType === undefined ? {} : { applicationType }),
        ...(plan === undefined ? {} : { plan }),
      };
    }
    case 'session.set': {
      if (sender.tabId === undefined) return noTab();
      await deps.session.set(sender.tabId, request.step, request.findings);
      return { type: 'session.saved' };
    }
    case 'session.setApplicationType': {
      if (sender.tabId === undefined) return noTab();
      await deps.session.setApplicationType(sender.tabId, request.applicationType);
      return { type: 'session.saved' };
    }
    case 'session.setPlan': {
      if (sender.tabId === undefined) return noTab();
      await deps.session.setPlan(sender.tabId, request.plan);
      return { type: 'session.saved' };
    }
    case 'mapping.get':
      return { type: 'mapping', mapping: (await (await deps.store()).getMapping(request.step, request.label)) ?? null };
    case 'mapping.set':
      return { type: 'mapping.saved', mapping: await (await deps.store()).setMapping(request.mapping, now()) };
    case 'mapping.delete':
      return { type: 'mapping.deleted', existed: await (await deps.store()).deleteMapping(request.step, request.label) };
    case 'mapping.list':
      return { type: 'mapping.list', mappings: await (await deps.store()).listMappings() };
    case 'features.load': {
      if (!deps.loadStepFeatures)
        return errorResponse('unsupported', '此浏览器的扩展后台不加载页面功能', 'This browser loads the step features itself');
      if (sender.tabId === undefined) return noTab();
      await deps.loadStepFeatures(sender.tabId, sender.frameId ?? 0);
      return { type: 'features.loaded' };
    }
    case 'security.refusals': {
      const refusals = await deps.refusals.get();
      return refusals.last
        ? { type: 'security.refusals', count: refusals.count, last: refusals.last }
        : { type: 'security.refusals', count: refusals.count };
    }
    default: {
      const unknownRequest: never = request;
      return errorResponse(
        'badRequest',
        `未知的消息类型 ${JSON.stringify((unknownRequest as { type?: unknown }).type)}`,
        'Unknown message type',
      );
    }
  }
}

function noTab(): Response {
  return errorResponse(
    'noTab',
    '只有页面中的助手可以读写本标签页的检查结果',
    "Only the on-page assistant can read or write this tab's findings",
  );
}

function failure(error: unknown): Response {
  if (error instanceof StoreError) {
    return errorResponse('notFound', error.message, `Not found: ${error.message}`);
  }
  if (error instanceof PatchError) {
    const problems: Problem[] = error.problems.map((p) => ({
      path: formatJsonPath(p.path),
      message: `${formatJsonPath(p.path)}：${p.message}`,
      en: `${formatJsonPath(p.path)}: ${p.en}`,
    }));
    return errorResponse('invalid', `未保存：${error.message}`, `Not saved: ${error.message}`, problems);
  }
  if (isQuotaError(error)) {
    return errorResponse(
      'quota',
      '本机存储空间不足，这次修改没有保存（已保存的档案未受影响）。请释放磁盘空间；弹窗会保留已输入的内容并自动重试。',
      'Out of storage space: this change was not saved (the stored profile is unchanged). Free some disk space; the popup keeps what you typed and retries.',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return errorResponse('internal', `扩展内部错误：${detail}`, `Internal error: ${detail}`);
}
