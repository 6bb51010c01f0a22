import { describe, expect, it } from 'vitest';
import { needText, slotNeed, slotOf, type SlotNeed } from '../../../lib/attachments/slots';
import { fileFacts } from '../../../lib/attachments/facts';
import { checkAttachmentFile, checkAttachments, getPlan } from '../../../lib/rules';
import type { AttachmentSlot } from '../../../lib/rules/types';
import { buildPdf, truncate } from './pdf-builder';

const plan = getPlan();

describe('slotNeed per application type (二.5)', () => {
  const table: Array<[AttachmentSlot, string | undefined, SlotNeed]> = [
    ['appointment', '正常申报', 'required'],
    ['appointment', '破格申报', 'none'],
    ['appointment', '转(兼)评', 'none'],
    ['appointment', '技能人才申报', 'none'],
    ['appointment', undefined, 'unknown'],
    ['exceptional', '破格申报', 'required'],
    ['exceptional', '正常申报', 'none'],
    ['exceptional', undefined, 'unknown'],
    ['education', '正常申报', 'optional'],
    ['education', '破格申报', 'optional'],
    ['contract', '正常申报', 'required'],
    ['contract', '破格申报', 'required'],
    ['social', undefined, 'required'],
    ['cpd', '技能人才申报', 'required'],
    ['works', '转（兼）评', 'required'],
  ];
  it.each(table)('%s for %s is %s', (slot, type, need) => {
    expect(slotNeed(slot, type)).toBe(need);
  });

  it('agrees with the rules: a required empty slot is an error, a slot that is not needed is silent', () => {
    for (const type of ['正常申报', '破格申报']) {
      const slots = { appointment: [], exceptional: [], contract: [], education: [] };
      const fired = new Set(checkAttachments({ applicationType: type, slots }, plan).map((f) => f.ruleId));
      expect(fired.has('attachment.appointment')).toBe(slotNeed('appointment', type) === 'required');
      expect(fired.has('attachment.exceptional')).toBe(slotNeed('exceptional', type) === 'required');
      expect(fired.has('attachment.contract')).toBe(true);
      expect(fired.has('attachment.education')).toBe(false);
    }
  });
});

describe('needText', () => {
  it.each<[AttachmentSlot, SlotNeed, number, string]>([
    ['contract', 'required', 0, '必传 · 未上传'],
    ['contract', 'required', 2, '必传 · 已上传 2 个文件'],
    ['education', 'optional', 0, '选传 · 省平台无法提取学历学位信息时上传'],
    ['appointment', 'none', 0, '无需上传 · 仅正常申报需要'],
    ['exceptional', 'none', 0, '无需上传 · 仅破格申报需要'],
    ['exceptional', 'unknown', 1, '破格申报必传 · 未识别申报类型 · 已上传 1 个文件'],
  ])('%s %s with %i files', (slot, need, files, zh) => {
    const text = needText(slot, need, files);
    expect(text.zh).toBe(zh);
    expect(text.en).not.toBe('');
  });
});

describe('slotOf', () => {
  it.each([
    ['attContract', 'contract'],
    ['attExceptional', 'exceptional'],
    ['attWorks', 'works'],
    ['photo', undefined],
    [undefined, undefined],
  ] as const)('%s → %s', (meaning, slot) => {
    expect(slotOf(meaning)).toBe(slot);
  });
});

describe('file facts feed attachment.file and attachment.paper', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const facts = (name: string, bytes: Uint8Array) => fileFacts(name, bytes.length, bytes, bytes.subarray(-2048));
  it.each<[string, string, Uint8Array, AttachmentSlot, string[]]>([
    ['a good one-page PDF', '合同.pdf', buildPdf({ pages: 1 }), 'contract', []],
    ['a PNG renamed .pdf', '社保证明.pdf', PNG, 'social', ['attachment.file']],
    ['an empty file', '聘书.pdf', new Uint8Array(0), 'appointment', ['attachment.file']],
    ['a truncated PDF', '学时.pdf', truncate(buildPdf({ pages: 3 })), 'cpd', ['attachment.file']],
    ['a PDF without pages', '合同.pdf', buildPdf({ pages: 0 }), 'contract', ['attachment.file']],
    ['a paper scan in the works slot', '论文-机械工程学报.pdf', buildPdf({ pages: 6 }), 'works', ['attachment.paper']],
    ['a paper name outside the works slot', '论文.pdf', buildPdf({ pages: 1 }), 'contract', []],
  ])('%s', (_what, name, bytes, slot, rules) => {
    expect(checkAttachmentFile(facts(name, bytes), slot, plan).map((f) => f.ruleId)).toEqual(rules);
  });

  it('names the real type of a renamed file', () => {
    const [finding] = checkAttachmentFile(facts('社保证明.pdf', PNG), 'social', plan);
    expect(finding?.message).toContain('PNG');
    expect(finding?.target).toBe('attSocial');
  });
});
