import { describe, expect, it } from 'vitest';
import { checkDeclaration, getPlan } from '../../../lib/rules';
import type { DeclarationInput } from '../../../lib/rules/types';
import { expectFilled, of, summary } from './support';

const plan = getPlan('hz-manufacturing-engineer-2024');
const plan2025 = getPlan('hz-manufacturing-engineer-2025');

/** A declaration page filled correctly, with the profile's start of professional work. */
const GOOD: DeclarationInput = {
  selfReport: '本人自 2014 年起从事机械设计工作……',
  office: '市直单位职称受理点',
  applicationTypes: ['正常申报'],
  typeProofFiles: 0,
  exceptionalDetail: '',
  major: '机械工程',
  majorOptions: ['机械工程', '电气工程', '材料工程'],
  workYears: '10',
  assessment: '2021年称职（或合格）、2022年优秀、2023年称职（或合格）',
  professionalStart: '2014-07-01',
};

function check(change: Partial<DeclarationInput>, p = plan) {
  const findings = checkDeclaration({ ...GOOD, ...change }, p);
  expectFilled(findings);
  return findings;
}

describe('a good declaration', () => {
  it('has no findings', () => {
    expect(checkDeclaration(GOOD, plan)).toEqual([]);
  });
  it('fields not on the page keep every rule silent', () => {
    expect(checkDeclaration({}, plan)).toEqual([]);
  });
});

describe('report.required and report.length', () => {
  it.each([
    ['', ['report.required:error']],
    ['  \n ', ['report.required:error']],
    ['x', []],
    ['x'.repeat(950), []],
    ['x'.repeat(951), ['report.length:warn']],
    ['x'.repeat(1000), ['report.length:warn']],
    ['x'.repeat(1001), ['report.length:error']],
    ['述'.repeat(1200), ['report.length:error']],
    ['😀'.repeat(501), ['report.length:error']], // 1002 UTF-16 units
  ])('%#: %i characters', (selfReport, expected) => {
    const findings = check({ selfReport }).filter((f) => f.ruleId.startsWith('report.'));
    expect(summary(findings)).toEqual(expected);
    for (const finding of findings) expect(finding.target).toBe('selfReport');
  });

  it('shows the counter text in the message', () => {
    expect(of(check({ selfReport: 'x'.repeat(1001) }), 'report.length')[0]!.message).toBe(
      '本人述职已输入 1001 / 1000 字，超出 1 字；需删减到 1000 字以内（空格和换行也计入）',
    );
    expect(of(check({ selfReport: 'x'.repeat(951) }), 'report.length')[0]!.message).toMatch(/^本人述职已输入 951 \/ 1000 字，接近上限，还可输入 49 字/u);
  });

  it('counts whitespace and line breaks', () => {
    expect(summary(of(check({ selfReport: 'x'.repeat(999) + '\n\n' }), 'report.length'))).toEqual(['report.length:error']);
  });
});

describe('office.required', () => {
  it.each([
    ['', ['office.required:error']],
    ['请选择', ['office.required:error']],
    ['--请选择--', ['office.required:error']],
    ['上城区经信局', []],
    [undefined, []],
  ])('%j', (office, expected) => {
    const findings = of(check({ office }), 'office.required');
    expect(summary(findings)).toEqual(expected);
    for (const finding of findings) expect(finding.target).toBe('office');
  });
});

describe('type.required', () => {
  it.each([
    [['正常申报'], []],
    [['破格申报'], []],
    [['转（兼）评'], []],
    [['转(兼)评'], []],
    [['技能人才申报'], []],
    [[], ['type.required:error'], /未选择申报类型：需在 正常申报 \/ 破格申报 \/ 转（兼）评 \/ 技能人才申报 中选择一项/u],
    [['  '], ['type.required:error'], /未选择/u],
    [['正常申报', '破格申报'], ['type.required:error'], /选择了 2 个申报类型（正常申报、破格申报），只能选择一项/u],
    [undefined, []],
  ])('%j', (applicationTypes, expected, message?: RegExp) => {
    const findings = of(check({ applicationTypes }), 'type.required');
    expect(summary(findings)).toEqual(expected);
    if (message) expect(findings[0]!.message).toMatch(message);
    for (const finding of findings) expect(finding.target).toBe('applicationType');
  });
});

