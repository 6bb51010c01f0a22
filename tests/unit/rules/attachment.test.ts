import { describe, expect, it } from 'vitest';
import { checkAttachmentFile, checkAttachments, getPlan } from '../../../lib/rules';
import {
  attachmentAppointment,
  attachmentContract,
  attachmentCpd,
  attachmentExceptional,
  attachmentFile,
  attachmentPaper,
  attachmentRepresentative,
  attachmentSocial,
  attachmentWorks,
} from '../../../lib/rules/attachment';
import type { AttachmentFileInput, AttachmentSlot, AttachmentsInput, FileFacts, Rule, Target } from '../../../lib/rules/types';
import { nameOf, ruleTester, type InvalidCase, type ValidCase } from './rule-tester';

const plan = getPlan();
const pdf = (name: string): FileFacts => ({ name, bytes: 120000, type: 'pdf', pdf: { pages: 2, encrypted: false, readable: true } });

const ALL_SLOTS_FILLED: AttachmentsInput['slots'] = {
  education: [],
  appointment: [pdf('聘书.pdf')],
  contract: [pdf('合同.pdf')],
  social: [pdf('社保.pdf')],
  cpd: [pdf('继续教育.pdf')],
  works: [pdf('论文.pdf')],
  exceptional: [pdf('破格审批表.pdf')],
};

const FILLED: AttachmentsInput = { slots: ALL_SLOTS_FILLED, representativeCount: 1, applicationType: '正常申报' };
const without = (slot: AttachmentSlot): AttachmentsInput['slots'] => ({ ...ALL_SLOTS_FILLED, [slot]: [] });

describe('上传相关附件 on a whole page', () => {
  it('all slots filled: nothing; the education slot may stay empty', () => {
    expect(checkAttachments(FILLED, plan)).toEqual([]);
  });

  it('slots not on the page stay silent', () => {
    expect(checkAttachments({ ...FILLED, slots: {}, representativeCount: undefined }, plan)).toEqual([]);
  });
});

/** Each slot left empty under an application type: whether the slot's rule fires. */
const SLOT_CASES: ReadonlyArray<[AttachmentSlot, string | undefined, Rule<AttachmentsInput> | undefined]> = [
  ['contract', '正常申报', attachmentContract],
  ['social', '正常申报', attachmentSocial],
  ['cpd', '正常申报', attachmentCpd],
  ['works', '正常申报', attachmentWorks],
  ['contract', '破格申报', attachmentContract],
  ['appointment', '正常申报', attachmentAppointment],
  ['appointment', '破格申报', undefined],
  ['appointment', '转(兼)评', undefined],
  ['appointment', undefined, undefined],
  ['exceptional', '破格申报', attachmentExceptional],
  ['exceptional', '正常申报', undefined],
  ['exceptional', undefined, undefined],
];

const SLOT_RULES: ReadonlyArray<[AttachmentSlot, Rule<AttachmentsInput>]> = [
  ['appointment', attachmentAppointment],
  ['contract', attachmentContract],
  ['social', attachmentSocial],
  ['cpd', attachmentCpd],
  ['works', attachmentWorks],
  ['exceptional', attachmentExceptional],
];

const TARGETS: Record<AttachmentSlot, Target> = {
  education: 'attEducation',
  appointment: 'attAppointment',
  contract: 'attContract',
  social: 'attSocial',
  cpd: 'attCpd',
  works: 'attWorks',
  exceptional: 'attExceptional',
};

const emptySlot = (slot: AttachmentSlot, applicationType: string | undefined): ValidCase<AttachmentsInput> => ({
  input: { ...FILLED, slots: without(slot), applicationType },
  name: `${slot} empty, type ${applicationType}`,
});

for (const [slot, rule] of SLOT_RULES) {
  const mine = SLOT_CASES.filter(([s]) => s === slot);
  ruleTester(rule, {
    valid: [
      { input: FILLED, name: 'every slot filled' },
      { input: { ...FILLED, slots: {} }, name: 'no slot on the page' },
      ...mine.filter(([, , fires]) => fires !== rule).map(([s, type]) => emptySlot(s, type)),
      // another slot left empty is not this rule's finding
      ...(['contract', 'works'] as const).filter((other) => other !== slot).map((other) => emptySlot(other, '正常申报')),
    ],
    invalid: mine
      .filter(([, , fires]) => fires === rule)
      .map(([s, type]): InvalidCase<AttachmentsInput> => ({
        ...emptySlot(s, type),
        // every slot message can name the plan's 近N年 and the files uploaded
        findings: [{ messageId: 'missing', data: { years: 4, files: 0 }, target: TARGETS[s] }],
      })),
  });
}

