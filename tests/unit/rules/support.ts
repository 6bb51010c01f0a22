import type { Finding } from '../../../lib/rules/types';

/** "ruleId:level" of each finding, for compact table expectations. */
export function summary(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.ruleId}:${finding.level}`);
}

/** Every finding's message has no unfilled {placeholder} in either language. */
export function expectFilled(findings: readonly Finding[]): void {
  for (const finding of findings) {
    if (/\{\w+\}/u.test(finding.message) || /\{\w+\}/u.test(finding.messageEn)) {
      throw new Error(`unfilled placeholder in ${finding.ruleId}: ${finding.message} / ${finding.messageEn}`);
    }
  }
}
