/**
 * The message texts: the only rule tests that compare Chinese. Every message
 * of every rule is produced once from an example input; its placeholders are
 * all filled, in both languages. The exact texts below are the ones the public
 * behaviour relies on (what an applicant reads in the hint and the panel).
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES, getPlan, parsePlanName, planFromName } from '../../../lib/rules';
import { achievementCollective, achievementCount, achievementRequired, archiveApproved } from '../../../lib/rules/achievement';
import {
  attachmentAppointment,
  attachmentContract,
  attachmentCpd,
  attachmentEducation,
  attachmentExceptional,
  attachmentFile,
  attachmentPaper,
  attachmentRepresentative,
  attachmentSocial,
  attachmentWorks,
} from '../../../lib/rules/attachment';
import { commitmentSign } from '../../../lib/rules/commitment';
import {
  assessmentFormat,
  assessmentYears,
  majorAllowed,
  majorRequired,
  officeRequired,
  reportLength,
  reportRequired,
  typeExceptionalDetail,
  typeExceptionalProof,
  typeRequired,
  typeSkillProof,
  worktimeCutoff,
  worktimeInteger,
} from '../../../lib/rules/declaration';
import { placeholdersOf } from '../../../lib/rules/helpers/text';
import {
  photoBackground,
  photoColor,
  photoColorspace,
  photoCorrupt,
  photoFilesize,
  photoFormat,
  photoMetadata,
  photoOrientation,
  photoPixels,
  photoRatio,
} from '../../../lib/rules/photo';
import { profileDates, profileEmail, profileIdConsistency, profileIdNumber, profileMobile } from '../../../lib/rules/profile';
import { paperDeadline, paymentReminder, submitUnresolved } from '../../../lib/rules/submit';
import type { AttachmentSlot, AttachmentsInput, DeclarationInput, FileFacts, PhotoFacts, Plan, Rule } from '../../../lib/rules/types';
import { GOOD_DECLARATION } from './support';

const plan = getPlan('hz-manufacturing-engineer-2024');
const otherSeries = planFromName(parsePlanName('2026年度宁波市经济专业中级经济师资格评审申报计划')!);

interface Example {
  rule: Rule<never>;
  messageId: string;
  input: unknown;
  plan?: Plan;
  /** The Chinese text: exactly (a string) or in part (a pattern). */
  zh?: string | RegExp;
  en?: RegExp;
}

/** One example per message; `rule` is typed loosely so that one table holds every kind of input. */
function example<I>(rule: Rule<I>, messageId: string, input: I, expected: Omit<Example, 'rule' | 'messageId' | 'input'> = {}): Example {
  return { rule, messageId, input, ...expected };
}

const PHOTO: PhotoFacts = {
  name: '证件照.jpg',
  bytes: 50000,
  type: 'jpeg',
  width: 295,
  height: 413,
  components: 3,
  truncated: false,
  decodable: true,
};
const photo = (change: Partial<PhotoFacts>): PhotoFacts => ({ ...PHOTO, ...change });

const declaration = (change: Partial<DeclarationInput>): DeclarationInput => ({ ...GOOD_DECLARATION, ...change });

const emptySlot = (slot: AttachmentSlot, applicationType = '正常申报'): AttachmentsInput => ({ applicationType, slots: { [slot]: [] } });
const upload = (file: FileFacts, slot: AttachmentSlot = 'contract') => ({ file, slot });
const today = { today: '2024-06-01' };

const ID = '33010619900101123X'; // 1990-01-01, 男
const profile = (basic: Record<string, string>, today = '2024-06-15') => ({ profile: { basic: { idNumber: ID, ...basic } }, today });
const dates = (value: Record<string, unknown>) => ({ profile: value, today: '2024-06-15' });

