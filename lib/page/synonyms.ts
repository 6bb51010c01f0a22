/**
 * Label synonyms: which visible label text means which field (lib/meanings.ts).
 * DATA only; lib/page/match.ts applies it. Patterns are compared with the
 * label after normalizeLabel, NFKC, lower case and without spaces, so write
 * them plainly ('劳动（聘用）合同' and '劳动(聘用)合同' are the same pattern).
 * A string pattern matches when the label contains it; the longest matching
 * pattern over all entries wins, then the higher confidence. `exclude` drops
 * an entry for labels containing any of its texts.
 */
import type { Meaning } from '../meanings';
import type { Step } from '../steps';

export type Pattern = string | RegExp;

export interface Synonym {
  meaning: Meaning;
  patterns: readonly Pattern[];
  exclude?: readonly Pattern[];
  /** 0..1: how sure a label with this pattern means this field. */
  confidence: number;
}

/** Meanings that only an upload control can have; an upload can have no other. */
export const FILE_MEANINGS: ReadonlySet<Meaning> = new Set<Meaning>([
  'photo',
  'typeProof',
  'achFile',
  'attEducation',
  'attAppointment',
  'attContract',
  'attSocial',
  'attCpd',
  'attWorks',
  'attExceptional',
]);

export const SYNONYMS: readonly Synonym[] = [
  // 个人基本信息
  { meaning: 'name', patterns: ['姓名', '申报人姓名'], exclude: ['联系人', '拼音', '曾用名', '英文'], confidence: 0.95 },
  { meaning: 'idNumber', patterns: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '证件号', '身份证'], confidence: 0.95 },
  { meaning: 'gender', patterns: ['性别'], confidence: 0.95 },
  { meaning: 'birthDate', patterns: ['出生日期', '出生年月', '出生年月日', '出生时间', '生日'], confidence: 0.95 },
  { meaning: 'ethnicity', patterns: ['民族'], confidence: 0.95 },
  { meaning: 'politicalStatus', patterns: ['政治面貌', '党派'], confidence: 0.95 },
  { meaning: 'mobile', patterns: ['手机号码', '手机号', '手机', '移动电话'], exclude: ['固定电话', '座机'], confidence: 0.9 },
  // A 联系电话 is often a landline: fill it, but less sure.
  {
    meaning: 'mobile',
    patterns: ['联系电话', '联系方式', '电话号码'],
    exclude: ['固定电话', '座机', '办公电话', '单位电话'],
    confidence: 0.6,
  },
  { meaning: 'email', patterns: ['电子邮箱', '电子邮件', '邮箱', '邮箱地址', '电子邮箱地址', '电子邮件地址', /e-?mail/i], confidence: 0.9 },
  {
    meaning: 'address',
    patterns: ['通讯地址', '通信地址', '联系地址', '邮寄地址', '家庭住址', '家庭地址', '居住地址', '现住址'],
    confidence: 0.9,
  },
  // A bare 地址 is the applicant's only when nothing names another owner (受理点地址, 单位地址).
  { meaning: 'address', patterns: [/^(?:本人|个人|现|常住)?地址$/], confidence: 0.5 },
  { meaning: 'postcode', patterns: ['邮政编码', '邮编'], confidence: 0.95 },

  // 学历
  // The profile's education is the highest one: a 第一学历 (or 全日制学历, 在职学历) box asks for another.
  {
    meaning: 'eduLevel',
    patterns: ['最高学历', '学历'],
    exclude: ['证书', '认证', '学位', '时间', '日期', '第一学历', /^(?:全日制|在职)学历/],
    confidence: 0.9,
  },
  {
    meaning: 'degree',
    patterns: ['最高学位', '学位'],
    exclude: ['证书', '认证', '授予单位', '学历', '时间', '日期', '第一学位'],
    confidence: 0.9,
  },
  {
    meaning: 'school',
    patterns: ['毕业院校', '毕业学校', '学校名称', '院校名称', '就读院校', '毕业院校名称'],
    exclude: ['第一学历'],
    confidence: 0.9,
  },
  { meaning: 'eduMajor', patterns: ['所学专业', '毕业专业', '学习专业', '所学专业名称'], exclude: ['第一学历'], confidence: 0.9 },
  { meaning: 'eduStart', patterns: ['入学时间', '入学日期', '入学年月'], exclude: ['第一学历'], confidence: 0.9 },
  { meaning: 'graduation', patterns: ['毕业时间', '毕业日期', '毕业年月'], exclude: ['第一学历'], confidence: 0.9 },
  // 是否全日制 asks yes or no; 全日制学历 asks for a level of education.
  {
    meaning: 'fullTime',
    patterns: ['是否全日制', '全日制', '学习形式', '学习方式', '教育形式'],
    exclude: [/^全日制学[历位]/],
    confidence: 0.85,
  },

  // 工作
  {
    meaning: 'employer',
    patterns: ['现工作单位', '工作单位名称', '工作单位', '单位名称', '所在单位', '现单位', '任职单位'],
    exclude: ['地址', '电话', '性质', '类型', '所在地', '邮编', '审核', '意见', '档案', '人事代理'],
    confidence: 0.9,
  },
  { meaning: 'department', patterns: ['所在部门', '所在科室', '部门', '科室'], exclude: ['主管'], confidence: 0.85 },
  {
    meaning: 'position',
    patterns: ['现任职务', '行政职务', '现任岗位', '职务', '岗位'],
    exclude: ['专业技术', '任职资格', '聘书'],
    confidence: 0.85,
  },
  { meaning: 'workStart', patterns: ['参加工作时间', '参加工作日期', '参加工作年月', '开始工作时间'], confidence: 0.9 },
  {
    meaning: 'professionalStart',
    patterns: [
      '从事专业技术工作时间',
      '从事专业技术工作起始时间',
      '从事专业技术工作年月',
      '专业技术工作时间',
      '从事专业工作时间',
      '从事本专业时间',
    ],
    confidence: 0.9,
  },
  { meaning: 'currentMajor', patterns: ['现从事专业', '现从事专业名称', '现专业'], confidence: 0.9 },
  {
    meaning: 'currentTitle',
    patterns: [
      '现专业技术资格',
      '现有专业技术资格',
      '现专业技术职务',
      '现有职称',
      '现职称',
      '现任职资格',
      '已取得职称',
      '专业技术资格名称',
    ],
    exclude: ['时间', '日期', '聘书'],
    confidence: 0.9,
  },
  {
    meaning: 'currentTitle',
    patterns: ['专业技术资格', '专业技术职务', '职称名称', '职称'],
    exclude: ['时间', '日期', '聘书', '申报', '受理', '系列', '评审', '级别', '专业技术资格申报'],
    confidence: 0.6,
  },
  {
    meaning: 'currentTitleDate',
    patterns: [
      '取得时间',
      '取得资格时间',
      '资格取得时间',
      '取得日期',
      '取得职称时间',
      '职称取得时间',
      '取得现职称时间',
      '现职称取得时间',
      '取得资格日期',
      '评定时间',
    ],
    exclude: ['学位', '学历', '毕业'],
    confidence: 0.85,
  },
  {
    meaning: 'appointmentDate',
    patterns: ['聘任时间', '聘任日期', '聘用时间', '受聘时间', '聘任年月'],
    exclude: ['聘书'],
    confidence: 0.9,
  },

  // 填写申报信息
  { meaning: 'selfReport', patterns: ['本人述职', '个人述职', '述职报告', '专业技术工作述职', '述职'], confidence: 0.9 },
  { meaning: 'office', patterns: ['受理点', '受理部门', '职称受理点', '受理单位', '受理机构'], confidence: 0.9 },
  { meaning: 'applicationType', patterns: ['申报类型', '申报方式', '申报类别', '申报途径'], confidence: 0.9 },
  {
    meaning: 'major',
    patterns: ['从事专业', '申报专业', '申报评审专业', '评审专业', '拟评专业'],
    exclude: ['现从事专业', '所学专业', '从事专业技术工作', '从事专业工作', '年限', '可评审'],
    confidence: 0.85,
  },
  {
    meaning: 'workYears',
    patterns: ['专业工作年限', '从事专业工作年限', '专业技术工作年限', '专业技术工作经历年限', '从事专业年限', '工作年限'],
    confidence: 0.9,
  },
  {
    meaning: 'assessment',
    patterns: ['考核情况', '年度考核', '近三年考核', '考核结果', '考核等次'],
    // The years' results in one text; a box for one named year (2023年度考核结果) holds that year's result alone.
    exclude: ['材料', '附件', '考核表', /^(?:19|20)\d{2}年?度?考核/],
    confidence: 0.9,
  },
  {
    meaning: 'exceptionalDetail',
    patterns: ['破格申报的具体内容', '破格申报具体内容', '破格条件', '破格内容', '破格理由', '破格申报理由', '破格申报条件', '破格依据'],
    exclude: ['审批表', '佐证', '附件'],
    confidence: 0.9,
  },
  { meaning: 'typeProof', patterns: ['佐证材料', '佐证', '证明材料'], confidence: 0.8 },

  // 我的业绩档案 add-entry form
  { meaning: 'achKind', patterns: ['业绩类型', '业绩类别', '业绩种类', '成果类型', '成果类别'], confidence: 0.9 },
  {
    meaning: 'achTitle',
    patterns: [
      '业绩名称',
      '成果名称',
      '论文题目',
      '论文名称',
      '项目名称',
      '著作名称',
      '课题名称',
      '专利名称',
      '标准名称',
      '报告名称',
      '题目',
    ],
    confidence: 0.85,
  },
  {
    meaning: 'achDate',
    patterns: ['完成时间', '发表时间', '出版时间', '完成日期', '发表日期', '授权时间', '立项时间', '鉴定时间', '获奖时间'],
    confidence: 0.85,
  },
  { meaning: 'achRole', patterns: ['本人角色', '本人作用', '承担角色', '角色'], confidence: 0.85 },
  { meaning: 'achRank', patterns: ['本人排名', '本人排序', '署名次序', '作者排序', '排名', '排序', '位次'], confidence: 0.85 },
  { meaning: 'achCollective', patterns: ['是否集体项目', '集体项目', '是否集体'], confidence: 0.9 },
  {
    meaning: 'achPublication',
    patterns: ['刊物/出版社', '刊物名称', '发表刊物', '期刊名称', '出版单位', '出版社', '刊物', '期刊'],
    confidence: 0.85,
  },
  { meaning: 'achIssn', patterns: ['刊号', '国际标准刊号', '国内统一刊号', /\bissn\b/i, /\bcn\b/i], confidence: 0.9 },
  { meaning: 'achDescription', patterns: ['业绩简介', '内容简介', '成果简介', '主要内容', '内容摘要', '简介', '摘要'], confidence: 0.8 },
  { meaning: 'achFile', patterns: ['附件', '业绩附件', '证明附件'], confidence: 0.6 },

  // 上传证件照
  { meaning: 'photo', patterns: ['证件照', '照片', '上传照片', '免冠照', '头像'], confidence: 0.9 },

  // 上传相关附件 (guide 二.5)
  {
    meaning: 'attEducation',
    patterns: [
      '学历和学位证书',
      '学历学位证书',
      '学历、学位证书',
      '学历证书',
      '学位证书',
      '毕业证书',
      '学历认证',
      '学位认证',
      '学信网',
      '认证材料',
    ],
    confidence: 0.9,
  },
  {
    meaning: 'attAppointment',
    patterns: ['专业技术职务资格聘书', '资格聘书', '职务聘书', '聘任证书', '聘书', '聘任书', '聘任文件'],
    confidence: 0.9,
  },
  { meaning: 'attContract', patterns: ['劳动（聘用）合同', '劳动聘用合同', '劳动合同', '聘用合同'], confidence: 0.9 },
  { meaning: 'attSocial', patterns: ['社保证明', '参保证明', '参保记录', '社会保险', '社保', '参保'], confidence: 0.9 },
  { meaning: 'attCpd', patterns: ['继续教育学时', '继续教育', '学时登记', '学时证明'], confidence: 0.9 },
  {
    meaning: 'attWorks',
    patterns: ['著作', '论文', '报告', '成果', '代表作', '可行性研究'],
    exclude: ['述职', '考核', '题目', '名称'],
    confidence: 0.75,
  },
  { meaning: 'attExceptional', patterns: ['破格推荐中级专业技术职务任职资格审批表', '破格推荐', '破格审批', '审批表'], confidence: 0.9 },
];

