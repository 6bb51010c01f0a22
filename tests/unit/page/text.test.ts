import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isJunkLabel, isPromptOption, LABEL_MAX, normalizeLabel, stripPrompt } from '../../../lib/page/text';

describe('normalizeLabel', () => {
  const cases: [string, string][] = [
    ['姓名：', '姓名'],
    ['姓名:', '姓名'],
    ['*姓名：', '姓名'],
    ['＊姓名', '姓名'],
    ['※ 身份证号码 ：', '身份证号码'],
    ['  出生\n\t日期  ', '出生 日期'],
    ['姓　　名', '姓 名'],
    ['1.学历', '学历'],
    ['1、学历', '学历'],
    ['（1）学历和学位证书', '学历和学位证书'],
    ['(2) 聘书', '聘书'],
    ['一、基本信息', '基本信息'],
    ['*1.姓名', '姓名'],
    ['2024年度申报计划', '2024年度申报计划'],
    ['1.5倍工资', '1.5倍工资'],
    ['转（兼）评', '转(兼)评'],
    ['ｅ－ｍａｉｌ：', 'e-mail'],
    ['手机号码（必填）', '手机号码'],
    ['电\u200b话', '电话'],
    ['\ue643 男', '男'],
    ['***', ''],
    ['：', ''],
    ['-- ', ''],
    ['（）', ''],
    ['', ''],
  ];
  it.each(cases)('%j → %j', (raw, expected) => {
    expect(normalizeLabel(raw)).toBe(expected);
  });

  it('keeps the start of a long caption, at most LABEL_MAX characters', () => {
    const long = '本人述职内容为专业工作业绩情况，限一千字以内，请如实填写，不得抄袭他人内容，否则后果自负，谢谢合作配合';
    const out = normalizeLabel(long);
    expect(out.length).toBe(LABEL_MAX);
    expect(out.startsWith('本人述职')).toBe(true);
  });

  it('reads a plain caption by its shortcut exactly as the full normalisation does', () => {
    // A zero-width space at the end is dropped by the normalisation but keeps the text off the shortcut.
    const slow = (raw: string) => normalizeLabel(`${raw}\u200b`);
    const caption = fc
      .tuple(
        fc.constantFrom('', ' ', '\n\t ', '\u3000', '*', ' * ', '＊', '1.', '（1）'),
        fc.string({ unit: fc.constantFrom('姓', '名', '一', '十', '、', 'a', 'Z', '1', '0', ' ', '(', '：', '\u00a0'), maxLength: 50 }),
        fc.constantFrom('', '：', ':', ' ：', '：：', '\n', '*'),
      )
      .map(([head, words, tail]) => head + words + tail);
    fc.assert(
      fc.property(caption, (raw) => normalizeLabel(raw) === slow(raw)),
      { numRuns: 3000 },
    );
  });

  it('returns "" for something that is not a string', () => {
    expect(normalizeLabel(undefined as unknown as string)).toBe('');
    expect(normalizeLabel(42 as unknown as string)).toBe('');
  });
});

describe('prompts and junk', () => {
  it.each([
    ['请选择学历', '学历'],
    ['--请选择--', ''],
    ['请输入身份证号', '身份证号'],
    ['请填写通讯地址', '通讯地址'],
    ['学历', '学历'],
  ])('stripPrompt(%j) = %j', (raw, expected) => {
    expect(stripPrompt(raw)).toBe(expected);
  });

  it.each([
    ['请选择', true],
    ['--请选择--', true],
    ['', true],
    ['大学本科', false],
    ['选择题', false],
  ])('isPromptOption(%j) = %s', (text, expected) => {
    expect(isPromptOption(text)).toBe(expected);
  });

  it('treats button captions as no label', () => {
    expect(isJunkLabel('选择文件')).toBe(true);
    expect(isJunkLabel('姓名')).toBe(false);
  });
});
