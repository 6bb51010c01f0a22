/**
 * Chinese (and English) names of the profile's fields, per docs/profile-format.md.
 * The popup's labels and the validation messages both read them, so a field
 * is called the same everywhere. Data only.
 */
export interface FieldLabel {
  zh: string;
  en: string;
}

export const SECTION_LABELS = {
  basic: { zh: '基本信息', en: 'Basic information' },
  education: { zh: '学历', en: 'Education' },
  work: { zh: '工作', en: 'Work' },
  history: { zh: '工作经历', en: 'Work history' },
  assessments: { zh: '考核', en: 'Annual assessments' },
  continuingEducation: { zh: '继续教育', en: 'Continuing education' },
  declaration: { zh: '申报信息', en: 'Declaration' },
  achievements: { zh: '业绩', en: 'Achievements' },
} as const satisfies Record<string, FieldLabel>;

export type SectionKey = keyof typeof SECTION_LABELS;

/** Field labels by section; list sections describe one row. */
export const FIELD_LABELS = {
  profile: {
    id: { zh: '档案编号', en: 'Profile id' },
    label: { zh: '档案名称', en: 'Profile name' },
  },
  basic: {
    name: { zh: '姓名', en: 'Name' },
    idNumber: { zh: '身份证号', en: 'ID number' },
    gender: { zh: '性别', en: 'Gender' },
    birthDate: { zh: '出生日期', en: 'Date of birth' },
    ethnicity: { zh: '民族', en: 'Ethnicity' },
    politicalStatus: { zh: '政治面貌', en: 'Political status' },
    mobile: { zh: '手机号码', en: 'Mobile' },
    email: { zh: '电子邮箱', en: 'E-mail' },
    address: { zh: '通讯地址', en: 'Address' },
    postcode: { zh: '邮政编码', en: 'Postcode' },
  },
  education: {
    level: { zh: '学历', en: 'Level' },
    degree: { zh: '学位', en: 'Degree' },
    school: { zh: '毕业院校', en: 'School' },
    major: { zh: '所学专业', en: 'Major' },
    start: { zh: '入学时间', en: 'Start' },
    graduation: { zh: '毕业时间', en: 'Graduation' },
    fullTime: { zh: '全日制', en: 'Full-time' },
    highest: { zh: '最高学历', en: 'Highest' },
  },
  work: {
    employer: { zh: '现工作单位', en: 'Employer' },
    department: { zh: '所在部门', en: 'Department' },
    position: { zh: '现任职务', en: 'Position' },
    workStart: { zh: '参加工作时间', en: 'Started work' },
    professionalStart: { zh: '从事专业技术工作时间', en: 'Started professional work' },
    currentMajor: { zh: '现从事专业', en: 'Current specialty' },
    currentTitle: { zh: '现专业技术资格', en: 'Current title' },
    currentTitleDate: { zh: '取得时间', en: 'Title obtained' },
    appointmentDate: { zh: '聘任时间', en: 'Appointed' },
  },
  history: {
    start: { zh: '起始时间', en: 'From' },
    end: { zh: '终止时间', en: 'To' },
    employer: { zh: '工作单位', en: 'Employer' },
    position: { zh: '职务/岗位', en: 'Position' },
  },
  assessments: {
    year: { zh: '年度', en: 'Year' },
    result: { zh: '考核结果', en: 'Result' },
  },
  continuingEducation: {
    year: { zh: '年度', en: 'Year' },
    hours: { zh: '学时', en: 'Hours' },
    system: { zh: '登记系统', en: 'Registration system' },
  },
  declaration: {
    type: { zh: '申报类型', en: 'Application type' },
    major: { zh: '从事专业', en: 'Declared specialty' },
    office: { zh: '受理点', en: 'Receiving office' },
    selfReport: { zh: '本人述职', en: 'Self-report' },
    exceptionalDetail: { zh: '破格申报的具体内容', en: 'Grounds for exceptional application' },
  },
  achievements: {
    id: { zh: '业绩编号', en: 'Achievement id' },
    kind: { zh: '类别', en: 'Kind' },
    title: { zh: '名称', en: 'Title' },
    date: { zh: '时间', en: 'Date' },
    role: { zh: '本人角色', en: 'Role' },
    rank: { zh: '本人排名', en: 'Rank' },
    collective: { zh: '集体项目', en: 'Team work' },
    representative: { zh: '代表作', en: 'Representative work' },
    publication: { zh: '刊物/出版社', en: 'Journal / publisher' },
    issn: { zh: '刊号（ISSN/CN）', en: 'ISSN / CN' },
    description: { zh: '简介', en: 'Description' },
  },
} as const satisfies Record<string, Record<string, FieldLabel>>;

/**
 * The label of the field at a profile path such as ['basic', 'mobile'] or
 * ['education', 0, 'school'] (indexes are skipped); undefined when unknown.
 */
export function labelForPath(path: readonly PropertyKey[]): FieldLabel | undefined {
  const names = path.filter((part): part is string => typeof part === 'string');
  const [section, field] = names;
  if (section === undefined) return undefined;
  if (field === undefined) {
    if (section in FIELD_LABELS.profile) return FIELD_LABELS.profile[section as keyof typeof FIELD_LABELS.profile];
    return section in SECTION_LABELS ? SECTION_LABELS[section as SectionKey] : undefined;
  }
  const fields = (FIELD_LABELS as Record<string, Record<string, FieldLabel>>)[section];
  return fields?.[field];
}
