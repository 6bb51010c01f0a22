import { describe, expect, it } from 'vitest';
import { checkDeclaration, getPlan } from '../../../lib/rules';
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
import type { DeclarationInput, Plan } from '../../../lib/rules/types';
import { GOOD_DECLARATION as GOOD } from './support';
import { nameOf, ruleTester, type ExpectedFinding, type InvalidCase, type ValidCase } from './rule-tester';

const plan2025 = getPlan('hz-manufacturing-engineer-2025');

/** The good declaration with some fields changed; the change names the case. */
function valid(change: Partial<DeclarationInput>, plan?: Plan): ValidCase<DeclarationInput> {
  return { input: { ...GOOD, ...change }, name: nameOf(change), ...(plan ? { plan } : {}) };
}

function invalid(change: Partial<DeclarationInput>, findings: ExpectedFinding[], plan?: Plan): InvalidCase<DeclarationInput> {
  return { ...valid(change, plan), findings };
}

describe('a good declaration', () => {
  it('has no findings', () => {
    expect(checkDeclaration(GOOD, getPlan('hz-manufacturing-engineer-2024'))).toEqual([]);
  });
  it('fields not on the page keep every rule silent', () => {
    expect(checkDeclaration({}, getPlan('hz-manufacturing-engineer-2024'))).toEqual([]);
  });
});

const selfReport = 'selfReport' as const;

ruleTester(reportRequired, {
  valid: [valid({ selfReport: 'x' }), valid({ selfReport: 'x'.repeat(1001) }), valid({ selfReport: undefined })],
  invalid: [
    invalid({ selfReport: '' }, [{ messageId: 'empty', data: { limit: 1000 }, target: selfReport }]),
    invalid({ selfReport: '  \n ' }, [{ messageId: 'empty', data: { limit: 1000 }, target: selfReport }]),
    {
      name: 'no limit known',
      input: { selfReport: '' },
      plan: { ...getPlan(), reportLimit: undefined },
      findings: [{ messageId: 'emptyNoLimit', target: selfReport }],
    },
  ],
});

ruleTester(reportLength, {
  valid: [
    valid({ selfReport: '' }),
    valid({ selfReport: 'x' }),
    valid({ selfReport: 'x'.repeat(950) }),
    valid({ selfReport: undefined }),
    { name: 'no limit known', input: { selfReport: 'x'.repeat(3000) }, plan: { ...getPlan(), reportLimit: undefined } },
  ],
  invalid: [
    invalid({ selfReport: 'x'.repeat(951) }, [
      { messageId: 'near', level: 'warn', data: { count: 951, limit: 1000, left: 49 }, target: selfReport },
    ]),
    invalid({ selfReport: 'x'.repeat(1000) }, [
      { messageId: 'near', level: 'warn', data: { count: 1000, limit: 1000, left: 0 }, target: selfReport },
    ]),
    invalid({ selfReport: 'x'.repeat(1001) }, [{ messageId: 'over', data: { count: 1001, limit: 1000, over: 1 }, target: selfReport }]),
    invalid({ selfReport: '述'.repeat(1200) }, [{ messageId: 'over', data: { count: 1200, limit: 1000, over: 200 }, target: selfReport }]),
    // 501 emoji are 1002 UTF-16 units
    invalid({ selfReport: '😀'.repeat(501) }, [{ messageId: 'over', data: { count: 1002, limit: 1000, over: 2 }, target: selfReport }]),
    // whitespace and line breaks count
    invalid({ selfReport: 'x'.repeat(999) + '\n\n' }, [
      { messageId: 'over', data: { count: 1001, limit: 1000, over: 1 }, target: selfReport },
    ]),
  ],
});

ruleTester(officeRequired, {
  valid: [valid({ office: '上城区经信局' }), valid({ office: undefined })],
  invalid: ['', '请选择', '--请选择--'].map((office) => invalid({ office }, [{ messageId: 'empty', target: 'office' }])),
});

ruleTester(typeRequired, {
  valid: [['正常申报'], ['破格申报'], ['转（兼）评'], ['转(兼)评'], ['技能人才申报'], undefined].map((applicationTypes) =>
    valid({ applicationTypes }),
  ),
  invalid: [
    invalid({ applicationTypes: [] }, [
      { messageId: 'none', data: { types: '正常申报 / 破格申报 / 转（兼）评 / 技能人才申报' }, target: 'applicationType' },
    ]),
    invalid({ applicationTypes: ['  '] }, [
      { messageId: 'none', data: { types: '正常申报 / 破格申报 / 转（兼）评 / 技能人才申报' }, target: 'applicationType' },
    ]),
    invalid({ applicationTypes: ['正常申报', '破格申报'] }, [
      { messageId: 'several', data: { count: 2, chosen: '正常申报、破格申报' }, target: 'applicationType' },
    ]),
  ],
});