describe('type.*.proof and type.exceptional.detail', () => {
  it.each([
    [{ applicationTypes: ['技能人才申报'], typeProofFiles: 0 }, ['type.skill.proof:error']],
    [{ applicationTypes: ['技能人才申报'], typeProofFiles: 1 }, []],
    [{ applicationTypes: ['技能人才申报'], typeProofFiles: undefined }, []],
    [{ applicationTypes: ['破格申报'], typeProofFiles: 0, exceptionalDetail: '' }, ['type.exceptional.detail:error', 'type.exceptional.proof:error']],
    [{ applicationTypes: ['破格申报'], typeProofFiles: 2, exceptionalDetail: '   ' }, ['type.exceptional.detail:error']],
    [{ applicationTypes: ['破格申报'], typeProofFiles: 0, exceptionalDetail: '获省级科技进步奖' }, ['type.exceptional.proof:error']],
    [{ applicationTypes: ['破格申报'], typeProofFiles: 1, exceptionalDetail: '获省级科技进步奖' }, []],
    [{ applicationTypes: ['破格申报'], typeProofFiles: undefined, exceptionalDetail: undefined }, []],
    [{ applicationTypes: ['正常申报'], typeProofFiles: 0, exceptionalDetail: '' }, []],
    [{ applicationTypes: ['转（兼）评'], typeProofFiles: 0, exceptionalDetail: '' }, []],
    [{ applicationTypes: ['破格申报', '技能人才申报'], typeProofFiles: 0, exceptionalDetail: '' }, []],
  ])('%j', (change, expected) => {
    const findings = check(change).filter((f) => /^type\.(skill|exceptional)\./u.test(f.ruleId));
    expect(summary(findings)).toEqual(expected);
    for (const finding of findings) {
      expect(finding.target).toBe(finding.ruleId === 'type.exceptional.detail' ? 'exceptionalDetail' : 'typeProof');
    }
  });

  it('says how many files are uploaded', () => {
    expect(of(check({ applicationTypes: ['技能人才申报'] }), 'type.skill.proof')[0]!.message).toBe(
      '选择了“技能人才申报”，需上传佐证材料（当前已上传 0 个文件）',
    );
  });
});

describe('major.required and major.allowed', () => {
  it.each([
    [{ major: '' }, ['major.required:error']],
    [{ major: '请选择' }, ['major.required:error']],
    [{ major: '机械工程' }, []],
    [{ major: ' 机械 工程 ' }, []],
    [{ major: '机械工程', majorOptions: ['机械工程（设计）', '机械工程'] }, []],
    [{ major: '土木工程' }, ['major.allowed:error']],
    [{ major: '土木工程', majorOptions: undefined }, []],
    [{ major: '土木工程', majorOptions: [] }, []],
    [{ major: '土木工程', majorOptions: ['请选择'] }, []],
    [{ major: undefined }, []],
  ])('%j', (change, expected) => {
    const findings = check(change).filter((f) => f.ruleId.startsWith('major.'));
    expect(summary(findings)).toEqual(expected);
    for (const finding of findings) expect(finding.target).toBe('major');
  });

  it('lists the allowed count and examples', () => {
    expect(of(check({ major: '土木工程' }), 'major.allowed')[0]!.message).toBe(
      '从事专业“土木工程”不在本计划的可评审专业中（共 3 项，如：机械工程、电气工程、材料工程）',
    );
  });

  it('suggests the one option that contains what was typed', () => {
    const finding = of(check({ major: '电气' }), 'major.allowed')[0]!;
    expect(finding.suggestion).toBe('电气工程');
    expect(finding.message).toMatch(/是否应为“电气工程”/u);
  });

  it('uses the plan’s list when the page has none', () => {
    const withMajors = { ...plan, majors: ['机械工程'] };
    expect(summary(checkDeclaration({ major: '化学工程' }, withMajors))).toEqual(['major.allowed:error']);
    expect(checkDeclaration({ major: '机械工程' }, withMajors)).toEqual([]);
  });
});

describe('worktime.integer and worktime.cutoff (cutoff 2024-12-31)', () => {
  it.each([
    [{ workYears: '10' }, [], undefined],
    [{ workYears: '10年' }, [], undefined],
    [{ workYears: '１０' }, [], undefined],
    [{ workYears: '' }, ['worktime.integer:error'], '10'],
    [{ workYears: '10.5' }, ['worktime.integer:error'], '10'],
    [{ workYears: '十年' }, ['worktime.integer:error'], '10'],
    [{ workYears: '-1' }, ['worktime.integer:error'], '10'],
    [{ workYears: '9' }, ['worktime.cutoff:error'], '10'],
    [{ workYears: '11' }, ['worktime.cutoff:error'], '10'],
    // anniversaries on the cutoff day
    [{ workYears: '10', professionalStart: '2014-12-31' }, [], undefined],
    [{ workYears: '10', professionalStart: '2015-01-01' }, ['worktime.cutoff:error'], '9'],
    [{ workYears: '10', professionalStart: '2014-12' }, [], undefined],
    [{ workYears: '4', professionalStart: '2020-02-29' }, [], undefined],
    [{ workYears: '0', professionalStart: '2024-06-01' }, [], undefined],
    [{ workYears: '0', professionalStart: '2025-03-01' }, [], undefined],
    // no usable profile date: only the integer rule applies
    [{ workYears: '3', professionalStart: undefined }, [], undefined],
    [{ workYears: '3', professionalStart: 'unknown' }, [], undefined],
    [{ workYears: '3.5', professionalStart: undefined }, ['worktime.integer:error'], undefined],
    [{ workYears: undefined }, [], undefined],
  ])('%j', (change, expected, suggestion) => {
    const findings = check(change).filter((f) => f.ruleId.startsWith('worktime.'));
    expect(summary(findings)).toEqual(expected);
    for (const finding of findings) {
      expect(finding.target).toBe('workYears');
      expect(finding.suggestion).toBe(suggestion);
    }
  });

  it('gives the computed number in the message', () => {
    expect(of(check({ workYears: '12' }), 'worktime.cutoff')[0]!.message).toBe(
      '专业工作年限填写为 12 年，但按档案中的从事专业技术工作时间 2014-07-01 计算到 2024-12-31 为 10 整年；需填写 10',
    );
  });

  it('counts to the 2025 plan’s cutoff', () => {
    expect(summary(check({ workYears: '10', professionalStart: '2014-12-31' }, plan2025))).toContain('worktime.cutoff:error');
    expect(of(check({ workYears: '10' }, plan2025), 'worktime.cutoff')[0]!.suggestion).toBe('11');
    expect(of(check({ workYears: '11', professionalStart: '2014-12-31' }, plan2025), 'worktime.cutoff')).toEqual([]);
  });
});

