/**
 * 导出档案 / 导入档案: the exchange file of docs/profile-format.md.
 * parseImport refuses a file as a whole (nothing is written unless all of it
 * is valid) and says, in Chinese with an English twin, where and what is
 * wrong. It returns the parsed JSON itself, so unknown keys survive a round
 * trip untouched.
 */
import type { Problem } from '../messaging';
import type { Profile, ProfileFile } from './types';
import { formatJsonPath, isForbiddenKey, type PathPart } from './path';
import { PROFILE_FILE_VERSION, PROFILE_FORMAT, describeValue, profileFileSchema, schemaProblems } from './schema';
import { labelForPath } from './field-names';
import { ruleProblems } from './validate';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Upgrades a file of version n (the key) to version n + 1. None yet: version 1 is the first. */
export type FileMigration = (file: Record<string, unknown>) => Record<string, unknown>;
export const FILE_MIGRATIONS: Readonly<Record<number, FileMigration>> = {};

export type ImportResult = { ok: true; file: ProfileFile } | { ok: false; errors: Problem[] };

export interface ImportOptions {
  /** Refuse files larger than this many bytes (UTF-8). Default 5 MB. */
  maxBytes?: number;
  /** YYYY-MM-DD for the profile date rules (no date in the future); default today. */
  today?: string;
  /** For tests: the version migration table. */
  migrations?: Readonly<Record<number, FileMigration>>;
}

/** Pretty JSON of the exchange file, ending with a newline. */
export function exportProfiles(profiles: readonly Profile[], now: Date): string {
  const file: ProfileFile = {
    format: PROFILE_FORMAT,
    version: PROFILE_FILE_VERSION,
    exportedAt: now.toISOString(),
    profiles: [...profiles],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** 职称申报档案-<姓名 or label>-YYYYMMDD.json (local date). */
export function exportFileName(profile: Pick<Profile, 'label' | 'basic'>, now: Date): string {
  const who = (profile.basic.name ?? '').trim() || profile.label.trim() || '未命名';
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const safe = who.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 40);
  const date = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  return `职称申报档案-${safe}-${date}.json`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function problem(path: readonly PathPart[], zh: string, en: string): Problem {
  const where = formatJsonPath(path);
  const label = labelForPath(path.slice(path[0] === 'profiles' ? 2 : 0));
  const named = label && path.length > 2 ? `${where}（${label.zh}）` : where;
  return { path: where, message: `${named}：${zh}`, en: `${where}: ${en}` };
}

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function parseImport(text: string, options: ImportOptions = {}): ImportResult {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > maxBytes) {
    return fail(
      problem(
        [],
        `文件大小为 ${formatBytes(bytes)}，超过上限 ${formatBytes(maxBytes)}；档案文件通常只有几十 KB，请确认选对了文件`,
        `the file is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit`,
      ),
    );
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(problem([], '文件是空的，没有任何内容', 'the file is empty'));

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail(jsonSyntaxProblem(body, error));
  }

  const polluted = forbiddenKeyPaths(data);
  if (polluted === 'tooDeep') {
    return fail(
      problem(
        [],
        `文件内容嵌套超过 ${MAX_IMPORT_DEPTH} 层，不是职称申报助手导出的档案文件（正常档案只有几层），已拒绝导入`,
        `the file nests more than ${MAX_IMPORT_DEPTH} levels deep: not a profile file of this extension; refused`,
      ),
    );
  }
  if (polluted.length > 0) {
    return {
      ok: false,
      errors: polluted.map((path) =>
        problem(
          path,
          `含有不允许的键“${String(path[path.length - 1])}”（可能被用来篡改程序对象），整个文件已拒绝导入`,
          `contains the forbidden key "${String(path[path.length - 1])}"; the file is refused`,
        ),
      ),
    };
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const found = describeValue(data);
    return fail(problem([], `文件内容应为一个对象 {…}，现为${found.zh}`, `the file must hold an object {…}, found ${found.en}`));
  }
  let file = data as Record<string, unknown>;

  if (file.format !== PROFILE_FORMAT) {
    const found = describeValue(file.format);
    return fail(
      problem(
        ['format'],
        `格式标记应为“${PROFILE_FORMAT}”，现为${found.zh}：这不是职称申报助手导出的档案文件`,
        `format must be "${PROFILE_FORMAT}", found ${found.en}: not a profile file of this extension`,
      ),
    );
  }

  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    const found = describeValue(version);
    return fail(
      problem(
        ['version'],
        `版本号应为整数（当前格式为 ${PROFILE_FILE_VERSION}），现为${found.zh}`,
        `version must be a whole number (current format: ${PROFILE_FILE_VERSION}), found ${found.en}`,
      ),
    );
  }
  if (version > PROFILE_FILE_VERSION) {
    return fail(
      problem(
        ['version'],
        `文件版本为 ${version}，本扩展只能读取版本 ${PROFILE_FILE_VERSION} 及更早的文件；请先升级职称申报助手再导入`,
        `the file is version ${version}; this extension reads up to version ${PROFILE_FILE_VERSION}. Update the extension first`,
      ),
    );
  }
  const migrations = options.migrations ?? FILE_MIGRATIONS;
  for (let v = version; v < PROFILE_FILE_VERSION; v++) {
    const migrate = migrations[v];
    if (migrate === undefined) {
      return fail(
        problem(
          ['version'],
          `文件版本为 ${version}，无法从版本 ${v} 升级到版本 ${PROFILE_FILE_VERSION}`,
          `the file is version ${version}; there is no upgrade from version ${v} to ${PROFILE_FILE_VERSION}`,
        ),
      );
    }
    file = { ...migrate(file), version: v + 1 };
  }

  if (!Array.isArray(file.profiles) || file.profiles.length === 0) {
    const found = describeValue(file.profiles);
    return fail(
      problem(['profiles'], `应为至少含一份档案的列表，现为${found.zh}`, `must be a list of at least one profile, found ${found.en}`),
    );
  }

  const errors = schemaProblems(file, profileFileSchema).map((p) => problem(p.path, p.message, p.en));
  if (errors.length > 0) return { ok: false, errors };

  const today = options.today ?? todayIso();
  const profiles = file.profiles as Profile[];
  profiles.forEach((profile, index) => {
    for (const found of ruleProblems(profile, today)) {
      errors.push(problem(['profiles', index, ...found.path], found.message, found.en));
    }
  });
  if (errors.length > 0) return { ok: false, errors };

  return { ok: true, file: file as ProfileFile };
}