/**
 * Meanings a step reads differently: the same words name another profile
 * item there. 填写申报信息 asks what the applicant declares, so its
 * 现从事专业 is the declared major, not the current one of 个人基本信息.
 */
export const STEP_MEANINGS: ReadonlyArray<{ step: Step; from: Meaning; to: Meaning }> = [
  { step: 'declaration', from: 'currentMajor', to: 'major' },
];

/**
 * Words that make a label name another thing when they follow the matched
 * words: Chinese puts the head of a noun phrase last, so 受理点地址 is an
 * address and 从事专业年限 a number of years. Only for value fields (an
 * upload slot's 证明 or 附件 is the slot itself), and only within the
 * label's first phrase (up to a bracket or punctuation).
 */
export const HEAD_NOUNS: readonly string[] = [
  '地址',
  '电话',
  '传真',
  '邮编',
  '联系人',
  '代码',
  '编码',
  '编号',
  '时间',
  '日期',
  '年月',
  '年限',
  '年度',
  '证书',
  '证明',
  '材料',
  '附件',
  '文件',
  '扫描件',
  '照片',
  '人数',
  '所在地',
  '有效期',
  '等级',
];

/** Meanings about the applicant in person: a label that names someone else first is not theirs. */
export const PERSONAL_MEANINGS: ReadonlySet<Meaning> = new Set<Meaning>([
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
]);

