import type { DeclarationInput, Finding } from '../../../lib/rules/types';

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

/** A 填写申报信息 page filled correctly, with the profile's start of professional work. */
export const GOOD_DECLARATION: DeclarationInput = {
  selfReport: '本人自 2014 年起从事机械设计工作……',
  office: '市直单位职称受理点',
  applicationTypes: ['正常申报'],
  typeProofFiles: 0,
  exceptionalDetail: '',
  major: '机械工程',
  majorOptions: ['机械工程', '电气工程', '材料工程'],
  workYears: '10',
  assessment: '2021年称职（或合格）、2022年优秀、2023年称职（或合格）',
  professionalStart: '2014-07-01',
};