/** One table for the three rules about the chosen type's extra fields: which of them fire for each input. */
const TYPE_EXTRAS: ReadonlyArray<[Partial<DeclarationInput>, Record<string, ExpectedFinding>]> = [
  [
    { applicationTypes: ['技能人才申报'], typeProofFiles: 0 },
    { 'type.skill.proof': { messageId: 'missing', data: { files: 0 }, target: 'typeProof' } },
  ],
  [{ applicationTypes: ['技能人才申报'], typeProofFiles: 1 }, {}],
  [{ applicationTypes: ['技能人才申报'], typeProofFiles: undefined }, {}],
  [
    { applicationTypes: ['破格申报'], typeProofFiles: 0, exceptionalDetail: '' },
    {
      'type.exceptional.detail': { messageId: 'empty', target: 'exceptionalDetail' },
      'type.exceptional.proof': { messageId: 'missing', data: { files: 0 }, target: 'typeProof' },
    },
  ],
  [
    { applicationTypes: ['破格申报'], typeProofFiles: 2, exceptionalDetail: '   ' },
    { 'type.exceptional.detail': { messageId: 'empty', target: 'exceptionalDetail' } },
  ],
  [
    { applicationTypes: ['破格申报'], typeProofFiles: 0, exceptionalDetail: '获省级科技进步奖' },
    { 'type.exceptional.proof': { messageId: 'missing', data: { files: 0 }, target: 'typeProof' } },
  ],
  [{ applicationTypes: ['破格申报'], typeProofFiles: 1, exceptionalDetail: '获省级科技进步奖' }, {}],
  [{ applicationTypes: ['破格申报'], typeProofFiles: undefined, exceptionalDetail: undefined }, {}],
  [{ applicationTypes: ['正常申报'], typeProofFiles: 0, exceptionalDetail: '' }, {}],
  [{ applicationTypes: ['转（兼）评'], typeProofFiles: 0, exceptionalDetail: '' }, {}],
  [{ applicationTypes: ['破格申报', '技能人才申报'], typeProofFiles: 0, exceptionalDetail: '' }, {}],
];

for (const rule of [typeSkillProof, typeExceptionalDetail, typeExceptionalProof]) {
  const expected = (row: (typeof TYPE_EXTRAS)[number]) => row[1][rule.meta.id];
  ruleTester(rule, {
    valid: TYPE_EXTRAS.filter((row) => !expected(row)).map(([change]) => valid(change)),
    invalid: TYPE_EXTRAS.filter((row) => expected(row)).map((row) => invalid(row[0], [expected(row) as ExpectedFinding])),
  });
}

ruleTester(majorRequired, {
  valid: [
    valid({ major: '机械工程' }),
    valid({ major: ' 机械 工程 ' }),
    valid({ major: '土木工程' }),
    valid({ major: '土木工程', majorOptions: [] }),
    valid({ major: undefined }),
  ],
  invalid: ['', '请选择'].map((major) => invalid({ major }, [{ messageId: 'empty', target: 'major' }])),
});

ruleTester(majorAllowed, {
  valid: [
    valid({ major: '' }),
    valid({ major: '请选择' }),
    valid({ major: '机械工程' }),
    valid({ major: ' 机械 工程 ' }),
    valid({ major: '机械工程', majorOptions: ['机械工程（设计）', '机械工程'] }),
    valid({ major: '土木工程', majorOptions: undefined }),
    valid({ major: '土木工程', majorOptions: [] }),
    valid({ major: '土木工程', majorOptions: ['请选择'] }),
    valid({ major: undefined }),
    { name: 'the plan’s list when the page has none', input: { major: '机械工程' }, plan: { ...getPlan(), majors: ['机械工程'] } },
  ],
  invalid: [
    invalid({ major: '土木工程' }, [
      {
        messageId: 'notAllowed',
        data: { major: '土木工程', count: 3, examples: '机械工程、电气工程、材料工程' },
        target: 'major',
        suggestion: undefined,
      },
    ]),
    // the one option that contains what was typed is suggested
    invalid({ major: '电气' }, [
      {
        messageId: 'close',
        data: { major: '电气', count: 3, examples: '机械工程、电气工程、材料工程', closest: '电气工程' },
        target: 'major',
        suggestion: '电气工程',
      },
    ]),
    {
      name: 'the plan’s list when the page has none',
      input: { major: '化学工程' },
      plan: { ...getPlan(), majors: ['机械工程'] },
      findings: [{ messageId: 'notAllowed', data: { major: '化学工程', count: 1, examples: '机械工程' }, target: 'major' }],
    },
  ],
});

// Work years count to the plan's cutoff: 2024-12-31 (2025 plan: 2025-12-31).
const cutoff = '2024-12-31';
const workYears = 'workYears' as const;