/** Words before a personal item, or in brackets right after it, that make it somebody else's (单位联系电话, 推荐人姓名, 联系电话（单位）). */
export const OTHER_OWNERS: readonly string[] = [
  '联系人',
  '推荐人',
  '审核人',
  '经办人',
  '负责人',
  '配偶',
  '父亲',
  '母亲',
  '紧急',
  '单位',
  '法人',
  '担保人',
  '证明人',
];

/** What a list of repeated rows holds (see lib/page/rows.ts). */
export type ListKind = 'history' | 'education' | 'works';

export interface ListVocabulary {
  list: ListKind;
  /** Words of the section title (heading, outer label) that say the rows hold this. */
  titles: readonly string[];
  /** Column captions that say it when the section has no title of its own. */
  telltales: readonly string[];
  /** Captions of the row's cells: the meaning each column has in this list. */
  columns: readonly Synonym[];
  /** The meaning of an upload in a row. */
  upload?: Meaning;
  /** A 起止 column holding two controls: the first is the start, the second the end. */
  range?: readonly [Meaning, Meaning];
}

/** Captions of one column holding a start and an end (起止时间, 起讫年月, 任职期间). */
export const RANGE_CAPTION = /起止|起讫|起迄|期间|时间段|年月段/;

/**
 * Lists of records the profile also keeps as lists. A cell's caption means
 * something else in a row than on its own: 工作单位 in a 工作经历 row is a
 * past employer, not the current one.
 */
