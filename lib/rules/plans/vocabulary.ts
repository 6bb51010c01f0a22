/**
 * The words plan names are made of, as data: the cities of Zhejiang and the
 * titles the platform's plans award. lib/rules/plans/name.ts reads names with
 * them; a missing city or title here only means a plan is read as one of a
 * series the assistant does not know (platform-wide checks only).
 */

/** Zhejiang's province and its eleven cities, as plan names write them (with or without 市). */
export const PLAN_CITIES: readonly string[] = [
  '浙江省',
  '杭州市',
  '宁波市',
  '温州市',
  '嘉兴市',
  '湖州市',
  '绍兴市',
  '金华市',
  '衢州市',
  '舟山市',
  '台州市',
  '丽水市',
];

/**
 * Titles (职称名称) a plan can award. Matched at the end of the name's middle
 * part, longest first, so 高级工程师 is not read as 工程师.
 */
export const PLAN_TITLES: readonly string[] = [
  // 工程
  '正高级工程师',
  '高级工程师',
  '助理工程师',
  '工程师',
  '技术员',
  // 经济、会计、统计、审计
  '正高级经济师',
  '高级经济师',
  '中级经济师',
  '助理经济师',
  '经济师',
  '正高级会计师',
  '高级会计师',
  '中级会计师',
  '助理会计师',
  '会计师',
  '正高级统计师',
  '高级统计师',
  '助理统计师',
  '统计师',
  '正高级审计师',
  '高级审计师',
  '助理审计师',
  '审计师',
  // 农业、实验、研究
  '正高级农艺师',
  '高级农艺师',
  '助理农艺师',
  '农艺师',
  '高级实验师',
  '助理实验师',
  '实验师',
  '研究员',
  '副研究员',
  '助理研究员',
  // 教育、卫生、文化
  '正高级教师',
  '高级教师',
  '一级教师',
  '二级教师',
  '高级讲师',
  '讲师',
  '教授',
  '副教授',
  '主任医师',
  '副主任医师',
  '主治医师',
  '医师',
  '主任护师',
  '副主任护师',
  '主管护师',
  '护师',
  '研究馆员',
  '副研究馆员',
  '馆员',
  '助理馆员',
  '高级编辑',
  '主任编辑',
  '编辑',
  '高级记者',
  '主任记者',
  '记者',
  '高级工艺美术师',
  '工艺美术师',
  '助理工艺美术师',
]
  .slice()
  .sort((a, b) => b.length - a.length);

/** Words between the city and the title that say nothing about the series. */
export const FIELD_NOISE: readonly string[] = ['专业技术人员', '工程技术人员', '专业', '系列', '中级', '职称'];
