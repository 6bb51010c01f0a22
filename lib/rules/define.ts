/** Defining rules and building their findings: one place fills both languages. */
import { fillTemplate } from './helpers/text';
import type { Plan } from './plans/types';
import type { Finding, InputKind, Level, Rule, RuleInputs, RuleMeta, Target, Text } from './types';

export interface FindingOptions {
  /** Defaults to the rule's level. */
  level?: Level;
  data?: Record<string, string | number>;
  target?: Target;
  path?: string;
  suggestion?: string;
}

/** Builds a finding of the rule being checked, by message id. */
export type Say<M extends string> = (messageId: M, options?: FindingOptions) => Finding;

/** A finding of `meta`'s rule with message `messageId`, placeholders filled from `data`. */
export function findingOf(meta: RuleMeta, messageId: string, options: FindingOptions = {}): Finding {
  const text = meta.messages[messageId];
  if (!text) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  const finding: Finding = {
    ruleId: meta.id,
    messageId,
    level: options.level ?? meta.level,
    message: fillTemplate(text.zh, options.data),
    messageEn: fillTemplate(text.en, options.data),
  };
  if (options.target !== undefined) finding.target = options.target;
  if (options.path !== undefined) finding.path = options.path;
  if (options.suggestion !== undefined) finding.suggestion = options.suggestion;
  if (options.data !== undefined) finding.data = options.data;
  if (meta.required) finding.required = true;
  return finding;
}

/**
 * A rule from its metadata and its check. The check's input is the one
 * `meta.input` names, and it gets `say`, which only accepts the rule's own
 * message ids (both checked by the compiler).
 */
export function defineRule<K extends InputKind, M extends string>(
  meta: Omit<RuleMeta, 'messages' | 'input'> & { input: K; messages: Record<M, Text> },
  check: (input: RuleInputs[K], plan: Plan, say: Say<M>) => Finding[],
): Rule<RuleInputs[K]> {
  const say: Say<M> = (messageId, options) => findingOf(meta, messageId, options);
  // The guide's own requirements hold only for plans of its series.
  return { meta, check: (input, plan) => (meta.scope === 'platform' || plan.followsGuide ? check(input, plan, say) : []) };
}