export const LISTS: readonly ListVocabulary[] = [
  {
    list: 'history',
    titles: ['工作经历', '工作简历', '工作经验', '任职经历', '工作履历', '个人简历', '简历'],
    telltales: ['工作单位', '任职单位'],
    columns: [
      {
        meaning: 'historyStart',
        patterns: ['起始时间', '开始时间', '起始年月', '开始年月', '起始日期', '开始日期', '自何年月', '起', '自', '从'],
        exclude: ['起止'],
        confidence: 0.9,
      },
      {
        meaning: 'historyEnd',
        patterns: ['终止时间', '结束时间', '截止时间', '终止年月', '结束年月', '截止日期', '结束日期', '至何年月', '止', '至', '到'],
        exclude: ['起止'],
        confidence: 0.9,
      },
      { meaning: 'historyEmployer', patterns: ['工作单位', '单位名称', '任职单位', '所在单位', '单位', '公司'], confidence: 0.9 },
      { meaning: 'historyPosition', patterns: ['职务', '岗位', '职位', '职务/职称', '担任职务', '从事工作'], confidence: 0.85 },
    ],
    range: ['historyStart', 'historyEnd'],
  },
  {
    list: 'education',
    titles: ['学历', '学习经历', '教育经历', '教育背景', '学习简历', '学历信息', '学历学位'],
    telltales: ['毕业院校', '学校', '院校'],
    columns: [
      { meaning: 'eduLevel', patterns: ['学历', '学历层次'], exclude: ['学位', '证书'], confidence: 0.9 },
      { meaning: 'degree', patterns: ['学位'], exclude: ['学历', '证书'], confidence: 0.9 },
      { meaning: 'school', patterns: ['毕业院校', '毕业学校', '院校', '学校'], confidence: 0.9 },
      { meaning: 'eduMajor', patterns: ['所学专业', '专业'], confidence: 0.85 },
      {
        meaning: 'eduStart',
        patterns: ['入学时间', '入学年月', '起始时间', '开始时间', '自何年月', '起', '入学'],
        exclude: ['起止'],
        confidence: 0.9,
      },
      {
        meaning: 'graduation',
        patterns: ['毕业时间', '毕业年月', '毕业日期', '结束时间', '终止时间', '至何年月', '止', '毕业'],
        exclude: ['起止', '院校', '学校'],
        confidence: 0.9,
      },
      { meaning: 'fullTime', patterns: ['是否全日制', '全日制', '学习形式', '学习方式'], confidence: 0.85 },
    ],
    range: ['eduStart', 'graduation'],
  },
  {
    list: 'works',
    titles: ['著作', '论文', '报告', '成果', '代表作', '业绩'],
    telltales: ['代表作'],
    columns: [
      { meaning: 'achKind', patterns: ['类型', '类别', '种类', '成果类型', '业绩类型'], confidence: 0.85 },
      {
        meaning: 'achTitle',
        patterns: ['名称', '题目', '标题', '论文名称', '著作名称', '成果名称'],
        exclude: ['刊物', '期刊', '出版'],
        confidence: 0.85,
      },
      { meaning: 'achDate', patterns: ['时间', '日期', '发表时间', '完成时间', '出版时间'], confidence: 0.85 },
      { meaning: 'achPublication', patterns: ['刊物', '期刊', '出版社', '出版单位'], confidence: 0.85 },
      { meaning: 'achRank', patterns: ['排名', '排序', '本人排名'], confidence: 0.85 },
    ],
    upload: 'attWorks',
  },
];
