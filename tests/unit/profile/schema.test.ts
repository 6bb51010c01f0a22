import { describe, expect, it } from 'vitest';
import {
  describeIssue,
  emptyProfile,
  isIsoDate,
  profileDraftSchema,
  profileFileSchema,
  profileSchema,
  schemaProblems,
} from '../../../lib/profile/schema';
import { formatJsonPath } from '../../../lib/profile/path';
import { labelForPath } from '../../../lib/profile/field-names';
import { editableProfile, sampleFile, sampleProfile, type EditableProfile } from './fixtures';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['2021-07', true],
    ['1990-12-31', true],
    ['2023-02-29', false],
    ['2021-13', false],
    ['2021-00-10', false],
    ['2021-04-31', false],
    ['2021/07/01', false],
    ['2021-7-1', false],
    ['20210701', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('profileSchema', () => {
  it('accepts the sample profile and an empty one', () => {
    expect(schemaProblems(sampleProfile())).toEqual([]);
    expect(schemaProblems(emptyProfile('本人'))).toEqual([]);
    expect(profileFileSchema.safeParse(sampleFile()).success).toBe(true);
  });

  it('keeps unknown keys at every level', () => {
    const profile = { ...sampleProfile(), extraTop: 1, basic: { ...sampleProfile().basic, nickname: '小张' } };
    const parsed = profileSchema.parse(profile);
    expect(parsed.extraTop).toBe(1);
    expect(parsed.basic.nickname).toBe('小张');
  });

  const invalid: [string, (p: EditableProfile) => void, string, RegExp][] = [
    [
      'a date in another format',
      (p) => {
        p.basic.birthDate = '1990/03/15';
      },
      '$.basic.birthDate',
      /YYYY-MM-DD.*“1990\/03\/15”/,
    ],
    [
      'an impossible day',
      (p) => {
        p.work.workStart = '2012-02-30';
      },
      '$.work.workStart',
      /YYYY-MM-DD/,
    ],
    [
      'a gender outside 男/女',
      (p) => {
        p.basic.gender = 'M';
      },
      '$.basic.gender',
      /男 \/ 女.*“M”/,
    ],
    [
      'an unknown assessment result',
      (p) => {
        p.assessments[0]!.result = '良好';
      },
      '$.assessments[0].result',
      /优秀 \/ 称职.*“良好”/,
    ],
    [
      'a fractional year',
      (p) => {
        p.assessments[1]!.year = 2022.5;
      },
      '$.assessments[1].year',
      /整数/,
    ],
    [
      'a year as text',
      (p) => {
        p.continuingEducation[0]!.year = '2023';
      },
      '$.continuingEducation[0].year',
      /应为数字，现为“2023”/,
    ],
    [
      'negative hours',
      (p) => {
        p.continuingEducation[0]!.hours = -5;
      },
      '$.continuingEducation[0].hours',
      /不小于 0，现为数字 -5/,
    ],
    [
      'an unknown application type',
      (p) => {
        p.declaration.type = '转(兼)评';
      },
      '$.declaration.type',
      /转（兼）评/,
    ],
    [
      'an unknown achievement kind',
      (p) => {
        p.achievements[0]!.kind = '软件';
      },
      '$.achievements[0].kind',
      /论文/,
    ],
    [
      'a missing achievement id',
      (p) => {
        delete p.achievements[1]!.id;
      },
      '$.achievements[1].id',
      /缺少此项/,
    ],
    [
      'duplicate achievement ids',
      (p) => {
        p.achievements[1]!.id = 'ach-1';
      },
      '$.achievements[1].id',
      /重复/,
    ],
    [
      'rank 0',
      (p) => {
        p.achievements[0]!.rank = 0;
      },
      '$.achievements[0].rank',
      /不小于 1/,
    ],
    [
      'education not a list',
      (p) => {
        Object.assign(p, { education: {} });
      },
      '$.education',
      /应为列表/,
    ],
    [
      'a boolean as text',
      (p) => {
        p.education[0]!.fullTime = 'yes';
      },
      '$.education[0].fullTime',
      /是\/否/,
    ],
  ];

  it.each(invalid)('refuses %s with a Chinese message at the path', (_name, change, path, message) => {
    const profile = editableProfile();
    change(profile);
    const problems = schemaProblems(profile);
    expect(problems.map((p) => formatJsonPath(p.path))).toContain(path);
    const found = problems.find((p) => formatJsonPath(p.path) === path);
    expect(found?.message).toMatch(message);
    expect(found?.en).toBeTruthy();
  });

  it('allows empty dates (unknown, or 至今 for history.end)', () => {
    const profile = sampleProfile();
    profile.basic.birthDate = '';
    expect(schemaProblems(profile)).toEqual([]);
  });
});

describe('profileDraftSchema', () => {
  it('accepts half-typed formats that the strict schema refuses', () => {
    const profile = sampleProfile();
    profile.basic.birthDate = '1990-0';
    profile.assessments[0]!.year = 2021.5;
    expect(profileDraftSchema.safeParse(profile).success).toBe(true);
    expect(profileSchema.safeParse(profile).success).toBe(false);
  });

  it('still refuses wrong types', () => {
    const profile = editableProfile();
    profile.basic.mobile = 13812345678;
    expect(profileDraftSchema.safeParse(profile).success).toBe(false);
  });
});

describe('emptyProfile', () => {
  it('gives a fresh id and the label each time', () => {
    const a = emptyProfile('本人');
    const b = emptyProfile('配偶');
    expect(a.id).not.toBe(b.id);
    expect(a.label).toBe('本人');
    expect(a.education).toEqual([]);
  });
});

describe('describeIssue', () => {
  it('names a missing value', () => {
    const result = profileSchema.safeParse({ id: 'x' });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === 'label')!;
    expect(describeIssue(issue, { id: 'x' }).message).toBe('缺少此项，应为文本');
  });
});

describe('labelForPath', () => {
  it.each([
    [['basic', 'mobile'], '手机号码'],
    [['education', 0, 'school'], '毕业院校'],
    [['achievements', 2, 'issn'], '刊号（ISSN/CN）'],
    [['label'], '档案名称'],
    [['history'], '工作经历'],
  ])('%j → %s', (path, zh) => {
    expect(labelForPath(path)?.zh).toBe(zh);
  });

  it('is undefined for unknown paths', () => {
    expect(labelForPath(['basic', 'nickname'])).toBeUndefined();
  });
});

describe('zod runs without eval', () => {
  it('is configured jitless as soon as the schemas load', async () => {
    const z = await import('zod');
    expect(z.config().jitless).toBe(true);
  });
});
