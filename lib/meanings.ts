/**
 * The vocabulary shared by label matching, rules, filling and the profile:
 * what a field on a platform page *means*, independent of its generated id.
 */
export const MEANINGS = [
  // 个人基本信息
  'name',
  'idNumber',
  'gender',
  'birthDate',
  'ethnicity',
  'politicalStatus',
  'mobile',
  'email',
  'address',
  'postcode',
  // 学历 (the highest, or the one being edited)
  'eduLevel',
  'degree',
  'school',
  'eduMajor',
  'eduStart',
  'graduation',
  'fullTime',
  // 工作
  'employer',
  'department',
  'position',
  'workStart',
  'professionalStart',
  'currentMajor',
  'currentTitle',
  'currentTitleDate',
  'appointmentDate',
  // 工作经历: one row of the list (profile.history)
  'historyStart',
  'historyEnd',
  'historyEmployer',
  'historyPosition',
  // 填写申报信息
  'selfReport',
  'office',
  'applicationType',
  'major',
  'workYears',
  'assessment',
  'exceptionalDetail',
  'typeProof',
  // 我的业绩档案 add-entry form
  'achKind',
  'achTitle',
  'achDate',
  'achRole',
  'achRank',
  'achCollective',
  'achPublication',
  'achIssn',
  'achDescription',
  'achFile',
  // 上传证件照
  'photo',
  // 上传相关附件 slots
  'attEducation',
  'attAppointment',
  'attContract',
  'attSocial',
  'attCpd',
  'attWorks',
  'attExceptional',
] as const;

export type Meaning = (typeof MEANINGS)[number];

export function isMeaning(value: string): value is Meaning {
  return (MEANINGS as readonly string[]).includes(value);
}
