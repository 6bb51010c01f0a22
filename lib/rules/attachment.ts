/** 上传相关附件 (二.5): one rule per upload slot, 代表作, and every uploaded file. */
import type { Meaning } from '../meanings';
import type { ApplicationType } from '../profile/types';
import { defineRule } from './define';
import { applicationTypeOf } from './helpers/application-type';
import { FILE_TYPE_NAMES, FILE_TYPE_NAMES_EN, expectedTypes, extensionOf } from './helpers/file-type';
import { nfkc } from './helpers/text';
import type { AttachmentFileInput, AttachmentSlot, AttachmentsInput, Finding, ReminderInput, Rule, Text } from './types';

/** The field meaning of each upload slot: where its hints go. */
export const SLOT_TARGETS: Record<AttachmentSlot, Meaning> = {
  education: 'attEducation',
  appointment: 'attAppointment',
  contract: 'attContract',
  social: 'attSocial',
  cpd: 'attCpd',
  works: 'attWorks',
  exceptional: 'attExceptional',
};

export const attachmentEducation = defineRule(
  {
    id: 'attachment.education',
    level: 'info',
    family: 'attachment',
    scope: 'guide',
    input: 'reminder',
    steps: ['attachments'],
    guide: '二.5(1)',
    docs: {
      zh: '提醒：省平台无法提取学历学位信息时，需上传学历和学位证书及认证材料（助手看不到平台的学历记录）。',
      en: 'Reminder: upload degree certificates and verification where the platform cannot fetch your degree data (the assistant cannot see the platform’s records).',
    },
    messages: {
      remind: {
        zh: '如省平台无法提取你的学历学位信息，需在此上传学历和学位证书及认证材料（《教育部学历、学位证书电子注册备案表》《中国高等教育学历认证报告》《毕业生登记表》《国外（港澳台）学历学位认证书》等）',
        en: 'If the platform cannot fetch your degree data, upload the certificates and their verification here (e.g. the Ministry of Education registration record, the CHSI verification report, the graduate registration form, a foreign-degree verification)',
      },
    },
  },
  (_input: ReminderInput, _plan, say) => [say('remind', { target: 'attEducation' })],
);

interface SlotRuleSpec {
  id: string;
  slot: AttachmentSlot;
  guide: string;
  /** Only for this application type; the rule is silent while the type is unknown. */
  only?: ApplicationType;
  docs: Text;
  missing: Text;
}

/** A required upload slot: an error when the slot is on the page and holds no file. */
function slotRule(spec: SlotRuleSpec): Rule<AttachmentsInput> {
  return defineRule(
    {
      id: spec.id,
      level: 'error',
      family: 'attachment',
      scope: 'guide',
      input: 'attachments',
      required: true,
      guide: spec.guide,
      docs: spec.docs,
      messages: { missing: spec.missing },
    },
    (input: AttachmentsInput, plan, say) => {
      const files = input.slots[spec.slot];
      if (files === undefined || files.length > 0) return [];
      if (spec.only !== undefined && applicationTypeOf(input.applicationType) !== spec.only) return [];
      // Plans of the guide's series always say how many years of 聘书 (近N年).
      return [say('missing', { data: { years: plan.appointmentYears ?? '?', files: 0 }, target: SLOT_TARGETS[spec.slot] })];
    },
  );
}

export const attachmentAppointment = slotRule({
  id: 'attachment.appointment',
  slot: 'appointment',
  guide: '二.5(2)',
  only: '正常申报',
  docs: {
    zh: '正常申报：缺少近 {appointmentYears} 年专业技术职务资格聘书。',
    en: 'Normal application: the appointment letters of the last {appointmentYears} years are missing.',
  },
  missing: {
    zh: '正常申报需上传近 {years} 年的专业技术职务资格聘书（当前 {files} 个文件）',
    en: 'A normal application needs the professional appointment letters of the last {years} years ({files} files uploaded)',
  },
});

export const attachmentContract = slotRule({
  id: 'attachment.contract',
  slot: 'contract',
  guide: '二.5(3)',
  docs: {
    zh: '缺少劳动（聘用）合同；现履行期内的合同必须提供（之前的可用社保参保记录替代）。',
    en: 'The employment contract is missing; the current one is mandatory (older ones may be replaced by social-insurance records).',
  },
  missing: {
    zh: '需上传能反映专业工作经历的劳动（聘用）合同（当前 {files} 个文件）：现履行期内的合同必须提供，之前的合同无法提供的，可用能反映当时工作单位的社会保险参保记录替代',
    en: 'Upload the employment contracts showing your professional work ({files} files uploaded): the current contract is mandatory; older ones may be replaced by social-insurance records showing the employer of the time',
  },
});