function fail(one: Problem): ImportResult {
  return { ok: false, errors: [one] };
}

/** Deeper than this, a file is no profile (a real one nests 4 levels): refused before any recursive code sees it. */
export const MAX_IMPORT_DEPTH = 64;

/**
 * Every path whose last key is __proto__, constructor or prototype, found
 * without recursion (an explicit stack), so a file nested a million levels
 * deep cannot overflow the call stack; 'tooDeep' when it nests past maxDepth.
 */
function forbiddenKeyPaths(root: unknown, maxDepth = MAX_IMPORT_DEPTH): PathPart[][] | 'tooDeep' {
  const found: PathPart[][] = [];
  const stack: Array<{ value: unknown; path: PathPart[] }> = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PathPart[] };
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= maxDepth) return 'tooDeep';
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    // JSON.parse makes "__proto__" an own key, so Object.keys sees it.
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (isForbiddenKey(key)) found.push([...path, key]);
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return found.sort((a, b) => formatJsonPath(a).localeCompare(formatJsonPath(b)));
}

/** Where a JSON syntax error is, from the engine's message (V8: position; Firefox: line/column). */
export function jsonErrorLocation(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  let offset: number | undefined = position ? Number(position[1]) : undefined;
  if (offset === undefined && /end of (JSON )?(input|data)/i.test(message)) offset = text.length;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

function jsonSyntaxProblem(text: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  const at = jsonErrorLocation(text, error);
  const where = at ? `第 ${at.line} 行第 ${at.column} 列附近` : '某处（浏览器未给出位置）';
  const whereEn = at ? `near line ${at.line}, column ${at.column}` : 'somewhere (the browser gave no position)';
  return {
    path: '$',
    message: `$：文件不是有效的 JSON，${where}有语法错误（${detail}）。请选择由“导出档案”生成且未被改动的文件`,
    en: `$: the file is not valid JSON: syntax error ${whereEn} (${detail})`,
  };
}