const EXAMPLES: readonly Example[] = [
  example(photoFormat, 'disguised', photo({ type: 'png' }), { zh: /^文件名是“证件照.jpg”，但内容是 PNG 格式，不是 JPEG/u }),
  example(photoFormat, 'notJpeg', photo({ type: 'png', name: 'a.png' }), { zh: '照片“a.png”是 PNG 格式，需为 JPG/JPEG 格式' }),
  example(photoFormat, 'unknownContent', photo({ type: 'unknown' }), { zh: /无法识别为图片/u }),
  example(photoFormat, 'extension', photo({ name: 'photo.jfif' }), { zh: /不以 .jpg 或 .jpeg 结尾/u }),
  example(photoFormat, 'noSof', photo({ width: undefined, height: undefined }), { zh: /找不到尺寸信息（SOF 标记）/u }),
  example(photoCorrupt, 'truncated', photo({ truncated: true }), { zh: /不完整.*共 50000 字节/u }),
  example(photoCorrupt, 'undecodable', photo({ decodable: false }), { zh: /无法解码/u }),
  example(photoFilesize, 'tooSmall', photo({ bytes: 29999 }), {
    zh: '照片只有 29999 字节（约 29.3 KB），需大于 30K；按最严格的理解需在 30721–999999 字节之间',
  }),
  example(photoFilesize, 'smallBand', photo({ bytes: 30500 }), {
    zh: /30K 按 30000 字节算已达标，按 30720 字节算则不够；建议在 30721–999999 字节之间/u,
  }),
  example(photoFilesize, 'largeBand', photo({ bytes: 1020000 }), { zh: /1M 按 1048576 字节算已达标，按 1000000 字节算则过大/u }),
  example(photoFilesize, 'tooLarge', photo({ bytes: 5000000 }), { zh: /^照片有 5000000 字节（约 4.77 MB），需小于 1M/u }),
  example(photoPixels, 'tooSmall', photo({ width: 214, height: 301 }), { zh: '照片为 214 × 301 像素（宽 × 高），需大于 215 × 300' }),
  example(photoPixels, 'atLimit', photo({ width: 215, height: 301 }), {
    zh: /恰好等于下限 215 × 300；指南要求“大于”，建议至少 216 × 301/u,
  }),
  example(photoRatio, 'outOfRange', photo({ width: 2599, height: 4000 }), { zh: /^照片宽高比为 0\.649\d（.*约为 0\.71/u }),
  example(photoRatio, 'landscape', photo({ width: 4000, height: 3000 }), {
    zh: '照片宽高比为 1.33（宽 4000 × 高 3000），需在 0.65–0.80 之间；手机照片可能是旋转后显示的',
  }),
  example(photoOrientation, 'swapped', photo({ orientation: 6, width: 4000, height: 3000 }), {
    zh: /显示为 3000 × 4000，但服务器按存储的 4000 × 3000 读取/u,
    en: /server reads the stored 4000 × 3000/u,
  }),
  example(photoOrientation, 'transformed', photo({ orientation: 3 }), { zh: /方向标记 3（旋转 180°）.*服务器读取的却是未转正的原图/u }),
  example(photoColorspace, 'cmyk', photo({ components: 4 }), { zh: /CMYK.*4 个通道/u }),
  example(photoColor, 'oneComponent', photo({ components: 1 }), { zh: /单通道灰度/u }),
  example(photoColor, 'noColour', photo({ grayscale: true }), { zh: /没有任何彩色/u }),
  example(photoBackground, 'grey', photo({ background: { whiteShare: 0.9199, lightNeutralShare: 0.99, meanRgb: [238, 238, 238] } }), {
    zh: /^照片背景偏灰：背景中白色像素只占 91.9%，需至少 92%/u,
  }),
  example(photoBackground, 'colour', photo({ background: { whiteShare: 0.05, lightNeutralShare: 0.3, meanRgb: [67, 142, 219] } }), {
    zh: /^检测到蓝色背景（平均颜色 RGB 67, 142, 219）：白色像素只占 5%/u,
  }),
  example(photoMetadata, 'gps', photo({ gps: true }), { zh: /GPS 位置信息/u }),

  example(commitmentSign, 'remind', today, { zh: /扫描页面上的二维码.*《专业技术资格申报材料真实性保证书》.*字迹要端正清晰/u }),

  example(reportRequired, 'empty', declaration({ selfReport: '' }), { zh: '本人述职为空：需填写专业工作业绩情况（限 1000 字以内）' }),
  example(reportRequired, 'emptyNoLimit', declaration({ selfReport: '' }), {
    plan: { ...plan, reportLimit: undefined },
    zh: '本人述职为空：需填写专业工作业绩情况',
  }),
  example(reportLength, 'over', declaration({ selfReport: 'x'.repeat(1001) }), {
    zh: '本人述职已输入 1001 / 1000 字，超出 1 字；需删减到 1000 字以内（空格和换行也计入）',
  }),
  example(reportLength, 'near', declaration({ selfReport: 'x'.repeat(951) }), {
    zh: /^本人述职已输入 951 \/ 1000 字，接近上限，还可输入 49 字/u,
  }),
  example(officeRequired, 'empty', declaration({ office: '' }), { zh: /^未选择受理点/u }),
  example(typeRequired, 'none', declaration({ applicationTypes: [] }), {
    zh: /未选择申报类型：需在 正常申报 \/ 破格申报 \/ 转（兼）评 \/ 技能人才申报 中选择一项/u,
  }),
  example(typeRequired, 'several', declaration({ applicationTypes: ['正常申报', '破格申报'] }), {
    zh: /选择了 2 个申报类型（正常申报、破格申报），只能选择一项/u,
  }),
  example(typeSkillProof, 'missing', declaration({ applicationTypes: ['技能人才申报'] }), {
    zh: '选择了“技能人才申报”，需上传佐证材料（当前已上传 0 个文件）',
  }),
  example(typeExceptionalDetail, 'empty', declaration({ applicationTypes: ['破格申报'] }), { zh: /需填写符合破格申报条件的具体内容/u }),
  example(typeExceptionalProof, 'missing', declaration({ applicationTypes: ['破格申报'] }), {
    zh: '选择了“破格申报”，需上传佐证材料（当前已上传 0 个文件）',
  }),
  example(majorRequired, 'empty', declaration({ major: '' }), { zh: /^从事专业为空/u }),
  example(majorAllowed, 'notAllowed', declaration({ major: '土木工程' }), {
    zh: '从事专业“土木工程”不在本计划的可评审专业中（共 3 项，如：机械工程、电气工程、材料工程）',
  }),
  example(majorAllowed, 'close', declaration({ major: '电气' }), { zh: /是否应为“电气工程”/u }),
  example(worktimeInteger, 'empty', declaration({ workYears: '' }), { zh: /计算到 2024-12-31/u }),
  example(worktimeInteger, 'notInteger', declaration({ workYears: '10.5' }), { zh: /^专业工作年限填写为“10.5”，需为整数年/u }),
  example(worktimeCutoff, 'differs', declaration({ workYears: '12' }), {
    zh: '专业工作年限填写为 12 年，但按档案中的从事专业技术工作时间 2014-07-01 计算到 2024-12-31 为 10 整年；需填写 10',
  }),
  example(assessmentFormat, 'empty', declaration({ assessment: '' }), {
    zh: '考核情况为空：需逐年填写近三年考核结果，如“2021年称职（或合格）、2022年优秀、2023年称职（或合格）”',
  }),
  example(assessmentFormat, 'invalid', declaration({ assessment: '2021年度优秀、2022年优秀' }), {
    zh: /^考核情况格式不符：“2021年度”应写作“2021年”；/u,
  }),
  example(assessmentYears, 'wrongYears', declaration({ assessment: '2020年优秀、2021年优秀、2021年合格' }), {
    zh: '考核情况中的年份为 2020、2021、2021，需为 2021、2022、2023 各一次（缺少 2022、2023，多出 2020，重复 2021）',
  }),

  example(achievementRequired, 'none', { selected: [] }, { zh: /^未选择业绩/u }),
  example(
    achievementCount,
    'tooMany',
    { selected: Array.from({ length: 7 }, (_, i) => ({ title: `a${i}` })) },
    {
      zh: '已选择 7 项业绩，建议不超过 5 项：业绩材料要求突出专业代表性，不宜过多过杂',
    },
  ),
  example(
    achievementCollective,
    'needsProof',
    { selected: [{ title: '省重点项目', collective: true, authors: 8, rank: 3 }] },
    {
      zh: '“省重点项目”是集体项目（标注为集体项目，共 8 位作者/完成人，本人排名第 3）：需提供本人系主要贡献者的依据',
    },
  ),
  example(archiveApproved, 'remind', today, { zh: /须经用人单位审查通过/u }),

  example(attachmentEducation, 'remind', today, { zh: /学历和学位证书及认证材料/u }),
  example(attachmentAppointment, 'missing', emptySlot('appointment'), {
    zh: '正常申报需上传近 4 年的专业技术职务资格聘书（当前 0 个文件）',
  }),
  example(attachmentContract, 'missing', emptySlot('contract'), { zh: /劳动（聘用）合同（当前 0 个文件）/u }),
  example(attachmentSocial, 'missing', emptySlot('social'), { zh: /浙里办、支付宝.*省外缴纳社保/u }),
  example(attachmentCpd, 'missing', emptySlot('cpd'), { zh: /继续教育学时登记证明（当前 0 个文件）/u }),
  example(attachmentWorks, 'missing', emptySlot('works'), { zh: /并确定一篇代表作/u }),
  example(attachmentRepresentative, 'none', { slots: {}, representativeCount: 0 }, { zh: '需确定一篇代表作（当前 0 篇）' }),
  example(attachmentRepresentative, 'several', { slots: {}, representativeCount: 2 }, { zh: '只能确定一篇代表作（当前 2 篇）' }),
  example(attachmentPaper, 'remind', upload({ name: '论文.pdf', bytes: 5000, type: 'pdf' }, 'works'), {
    zh: /封面、刊号、目录及正文，并在本人姓名处加上标注/u,
  }),
  example(attachmentExceptional, 'missing', emptySlot('exceptional', '破格申报'), {
    zh: /《破格推荐中级专业技术职务任职资格审批表》（当前 0 个文件）/u,
  }),
  example(attachmentFile, 'empty', upload({ name: '合同.pdf', bytes: 0, type: 'unknown' }), {
    zh: '文件“合同.pdf”是空文件（0 字节），需重新选择',
  }),
  example(attachmentFile, 'mismatch', upload({ name: '合同.pdf', bytes: 5000, type: 'jpeg' }), {
    zh: '文件“合同.pdf”的扩展名是 .pdf，但内容是 JPEG 格式；需上传与扩展名一致的文件',
  }),
  example(attachmentFile, 'unrecognised', upload({ name: '合同.pdf', bytes: 5000, type: 'unknown' }), {
    zh: '文件“合同.pdf”的扩展名是 .pdf，但内容不是 PDF 文件（可能已损坏或被改过扩展名）',
  }),
  example(attachmentFile, 'pdfUnreadable', upload({ name: '合同.pdf', bytes: 5000, type: 'pdf', pdf: { readable: false } }), {
    zh: /无法读取/u,
  }),
  example(attachmentFile, 'pdfNoPages', upload({ name: '合同.pdf', bytes: 5000, type: 'pdf', pdf: { readable: true, pages: 0 } }), {
    zh: /没有任何页面/u,
  }),

  example(
    submitUnresolved,
    'open',
    { open: [{ step: 'photo', stepName: '上传证件照', ruleId: 'photo.ratio', message: '照片宽高比为 1.33' }] },
    {
      zh: '“上传证件照”仍有错误未解决：照片宽高比为 1.33',
    },
  ),
  example(paymentReminder, 'remind', today, { zh: /12333.*“我的申报记录”→“马上支付”/u }),
  example(
    paperDeadline,
    'daysLeft',
    { today: '2024-09-01' },
    { zh: /水印的评审表.*《破格推荐中级专业技术职务任职资格审批表》.*加盖公章.*2024-09-30 前统一报送，还剩 29 天/u },
  ),
  example(paperDeadline, 'dueToday', { today: '2024-09-30' }, { zh: /^今天（2024-09-30）是纸质材料的报送截止日/u }),
  example(paperDeadline, 'passed', { today: '2024-10-02' }, { zh: /^纸质材料的报送截止日 2024-09-30 已过 2 天/u }),
  example(paperDeadline, 'noDate', { today: 'not a date' }, { zh: /受理部门须于 2024-09-30 前统一报送$/u }),
  example(paperDeadline, 'unknownDate', { today: '2026-06-01' }, { plan: otherSeries, zh: /以本申报计划的通知为准/u }),

  example(profileIdNumber, 'invalid', profile({ idNumber: '1234' }), { zh: /^身份证号“1234”不正确：/u }),
  example(profileIdConsistency, 'birthDate', profile({ birthDate: '1990-01-02' }), {
    zh: '出生日期为 1990-01-02，但身份证号编码的出生日期是 1990-01-01',
  }),
  example(profileIdConsistency, 'gender', profile({ gender: '女' }), { zh: '性别为“女”，但身份证号第 17 位是 3（奇数），对应“男”' }),
  example(profileMobile, 'invalid', profile({ mobile: '1380013800' }), { zh: /当前含 10 位数字/u }),
  example(profileEmail, 'invalid', profile({ email: 'zhangsan' }), { zh: /^电子邮箱“zhangsan”不是有效的地址/u }),
  example(profileDates, 'invalid', dates({ work: { appointmentDate: '2019-02-30' } }), { zh: /聘任时间“2019-02-30”不是有效日期/u }),
  example(profileDates, 'future', dates({ work: { workStart: '2024-06-16' } }), { zh: /参加工作时间 2024-06-16 晚于今天（2024-06-15）/u }),
  example(profileDates, 'endBeforeStart', dates({ history: [{ start: '2015-01', end: '2014-12' }] }), {
    zh: /工作经历终止时间 2014-12 早于工作经历起始时间 2015-01/u,
  }),
];

