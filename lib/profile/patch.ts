/**
 * Applying PATCHES to a stored profile. Saves never send a whole profile read
 * earlier (that would lose a concurrent edit): they send small operations that
 * the store applies to the value it holds, inside one readwrite transaction.
 * Pure functions; the op types live in lib/messaging.ts so the content script
 * can send them without importing zod.
 */
import type { PatchOp, PatchPath } from '../messaging';
import type { Profile } from './types';
import { formatJsonPath, isForbiddenKey } from './path';
import { profileDraftSchema, schemaProblems, type FieldProblem } from './schema';

export class PatchError extends Error {
  constructor(
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'PatchError';
  }
}

type Container = Record<string, unknown> | unknown[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkPath(path: PatchPath, op: string): void {
  if (!Array.isArray(path) || path.length === 0) throw new PatchError(`${op}：路径不能为空`);
  for (const part of path) {
    const ok =
      (typeof part === 'string' && part !== '' && !isForbiddenKey(part)) ||
      (typeof part === 'number' && Number.isInteger(part) && part >= 0);
    if (!ok) throw new PatchError(`${op}：路径 ${formatJsonPath(path)} 含不允许的部分 ${JSON.stringify(part)}`);
  }
  if (path[0] === 'id') throw new PatchError(`${op}：档案编号 id 不能修改`);
}

/** Deep copy that also refuses forbidden keys anywhere in incoming values. */
function cleanValue(value: unknown, where: string): unknown {
  if (Array.isArray(value)) return value.map((item, i) => cleanValue(item, `${where}[${i}]`));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (isForbiddenKey(key)) throw new PatchError(`值中含不允许的键 ${key}（位置 ${where}）`);
      if (item !== undefined) out[key] = cleanValue(item, `${where}.${key}`);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new PatchError(`${where} 的数值无效：${String(value)}`);
  return value;
}

/** Walks to the parent of the path's last part, creating objects for missing string keys. */
function parentOf(root: Record<string, unknown>, path: PatchPath, create: boolean): Container | undefined {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const part = path[i] as string | number;
    const next = path[i + 1];
    if (typeof part === 'number') {
      if (!Array.isArray(node) || part >= node.length) return undefined;
      node = node[part];
      continue;
    }
    if (!isPlainObject(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, part) || node[part] === undefined) {
      if (!create || typeof next === 'number') return undefined;
      node[part] = {};
    }
    node = node[part];
  }
  return Array.isArray(node) || isPlainObject(node) ? node : undefined;
}

function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isPlainObject(value) && isPlainObject(current)) deepMerge(current, value);
    else target[key] = value;
  }
}

function applyOne(root: Record<string, unknown>, op: PatchOp): void {
  checkPath(op.path, op.op);
  const where = formatJsonPath(op.path);
  const last = op.path[op.path.length - 1] as string | number;
  const createParents = op.op === 'set' || op.op === 'merge';
  const parent = parentOf(root, op.path, createParents);
  if (parent === undefined) throw new PatchError(`${op.op}：路径 ${where} 不存在`);

  if (Array.isArray(parent) !== (typeof last === 'number')) {
    throw new PatchError(`${op.op}：${where} 的${typeof last === 'number' ? '上级不是列表' : '上级是列表，应使用序号'}`);
  }
  const record = parent as Record<string | number, unknown>;
  const inRange = !Array.isArray(parent) || (last as number) < parent.length;

  switch (op.op) {
    case 'set':
      if (!inRange) throw new PatchError(`set：${where} 超出列表长度 ${parent.length}，新增一行请用 push`);
      if (op.value === undefined) throw new PatchError(`set：${where} 缺少值，删除请用 unset`);
      record[last] = cleanValue(op.value, where);
      return;
    case 'merge': {
      const value = cleanValue(op.value, where);
      if (!isPlainObject(value)) throw new PatchError(`merge：${where} 的值应为对象`);
      if (!inRange) throw new PatchError(`merge：${where} 超出列表长度`);
      const current = record[last];
      if (isPlainObject(current)) deepMerge(current, value);
      else record[last] = value;
      return;
    }
    case 'unset':
      if (Array.isArray(parent)) throw new PatchError(`unset：${where} 是列表中的一行，删除行请用 remove`);
      delete record[last];
      return;
    case 'push': {
      const list = record[last];
      if (!Array.isArray(list)) throw new PatchError(`push：${where} 不是列表`);
      list.push(cleanValue(op.value, `${where}[${list.length}]`));
      return;
    }
    case 'remove':
      if (!Array.isArray(parent)) throw new PatchError(`remove：${where} 不是列表中的一行`);
      if (!inRange) throw new PatchError(`remove：${where} 超出列表长度 ${parent.length}`);
      parent.splice(last as number, 1);
      return;
    default: {
      const unknownOp: never = op;
      throw new PatchError(`未知的操作 ${JSON.stringify((unknownOp as { op?: unknown }).op)}`);
    }
  }
}

/**
 * The profile after the ops, applied in order to a copy; the input is not
 * changed. Throws PatchError when an op cannot apply or the result no longer
 * has the profile's structure (draft schema: types, not formats).
 */
export function applyPatch(profile: Profile, ops: readonly PatchOp[]): Profile {
  const next = structuredClone(profile) as Record<string, unknown>;
  for (const op of ops) applyOne(next, op);
  return checkDraft(next, profile.id);
}

/** Validates a value computed by a function patch the same way. */
export function checkDraft(value: unknown, id: string): Profile {
  const problems = schemaProblems(value, profileDraftSchema);
  if (problems.length > 0) {
    const first = problems[0] as FieldProblem;
    throw new PatchError(`保存后的档案结构不正确：${formatJsonPath(first.path)}：${first.message}`, problems);
  }
  const profile = value as Profile;
  if (profile.id !== id) throw new PatchError(`档案编号 id 不能修改（${id} → ${profile.id}）`);
  return profile;
}