export const attachmentSocial = slotRule({
  id: 'attachment.social',
  slot: 'social',
  guide: '二.5(4)',
  docs: {
    zh: '缺少社保证明（浙里办、支付宝可下载；外省缴纳需提供省外证明）。',
    en: 'The social-insurance record is missing (download it in 浙里办 or Alipay; out-of-province proof if paid elsewhere).',
  },
  missing: {
    zh: '需上传社保证明（当前 {files} 个文件）：可通过浙里办、支付宝等 APP 下载历年参保证明；在外省缴纳社保的，需提供省外缴纳社保的相关证明',
    en: 'Upload the social-insurance record ({files} files uploaded): download the yearly records in 浙里办 or Alipay; if you paid in another province, add that province’s proof',
  },
});

export const attachmentCpd = slotRule({
  id: 'attachment.cpd',
  slot: 'cpd',
  guide: '二.5(5)',
  docs: {
    zh: '缺少继续教育学时登记证明（学习新干线或工信继续教育系统）。',
    en: 'The continuing-education hours record is missing (学习新干线 or the industry and IT continuing-education system).',
  },
  missing: {
    zh: '需上传继续教育学时登记证明（当前 {files} 个文件）：以杭州市专业技术人员学习新干线系统或浙江省工业和信息化领域专业技术人员继续教育学时登记管理系统登记的学分为准',
    en: 'Upload the continuing-education hours record ({files} files uploaded), as registered in Hangzhou’s 学习新干线 or Zhejiang’s industry and IT continuing-education system',
  },
});

export const attachmentWorks = slotRule({
  id: 'attachment.works',
  slot: 'works',
  guide: '二.5(8)',
  docs: { zh: '未上传任何著作、论文、报告或成果材料。', en: 'No books, papers, reports or results are uploaded.' },
  missing: {
    zh: '需上传任现职以来的著作、论文、项目可行性研究设计报告或成果鉴定材料（当前 {files} 个文件），并确定一篇代表作',
    en: 'Upload the books, papers, feasibility/design reports or result appraisals since your current title ({files} files uploaded), and designate one representative work',
  },
});

export const attachmentRepresentative = defineRule(
  {
    id: 'attachment.representative',
    level: 'error',
    family: 'attachment',
    scope: 'guide',
    input: 'attachments',
    required: true,
    guide: '二.5(8)',
    docs: { zh: '代表作不是恰好一篇。', en: 'Not exactly one representative work (代表作) is designated.' },
    messages: {
      none: {
        zh: '需确定一篇代表作（当前 {count} 篇）',
        en: 'Designate one representative work ({count} designated)',
      },
      several: {
        zh: '只能确定一篇代表作（当前 {count} 篇）',
        en: 'Designate exactly one representative work ({count} designated)',
      },
    },
  },
  (input: AttachmentsInput, _plan, say) => {
    const count = input.representativeCount;
    if (count === undefined || count === 1) return [];
    return [say(count === 0 ? 'none' : 'several', { data: { count }, target: 'attWorks' })];
  },
);

export const attachmentExceptional = slotRule({
  id: 'attachment.exceptional',
  slot: 'exceptional',
  guide: '二.5(9)',
  only: '破格申报',
  docs: {
    zh: '破格申报：缺少《破格推荐中级专业技术职务任职资格审批表》。',
    en: 'Exceptional application: the exceptional-recommendation approval form is missing.',
  },
  missing: {
    zh: '破格申报需填写并上传《破格推荐中级专业技术职务任职资格审批表》（当前 {files} 个文件）',
    en: 'An exceptional application needs the filled-in 《破格推荐中级专业技术职务任职资格审批表》 ({files} files uploaded)',
  },
});