describe('every message of every rule', () => {
  it('has an example below', () => {
    const all = ALL_RULES.flatMap(({ meta }) => Object.keys(meta.messages).map((id) => `${meta.id}:${id}`));
    expect(EXAMPLES.map((e) => `${e.rule.meta.id}:${e.messageId}`).sort()).toEqual(all.sort());
  });

  describe.each(ALL_RULES.map((rule) => [rule.meta.id, rule.meta] as const))('%s', (_id, meta) => {
    it.each(Object.entries(meta.messages))('%s has Chinese and English with the same placeholders', (_messageId, text) => {
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(text.en.trim()).not.toBe('');
      // an English-only variant of a value (whyEn, problemsEn …) counts as the same placeholder
      const zh = placeholdersOf(text.zh).map((name) => name.replace(/En$/u, ''));
      const en = placeholdersOf(text.en).map((name) => name.replace(/En$/u, ''));
      expect(new Set(en)).toEqual(new Set(zh));
    });
  });
});

describe.each(EXAMPLES.map((e) => [`${e.rule.meta.id}:${e.messageId}`, e] as const))('%s', (_name, e) => {
  it('fills every placeholder in both languages', () => {
    const finding = e.rule.check(e.input as never, e.plan ?? plan).find((f) => f.messageId === e.messageId);
    expect(finding, 'the example gives no finding with this message').toBeDefined();
    for (const text of [finding!.message, finding!.messageEn]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\{\w+\}/u);
    }
    expect(finding!.message).toMatch(/[\u4e00-\u9fff]/u);
    if (typeof e.zh === 'string') expect(finding!.message).toBe(e.zh);
    else if (e.zh) expect(finding!.message).toMatch(e.zh);
    if (e.en) expect(finding!.messageEn).toMatch(e.en);
  });
});