ruleTester(worktimeInteger, {
  valid: [
    valid({ workYears: '10' }),
    valid({ workYears: '10年' }),
    valid({ workYears: '１０' }),
    valid({ workYears: '9' }),
    valid({ workYears: '11' }),
    valid({ workYears: '10', professionalStart: '2015-01-01' }),
    valid({ workYears: '4', professionalStart: '2020-02-29' }),
    valid({ workYears: '0', professionalStart: '2025-03-01' }),
    valid({ workYears: '3', professionalStart: undefined }),
    valid({ workYears: '3', professionalStart: 'unknown' }),
    valid({ workYears: undefined }),
    valid({ workYears: '10', professionalStart: '2014-12-31' }, plan2025),
  ],
  invalid: [
    invalid({ workYears: '' }, [{ messageId: 'empty', data: { cutoff }, target: workYears, suggestion: '10' }]),
    invalid({ workYears: '10.5' }, [{ messageId: 'notInteger', data: { value: '10.5', cutoff }, target: workYears, suggestion: '10' }]),
    invalid({ workYears: '十年' }, [{ messageId: 'notInteger', data: { value: '十年', cutoff }, target: workYears, suggestion: '10' }]),
    invalid({ workYears: '-1' }, [{ messageId: 'notInteger', data: { value: '-1', cutoff }, target: workYears, suggestion: '10' }]),
    // no usable profile date: no computed number to suggest
    invalid({ workYears: '3.5', professionalStart: undefined }, [
      { messageId: 'notInteger', data: { value: '3.5', cutoff }, target: workYears, suggestion: undefined },
    ]),
  ],
});

const differs = (entered: number, computed: number, start = '2014-07-01', to = cutoff): ExpectedFinding => ({
  messageId: 'differs',
  data: { entered, computed, start, cutoff: to },
  target: workYears,
  suggestion: String(computed),
});

ruleTester(worktimeCutoff, {
  valid: [
    valid({ workYears: '10' }),
    valid({ workYears: '10年' }),
    valid({ workYears: '１０' }),
    valid({ workYears: '' }),
    valid({ workYears: '10.5' }),
    valid({ workYears: '-1' }),
    // anniversaries on the cutoff day
    valid({ workYears: '10', professionalStart: '2014-12-31' }),
    valid({ workYears: '10', professionalStart: '2014-12' }),
    valid({ workYears: '4', professionalStart: '2020-02-29' }),
    valid({ workYears: '0', professionalStart: '2024-06-01' }),
    valid({ workYears: '0', professionalStart: '2025-03-01' }),
    // no usable profile date
    valid({ workYears: '3', professionalStart: undefined }),
    valid({ workYears: '3', professionalStart: 'unknown' }),
    valid({ workYears: undefined }),
    valid({ workYears: '11', professionalStart: '2014-12-31' }, plan2025),
  ],
  invalid: [
    invalid({ workYears: '9' }, [differs(9, 10)]),
    invalid({ workYears: '11' }, [differs(11, 10)]),
    invalid({ workYears: '12' }, [differs(12, 10)]),
    invalid({ workYears: '10', professionalStart: '2015-01-01' }, [differs(10, 9, '2015-01-01')]),
    // the 2025 plan counts to 2025-12-31
    invalid({ workYears: '10', professionalStart: '2014-12-31' }, [differs(10, 11, '2014-12-31', '2025-12-31')], plan2025),
    invalid({ workYears: '10' }, [differs(10, 11, '2014-07-01', '2025-12-31')], plan2025),
  ],
});

const CANON = '2021年称职（或合格）、2022年优秀、2023年称职（或合格）';
const EXAMPLE = CANON;
const assessment = 'assessment' as const;

