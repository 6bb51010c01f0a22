import { describe, expect, it } from 'vitest';
import { checkAttachmentFile, checkAttachments, getPlan } from '../../../lib/rules';
import type { AttachmentSlot, AttachmentsInput, FileFacts } from '../../../lib/rules/types';
import { expectFilled, summary } from './support';

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

function check(input: Partial<AttachmentsInput>) {
  const findings = checkAttachments({ slots: ALL_SLOTS_FILLED, representativeCount: 1, applicationType: '正常申报', ...input }, plan);
  expectFilled(findings);
  return findings;
}

const without = (slot: AttachmentSlot): AttachmentsInput['slots'] => ({ ...ALL_SLOTS_FILLED, [slot]: [] });

describe('slot rules', () => {
  it('all slots filled: nothing; the education slot may stay empty', () => {
    expect(check({})).toEqual([]);
  });

  it('slots not on the page stay silent', () => {
    expect(check({ slots: {}, representativeCount: undefined })).toEqual([]);
  });

  it.each([
    ['contract', '正常申报', ['attachment.contract:error'], 'attContract'],
    ['social', '正常申报', ['attachment.social:error'], 'attSocial'],
    ['cpd', '正常申报', ['attachment.cpd:error'], 'attCpd'],
    ['works', '正常申报', ['attachment.works:error'], 'attWorks'],
    ['contract', '破格申报', ['attachment.contract:error'], 'attContract'],
    ['appointment', '正常申报', ['attachment.appointment:error'], 'attAppointment'],
    ['appointment', '破格申报', [], ''],
    ['appointment', '转(兼)评', [], ''],
    ['appointment', undefined, [], ''],
    ['exceptional', '破格申报', ['attachment.exceptional:error'], 'attExceptional'],
    ['exceptional', '正常申报', [], ''],
    ['exceptional', undefined, [], ''],
  ] as const)('%s empty, type %s', (slot, applicationType, expected, target) => {
    const findings = check({ slots: without(slot), ...(applicationType === undefined ? { applicationType: undefined } : { applicationType }) });
    expect(summary(findings)).toEqual(expected);
    for (const finding of findings) expect(finding.target).toBe(target);
  });

  it('names the 4 years of appointment letters from the plan', () => {
    expect(check({ slots: without('appointment') })[0]!.message).toBe('正常申报需上传近 4 年的专业技术职务资格聘书（当前 0 个文件）');
  });

  it('explains the social-insurance alternatives', () => {
    expect(check({ slots: without('social') })[0]!.message).toMatch(/浙里办、支付宝.*省外缴纳社保/u);
  });
});

describe('attachment.representative', () => {
  it.each([
    [1, []],
    [undefined, []],
    [0, ['attachment.representative:error'], '需确定一篇代表作（当前 0 篇）'],
    [2, ['attachment.representative:error'], '只能确定一篇代表作（当前 2 篇）'],
  ])('%j designated', (representativeCount, expected, message?: string) => {
    const findings = check({ representativeCount });
    expect(summary(findings)).toEqual(expected);
    if (message) {
      expect(findings[0]!.message).toBe(message);
      expect(findings[0]!.target).toBe('attWorks');
    }
  });
});

describe('attachment.file', () => {
  it.each([
    [pdf('合同.pdf'), []],
    [{ name: '合同.PDF', bytes: 1, type: 'pdf' }, []],
    [{ name: '聘书.jpg', bytes: 80000, type: 'jpeg' }, []],
    [{ name: '聘书.docx', bytes: 80000, type: 'zip' }, []],
    [{ name: '聘书.docx', bytes: 80000, type: 'doc' }, []],
    [{ name: '附件.rar', bytes: 80000, type: 'unknown' }, []],
    [{ name: '合同.pdf', bytes: 0, type: 'unknown' }, ['attachment.file:error'], '文件“合同.pdf”是空文件（0 字节），需重新选择'],
    [{ name: '合同.pdf', bytes: 5000, type: 'jpeg' }, ['attachment.file:error'], '文件“合同.pdf”的扩展名是 .pdf，但内容是 JPEG 格式；需上传与扩展名一致的文件'],
    [{ name: '聘书.jpg', bytes: 5000, type: 'png' }, ['attachment.file:error'], /扩展名是 .jpg，但内容是 PNG/u],
    [{ name: '合同.pdf', bytes: 5000, type: 'unknown' }, ['attachment.file:error'], '文件“合同.pdf”的扩展名是 .pdf，但内容不是 PDF 文件（可能已损坏或被改过扩展名）'],
    [{ name: '合同.pdf', bytes: 5000, type: 'pdf', pdf: { readable: false, encrypted: true } }, ['attachment.file:error'], /无法读取/u],
    [{ name: '合同.pdf', bytes: 5000, type: 'pdf', pdf: { readable: true, encrypted: true, pages: 3 } }, []],
    [{ name: '合同.pdf', bytes: 5000, type: 'pdf', pdf: { readable: true, pages: 0 } }, ['attachment.file:error'], /没有任何页面/u],
  ] as const)('%j', (file, expected, message?: string | RegExp) => {
    const findings = checkAttachmentFile(file as FileFacts, 'contract', plan);
    expectFilled(findings);
    expect(summary(findings)).toEqual(expected);
    if (message) expect(findings[0]!.message).toMatch(message);
    for (const finding of findings) expect(finding.target).toBe('attContract');
  });

  it('puts the hint on the slot the file was uploaded to', () => {
    expect(checkAttachmentFile({ name: 'x.pdf', bytes: 0, type: 'pdf' }, 'cpd', plan)[0]!.target).toBe('attCpd');
  });
});

describe('attachment.paper', () => {
  it.each([
    ['论文-机械设计.pdf', 'works', ['attachment.paper:info']],
    ['期刊封面.jpg', 'works', ['attachment.paper:info']],
    ['Journal_of_ME.pdf', 'works', ['attachment.paper:info']],
    ['浙江大学学报.pdf', 'works', ['attachment.paper:info']],
    ['可行性研究报告.pdf', 'works', []],
    ['论文.pdf', 'contract', []],
  ] as const)('%s in %s', (name, slot, expected) => {
    const findings = checkAttachmentFile({ name, bytes: 5000, type: name.endsWith('.jpg') ? 'jpeg' : 'pdf' }, slot, plan);
    expect(summary(findings)).toEqual(expected);
    if (expected.length) {
      expect(findings[0]!.message).toMatch(/封面、刊号、目录及正文，并在本人姓名处加上标注/u);
      expect(findings[0]!.target).toBe('attWorks');
    }
  });
});
