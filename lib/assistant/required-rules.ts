/**
 * Rules about a required field left empty. Inline, they wait for the
 * applicant's first input on the page (DESIGN.md "When findings show"); the
 * panel lists them at once.
 */
export const REQUIRED_RULES: ReadonlySet<string> = new Set([
  'report.required',
  'office.required',
  'type.required',
  'major.required',
  'achievement.required',
  'attachment.appointment',
  'attachment.contract',
  'attachment.social',
  'attachment.cpd',
  'attachment.works',
  'attachment.representative',
  'attachment.exceptional',
]);