export const attachmentFile = defineRule(
  {
    id: 'attachment.file',
    level: 'error',
    family: 'attachment',
    scope: 'platform',
    input: 'attachmentFile',
    guide: '二.5',
    docs: {
      zh: '每个上传的文件：不能是空文件，内容（文件头）需与扩展名一致，PDF 需能读取。',
      en: 'Every upload: not empty, content (magic bytes) matching the name’s extension, a readable PDF.',
    },
    messages: {
      empty: {
        zh: '文件“{name}”是空文件（0 字节），需重新选择',
        en: 'The file "{name}" is empty (0 bytes); choose it again',
      },
      mismatch: {
        zh: '文件“{name}”的扩展名是 .{ext}，但内容是 {actual} 格式；需上传与扩展名一致的文件',
        en: 'The file "{name}" is named .{ext} but its content is {actualEn}; upload a file whose content matches its name',
      },
      unrecognised: {
        zh: '文件“{name}”的扩展名是 .{ext}，但内容不是 {expected} 文件（可能已损坏或被改过扩展名）',
        en: 'The file "{name}" is named .{ext} but its content is not {expected} (damaged or renamed?)',
      },
      pdfUnreadable: {
        zh: 'PDF 文件“{name}”无法读取（已损坏或有打开密码），审核人员无法查看；需重新导出 PDF',
        en: 'The PDF "{name}" cannot be read (damaged or password-protected), so reviewers cannot open it; export it again',
      },
      pdfNoPages: {
        zh: 'PDF 文件“{name}”没有任何页面（0 页），需重新导出',
        en: 'The PDF "{name}" has no pages; export it again',
      },
    },
  },
  ({ file, slot }: AttachmentFileInput, _plan, say) => {
    const target = SLOT_TARGETS[slot];
    const name = file.name;
    if (file.bytes === 0) return [say('empty', { data: { name }, target })];
    const findings: Finding[] = [];
    const expected = expectedTypes(name);
    const ext = extensionOf(name);
    if (expected !== undefined && !expected.includes(file.type)) {
      if (file.type === 'unknown') {
        const expectedName = FILE_TYPE_NAMES[expected[0] as keyof typeof FILE_TYPE_NAMES];
        findings.push(say('unrecognised', { data: { name, ext, expected: expectedName }, target }));
      } else {
        const data = { name, ext, actual: FILE_TYPE_NAMES[file.type], actualEn: FILE_TYPE_NAMES_EN[file.type] };
        findings.push(say('mismatch', { data, target }));
      }
    }
    if (file.type === 'pdf' && file.pdf !== undefined) {
      if (!file.pdf.readable) findings.push(say('pdfUnreadable', { data: { name }, target }));
      else if (file.pdf.pages === 0) findings.push(say('pdfNoPages', { data: { name }, target }));
    }
    return findings;
  },
);

/** Words in a file name that mark a paper or journal scan. */
const PAPER_NAME = /论文|期刊|杂志|学报|刊物|刊号|journal|paper|article|issn/u;

/** Whether an upload in the works slot looks like a paper scan (by its name). */
export function looksLikePaper(name: string): boolean {
  return PAPER_NAME.test(nfkc(name).toLowerCase());
}

export const attachmentPaper = defineRule(
  {
    id: 'attachment.paper',
    level: 'info',
    family: 'attachment',
    scope: 'guide',
    input: 'attachmentFile',
    guide: '二.5(8)',
    docs: {
      zh: '上传论文扫描件时提醒（文件名像论文，或页面上该行的类型是论文）：需有杂志或著作的封面、刊号、目录及正文，并在本人姓名处加上标注。',
      en: 'When a paper is uploaded (a paper-like file name, or its row on the page says 论文): the scan must show the journal or book cover, the serial number, contents and body, with your name marked.',
    },
    messages: {
      remind: {
        zh: '论文扫描件“{name}”需包含杂志或著作的封面、刊号、目录及正文，并在本人姓名处加上标注',
        en: 'The paper scan "{name}" must show the journal or book cover, its serial number (刊号), the contents and the body, with your name marked',
      },
    },
  },
  ({ file, slot, paper }: AttachmentFileInput, _plan, say) =>
    slot === 'works' && (paper === true || looksLikePaper(file.name))
      ? [say('remind', { data: { name: file.name }, target: 'attWorks' })]
      : [],
);

export const ATTACHMENT_RULES = [
  attachmentEducation,
  attachmentAppointment,
  attachmentContract,
  attachmentSocial,
  attachmentCpd,
  attachmentWorks,
  attachmentRepresentative,
  attachmentPaper,
  attachmentExceptional,
  attachmentFile,
] as const;
