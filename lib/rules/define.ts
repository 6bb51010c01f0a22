/** Defining rules and building their findings: one place fills both languages. */
import { fillTemplate } from './helpers/text';
import type { Plan } from './plans/types';
import type { Finding, Level, Rule, RuleMeta, Target, Text } from './types';

export interface ReportOptions {
  /** Defaults to the rule's level. */
  level?: Level;
  data?: Record<string, string | number>;
  target?: Target;
  path?: string;
  suggestion?: string;
}

/** Reports a finding of the rule being checked, by message id. */
export type Say<M extends string> = (messageId: M, options?: ReportOptions) => Finding;

/** A finding of `meta`'s rule with message `messageId`, placeholders filled from `data`. */
export function report(meta: RuleMeta, messageId: string, options: ReportOptions = {}): Finding {
  const text = meta.messages[messageId];
  if (!text) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  const finding: Finding = {
    ruleId: meta.id,
    level: options.level ?? meta.level,
    message: fillTemplate(text.zh, options.data),
    messageEn: fillTemplate(text.en, options.data),
  };
  if (options.target !== undefined) finding.target = options.target;
  if (options.path !== undefined) finding.path = options.path;
  if (options.suggestion !== undefined) finding.suggestion = options.suggestion;
  if (options.data !== undefined) finding.data = options.data;
  return finding;
}

/**
 * A rule from its metadata and its check. The check gets `say`, which only
 * accepts the rule's own message ids (checked by the compiler).
 */
export function defineRule<I, M extends string>(
  meta: Omit<RuleMeta, 'messages'> & { messages: Record<M, Text> },
  check: (input: I, plan: Plan, say: Say<M>) => Finding[],
): Rule<I> {
  const say: Say<M> = (messageId, options) => report(meta, messageId, options);
  // The guide's own requirements hold only for plans of its series.
  return { meta, check: (input, plan) => (meta.scope === 'platform' || plan.followsGuide ? check(input, plan, say) : []) };
}