ruleTester(attachmentRepresentative, {
  valid: [{ input: FILLED }, { input: { ...FILLED, representativeCount: undefined }, name: 'not on the page' }],
  invalid: [
    {
      input: { ...FILLED, representativeCount: 0 },
      name: '0 designated',
      findings: [{ messageId: 'none', data: { count: 0 }, target: 'attWorks' }],
    },
    {
      input: { ...FILLED, representativeCount: 2 },
      name: '2 designated',
      findings: [{ messageId: 'several', data: { count: 2 }, target: 'attWorks' }],
    },
  ],
});

/** One upload into the contract slot; the file names the case. */
const upload = (file: FileFacts, slot: AttachmentSlot = 'contract'): ValidCase<AttachmentFileInput> => ({
  input: { file, slot },
  name: `${nameOf(file)} in ${slot}`,
});
const contract = 'attContract' as const;

ruleTester(attachmentFile, {
  valid: [
    upload(pdf('合同.pdf')),
    upload({ name: '合同.PDF', bytes: 1, type: 'pdf' }),
    upload({ name: '聘书.jpg', bytes: 80000, type: 'jpeg' }),
    upload({ name: '聘书.docx', bytes: 80000, type: 'zip' }),
    upload({ name: '聘书.docx', bytes: 80000, type: 'doc' }),
    upload({ name: '附件.rar', bytes: 80000, type: 'unknown' }),
    upload({ name: '合同.pdf', bytes: 5000, type: 'pdf', pdf: { readable: true, encrypted: true, pages: 3 } }),
  ],
  invalid: [
    {
      ...upload({ name: '合同.pdf', bytes: 0, type: 'unknown' }),
      findings: [{ messageId: 'empty', data: { name: '合同.pdf' }, target: contract }],
    },
    {
      ...upload({ name: '合同.pdf', bytes: 5000, type: 'jpeg' }),
      findings: [{ messageId: 'mismatch', data: { name: '合同.pdf', ext: 'pdf', actual: 'JPEG', actualEn: 'JPEG' }, target: contract }],
    },
    {
      ...upload({ name: '聘书.jpg', bytes: 5000, type: 'png' }),
      findings: [{ messageId: 'mismatch', data: { name: '聘书.jpg', ext: 'jpg', actual: 'PNG', actualEn: 'PNG' }, target: contract }],
    },
    {
      ...upload({ name: '合同.pdf', bytes: 5000, type: 'unknown' }),
      findings: [{ messageId: 'unrecognised', data: { name: '合同.pdf', ext: 'pdf', expected: 'PDF' }, target: contract }],
    },
    {
      ...upload({ name: '合同.pdf', bytes: 5000, type: 'pdf', pdf: { readable: false, encrypted: true } }),
      findings: [{ messageId: 'pdfUnreadable', data: { name: '合同.pdf' }, target: contract }],
    },
    {
      ...upload({ name: '合同.pdf', bytes: 5000, type: 'pdf', pdf: { readable: true, pages: 0 } }),
      findings: [{ messageId: 'pdfNoPages', data: { name: '合同.pdf' }, target: contract }],
    },
    // the hint goes on the slot the file was uploaded to
    {
      ...upload({ name: 'x.pdf', bytes: 0, type: 'pdf' }, 'cpd'),
      findings: [{ messageId: 'empty', data: { name: 'x.pdf' }, target: 'attCpd' }],
    },
  ],
});

const scan = (name: string, slot: AttachmentSlot, paper?: boolean): ValidCase<AttachmentFileInput> => ({
  input: { file: { name, bytes: 5000, type: name.endsWith('.jpg') ? 'jpeg' : 'pdf' }, slot, ...(paper === undefined ? {} : { paper }) },
  name: `${name} in ${slot}${paper ? ', its row says 论文' : ''}`,
});

ruleTester(attachmentPaper, {
  valid: [scan('可行性研究报告.pdf', 'works'), scan('论文.pdf', 'contract'), scan('扫描件.pdf', 'contract', true)],
  invalid: [
    ...['论文-机械设计.pdf', '期刊封面.jpg', 'Journal_of_ME.pdf', '浙江大学学报.pdf'].map((name) => ({
      ...scan(name, 'works'),
      findings: [{ messageId: 'remind', data: { name }, target: 'attWorks' as const }],
    })),
    { ...scan('扫描件.pdf', 'works', true), findings: [{ messageId: 'remind', data: { name: '扫描件.pdf' }, target: 'attWorks' }] },
  ],
});

describe('one upload runs attachment.file and attachment.paper', () => {
  it('errors before the reminder', () => {
    const findings = checkAttachmentFile({ name: '论文.pdf', bytes: 5000, type: 'jpeg' }, 'works', plan);
    expect(findings.map((f) => `${f.ruleId}:${f.messageId}`)).toEqual(['attachment.file:mismatch', 'attachment.paper:remind']);
  });
});
