/**
 * The shape check of every message the background receives (zod: background
 * only). A message from a content script runs in a page we do not control, so
 * nothing is trusted: a bad message gets an error answer, never a throw.
 */
import * as z from 'zod';
import { errorResponse, type ErrorResponse, type Request } from '../messaging';
import { MEANINGS } from '../meanings';
import { STEPS } from '../steps';
import { fieldPathParts, isProfileFieldPath } from './field-paths';
import { formatJsonPath, isForbiddenKey } from './path';
import { describeIssue, profileSchema } from './schema';

const id = z.string().min(1).max(200);
const step = z.enum(STEPS);
const pathPart = z.union([
  z
    .string()
    .min(1)
    .max(100)
    .refine((key) => !isForbiddenKey(key), { params: { kind: 'forbiddenKey' } }),
  z.int().min(0).max(10_000),
]);
const path = z.array(pathPart).min(1).max(12);

const patchOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set'), path, value: z.unknown() }),
  z.object({ op: z.literal('merge'), path, value: z.record(z.string(), z.unknown()) }),
  z.object({ op: z.literal('unset'), path }),
  z.object({ op: z.literal('push'), path, value: z.unknown() }),
  z.object({ op: z.literal('remove'), path }),
]);

const importChoice = z.enum(['replace', 'keepBoth']);

const finding = z.looseObject({
  ruleId: z.string().min(1).max(100),
  messageId: z.string().max(100).optional(),
  level: z.enum(['error', 'warn', 'info']),
  message: z.string().max(2000),
  messageEn: z.string().max(2000),
  target: z.string().max(100).optional(),
  path: z.string().max(200).optional(),
  suggestion: z.string().max(2000).optional(),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/**
 * A learned mapping's path must name one field of the profile, checked
 * twice: against the field table the content script uses, and against the
 * profile schema itself.
 */
const profileFieldPath = z
  .string()
  .min(1)
  .max(100)
  .refine((value) => isProfileFieldPath(value) && schemaHasField(fieldPathParts(value) ?? []), { params: { kind: 'profilePath' } });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const year = z.int().min(1900).max(2200);
const planFacts = z.object({
  name: z
    .object({
      year,
      city: z.string().max(20),
      field: z.string().max(60),
      title: z.string().max(20),
      text: z.string().min(1).max(120),
    })
    .optional(),
  stated: z
    .object({
      workYearsCutoff: isoDate.optional(),
      assessmentYears: z.array(year).max(10).optional(),
      appointmentYears: z.int().min(1).max(10).optional(),
      paperDeadline: isoDate.optional(),
      reportLimit: z.int().min(1).max(100_000).optional(),
      reportWarnAbove: z.int().min(0).max(100_000).optional(),
      achievementsHint: z.int().min(1).max(100).optional(),
      majors: z.array(z.string().min(1).max(60)).max(300).optional(),
    })
    .optional(),
});

const mapping = z
  .object({
    step,
    label: z.string().min(1).max(200),
    meaning: z.enum(MEANINGS).optional(),
    path: profileFieldPath.optional(),
    updatedAt: z.string().optional(),
  })
  .refine((m) => m.meaning !== undefined || m.path !== undefined, { params: { kind: 'mappingTarget' } });

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('profile.getActive') }),
  z.object({ type: z.literal('profile.list') }),
  z.object({ type: z.literal('profile.create'), label: z.string().max(100) }),
  z.object({ type: z.literal('profile.save'), id, ops: z.array(patchOp).min(1).max(500) }),
  z.object({ type: z.literal('profile.setActive'), id }),
  z.object({
    type: z.literal('profile.import'),
    // No length limit here: parseImport refuses oversized files with the size in its message.
    text: z.string(),
    onConflict: z.union([importChoice, z.record(z.string(), importChoice)]).optional(),
  }),
  z.object({ type: z.literal('profile.delete'), id }),
  z.object({ type: z.literal('session.get'), tabId: z.number().int().nonnegative().optional() }),
  z.object({ type: z.literal('session.set'), step, findings: z.array(finding).max(500) }),
  z.object({ type: z.literal('session.setApplicationType'), applicationType: z.string().max(50) }),
  z.object({ type: z.literal('session.setPlan'), plan: planFacts }),
  z.object({ type: z.literal('mapping.get'), step, label: z.string().min(1).max(200) }),
  z.object({ type: z.literal('mapping.set'), mapping }),
  z.object({ type: z.literal('mapping.delete'), step, label: z.string().min(1).max(200) }),
  z.object({ type: z.literal('mapping.list') }),
  z.object({ type: z.literal('security.refusals') }),
  z.object({ type: z.literal('features.load') }),
]);

/** The message as a typed request, or the error answer that says what is wrong with it. */
export function parseRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: ErrorResponse } {
  const result = requestSchema.safeParse(message);
  if (result.success) return { ok: true, request: result.data as Request };
  const problems = result.error.issues.slice(0, 10).map((issue) => {
    const kind = issue.code === 'custom' ? (issue.params as { kind?: string } | undefined)?.kind : undefined;
    const text =
      kind === 'forbiddenKey'
        ? { message: '路径含不允许的键（__proto__、constructor、prototype）', en: 'the path holds a forbidden key' }
        : kind === 'profilePath'
          ? { message: '档案项路径不是档案中的字段', en: 'the path is not a field of the profile' }
          : kind === 'mappingTarget'
            ? { message: '字段对应关系需要 meaning 或 path 之一', en: 'a mapping needs a meaning or a path' }
            : describeIssue(issue, message);
    const where = formatJsonPath(issue.path.filter((p): p is string | number => typeof p !== 'symbol'));
    return { path: where, message: `${where}：${text.message}`, en: `${where}: ${text.en}` };
  });
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  const what = typeof type === 'string' ? `消息 ${type.slice(0, 50)}` : '消息';
  return {
    ok: false,
    error: errorResponse(
      'badRequest',
      `${what}格式不正确：${problems[0]?.message ?? ''}`,
      `Bad message: ${problems[0]?.en ?? ''}`,
      problems,
    ),
  };
}

/** Whether the profile schema itself has a leaf field at these parts (an index steps into a list). */
export function schemaHasField(parts: readonly (string | number)[]): boolean {
  let node: z.core.$ZodType | undefined = profileSchema;
  for (const part of parts) {
    node = unwrap(node);
    const def = node?._zod.def as { type?: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType } | undefined;
    if (typeof part === 'number') {
      if (def?.type !== 'array') return false;
      node = def.element;
    } else {
      if (def?.type !== 'object' || !def.shape || !Object.hasOwn(def.shape, part)) return false;
      node = def.shape[part];
    }
  }
  const leaf = unwrap(node)?._zod.def.type;
  return leaf !== undefined && leaf !== 'object' && leaf !== 'array';
}

function unwrap(node: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = node;
  while (current && (current._zod.def.type === 'optional' || current._zod.def.type === 'nullable' || current._zod.def.type === 'default')) {
    current = (current._zod.def as unknown as { innerType: z.core.$ZodType }).innerType;
  }
  return current;
}