ruleTester(assessmentFormat, {
  valid: [
    CANON,
    '2021年称职(或合格)，2022年优秀，2023年称职(或合格)',
    '2021年优秀；2022年优秀；2023年优秀',
    '2021年优秀 2022年优秀\n2023年合格',
    '2023年优秀、2022年优秀、2021年合格',
    '2020年优秀、2021年优秀、2022年优秀',
    '2021年优秀、2022年优秀',
    '2021年优秀、2022年优秀、2023年优秀、2024年优秀',
    '2021年优秀、2022年优秀、2023年优秀、2023年优秀',
    '2021年优秀、2022年优秀、2023年优秀、2023年合格',
    undefined,
  ].map((text) => valid({ assessment: text })),
  invalid: [
    invalid({ assessment: '' }, [{ messageId: 'empty', data: { example: EXAMPLE }, target: assessment, suggestion: undefined }]),
    invalid(
      { assessment: '' },
      [{ messageId: 'empty', data: { example: '2022年称职（或合格）、2023年优秀、2024年称职（或合格）' }, target: assessment }],
      plan2025,
    ),
    // the problems themselves are parseAssessment's (helpers/assessment.test.ts)
    invalid({ assessment: '2021年度称职（或合格）、2022年优秀、2023年称职（或合格）' }, [
      { messageId: 'invalid', target: assessment, suggestion: CANON },
    ]),
    invalid({ assessment: '2021年称职（或合格）2022年优秀2023年称职（或合格）' }, [
      { messageId: 'invalid', target: assessment, suggestion: CANON },
    ]),
    invalid({ assessment: '2023年称职（或合格）、2021年称职（或合格）、2022年优秀。' }, [
      { messageId: 'invalid', target: assessment, suggestion: CANON },
    ]),
    invalid({ assessment: '2021年良好、2022年优秀、2023年优秀' }, [{ messageId: 'invalid', target: assessment, suggestion: undefined }]),
    invalid({ assessment: '2020年良好、2022年优秀、2023年优秀' }, [{ messageId: 'invalid', target: assessment, suggestion: undefined }]),
    invalid({ assessment: '优秀优秀优秀' }, [{ messageId: 'invalid', target: assessment, suggestion: undefined }]),
    invalid({ assessment: '2021年度优秀、2022年优秀' }, [{ messageId: 'invalid', target: assessment, suggestion: undefined }]),
  ],
});

const wrongYears = (
  found: string,
  detail: string,
  detailEn: string,
  suggestion?: string,
  expected = '2021、2022、2023',
): ExpectedFinding => ({
  messageId: 'wrongYears',
  data: { found, expected, detail, detailEn },
  target: assessment,
  suggestion,
});

ruleTester(assessmentYears, {
  valid: [
    CANON,
    '2021年称职(或合格)，2022年优秀，2023年称职(或合格)',
    '2021年优秀；2022年优秀；2023年优秀',
    '2021年优秀 2022年优秀\n2023年合格',
    '2023年优秀、2022年优秀、2021年合格',
    '',
    '2021年度称职（或合格）、2022年优秀、2023年称职（或合格）',
    '2021年良好、2022年优秀、2023年优秀',
    '优秀优秀优秀',
    undefined,
  ].map((text) => valid({ assessment: text })),
  invalid: [
    invalid({ assessment: '2020年良好、2022年优秀、2023年优秀' }, [
      wrongYears('2020、2022、2023', '缺少 2021，多出 2020', 'missing 2021; not needed 2020'),
    ]),
    invalid({ assessment: '2020年优秀、2021年优秀、2022年优秀' }, [
      wrongYears('2020、2021、2022', '缺少 2023，多出 2020', 'missing 2023; not needed 2020'),
    ]),
    invalid({ assessment: '2021年优秀、2022年优秀' }, [wrongYears('2021、2022', '缺少 2023', 'missing 2023')]),
    invalid({ assessment: '2021年优秀、2022年优秀、2023年优秀、2024年优秀' }, [
      wrongYears('2021、2022、2023、2024', '多出 2024', 'not needed 2024', '2021年优秀、2022年优秀、2023年优秀'),
    ]),
    invalid({ assessment: '2021年优秀、2022年优秀、2023年优秀、2023年优秀' }, [
      wrongYears('2021、2022、2023、2023', '重复 2023', 'repeated 2023', '2021年优秀、2022年优秀、2023年优秀'),
    ]),
    invalid({ assessment: '2021年优秀、2022年优秀、2023年优秀、2023年合格' }, [
      wrongYears('2021、2022、2023、2023', '重复 2023', 'repeated 2023'),
    ]),
    invalid({ assessment: '2021年度优秀、2022年优秀' }, [wrongYears('2021、2022', '缺少 2023', 'missing 2023')]),
    invalid({ assessment: '2020年优秀、2021年优秀、2021年合格' }, [
      wrongYears('2020、2021、2021', '缺少 2022、2023，多出 2020，重复 2021', 'missing 2022, 2023; not needed 2020; repeated 2021'),
    ]),
    // the 2025 plan wants 2022–2024
    invalid(
      { assessment: CANON },
      [wrongYears('2021、2022、2023', '缺少 2024，多出 2021', 'missing 2024; not needed 2021', undefined, '2022、2023、2024')],
      plan2025,
    ),
  ],
});

describe('the 2025 plan on a whole page', () => {
  it('wants 2022–2024 and counts to its own cutoff', () => {
    expect(checkDeclaration({ ...GOOD, workYears: '11' }, plan2025).map((f) => f.ruleId)).toEqual(['assessment.years']);
    expect(checkDeclaration({ ...GOOD, assessment: '2022年优秀、2023年优秀、2024年称职', workYears: '11' }, plan2025)).toEqual([]);
  });
});