describe('assessment.format and assessment.years', () => {
  const CANON = '2021年称职（或合格）、2022年优秀、2023年称职（或合格）';
  it.each([
    [CANON, [], undefined],
    ['2021年称职(或合格)，2022年优秀，2023年称职(或合格)', [], undefined],
    ['2021年优秀；2022年优秀；2023年优秀', [], undefined],
    ['2021年优秀 2022年优秀\n2023年合格', [], undefined],
    ['2023年优秀、2022年优秀、2021年合格', [], undefined],
    ['', ['assessment.format:error'], undefined],
    ['2021年度称职（或合格）、2022年优秀、2023年称职（或合格）', ['assessment.format:error'], CANON],
    ['2021年称职（或合格）2022年优秀2023年称职（或合格）', ['assessment.format:error'], CANON],
    ['2023年称职（或合格）、2021年称职（或合格）、2022年优秀。', ['assessment.format:error'], '2021年称职（或合格）、2022年优秀、2023年称职（或合格）'],
    ['2021年良好、2022年优秀、2023年优秀', ['assessment.format:error'], undefined],
    ['2020年良好、2022年优秀、2023年优秀', ['assessment.format:error', 'assessment.years:error'], undefined],
    ['优秀优秀优秀', ['assessment.format:error'], undefined],
    ['2020年优秀、2021年优秀、2022年优秀', ['assessment.years:error'], undefined],
    ['2021年优秀、2022年优秀', ['assessment.years:error'], undefined],
    ['2021年优秀、2022年优秀、2023年优秀、2024年优秀', ['assessment.years:error'], '2021年优秀、2022年优秀、2023年优秀'],
    ['2021年优秀、2022年优秀、2023年优秀、2023年优秀', ['assessment.years:error'], '2021年优秀、2022年优秀、2023年优秀'],
    ['2021年优秀、2022年优秀、2023年优秀、2023年合格', ['assessment.years:error'], undefined],
    ['2021年度优秀、2022年优秀', ['assessment.format:error', 'assessment.years:error'], undefined],
  ])('%j', (assessment, expected, suggestion) => {
    const findings = check({ assessment }).filter((f) => f.ruleId.startsWith('assessment.'));
    expect(summary(findings)).toEqual(expected);
    for (const finding of findings) {
      expect(finding.target).toBe('assessment');
      expect(finding.suggestion).toBe(suggestion);
    }
  });

  it('explains what is wrong with the years', () => {
    expect(of(check({ assessment: '2020年优秀、2021年优秀、2021年合格' }), 'assessment.years')[0]!.message).toBe(
      '考核情况中的年份为 2020、2021、2021，需为 2021、2022、2023 各一次（缺少 2022、2023，多出 2020，重复 2021）',
    );
  });

  it('shows the example with the plan’s years', () => {
    expect(of(check({ assessment: '' }), 'assessment.format')[0]!.message).toBe(
      '考核情况为空：需逐年填写近三年考核结果，如“2021年称职（或合格）、2022年优秀、2023年称职（或合格）”',
    );
    expect(of(check({ assessment: '' }, plan2025), 'assessment.format')[0]!.message).toMatch(/2022年称职（或合格）、2023年优秀、2024年称职（或合格）/u);
  });

  it('the 2025 plan wants 2022–2024', () => {
    expect(summary(check({ assessment: CANON, workYears: '11' }, plan2025))).toEqual(['assessment.years:error']);
    expect(check({ assessment: '2022年优秀、2023年优秀、2024年称职', workYears: '11' }, plan2025)).toEqual([]);
  });
});
