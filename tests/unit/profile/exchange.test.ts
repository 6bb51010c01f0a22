import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportProfiles,
  jsonErrorLocation,
  MAX_IMPORT_BYTES,
  parseImport,
  type FileMigration,
} from '../../../lib/profile/exchange';
import { emptyProfile } from '../../../lib/profile/schema';
import { SAMPLE_TEXT, sampleFile, sampleProfile, sampleWith, type EditableProfile, type JsonRecord } from './fixtures';

const TODAY = '2026-11-26';

function errorsOf(text: string, options = {}): { path: string; message: string }[] {
  const result = parseImport(text, { today: TODAY, ...options });
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors;
}

describe('export → import round trip', () => {
  it('gives back the same profile, unknown keys kept', () => {
    const profile = {
      ...sampleProfile(),
      futureField: { nested: [1, 2, { deep: '保留' }] },
      basic: { ...sampleProfile().basic, wechat: 'zhangwei_hz' },
      achievements: sampleProfile().achievements.map((a) => ({ ...a, doi: '10.1000/xyz' })),
    };
    const text = exportProfiles([profile], new Date('2026-11-26T08:00:00Z'));
    const result = parseImport(text, { today: TODAY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.profiles).toEqual([profile]);
    expect(result.file.exportedAt).toBe('2026-11-26T08:00:00.000Z');
  });

  it('round-trips an empty profile and several profiles', () => {
    const profiles = [emptyProfile('本人'), sampleProfile()];
    const result = parseImport(exportProfiles(profiles, new Date()), { today: TODAY });
    expect(result.ok && result.file.profiles).toEqual(profiles);
  });

  it('writes the format tag, version and pretty JSON', () => {
    const text = exportProfiles([sampleProfile()], new Date('2026-11-26T08:00:00Z'));
    const file = JSON.parse(text) as JsonRecord;
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'profiles']);
    expect(file.format).toBe('zcps-assistant/profile');
    expect(file.version).toBe(1);
    expect(text).toContain('\n  "profiles": [');
  });

  it('accepts the sample file of the test harness, and a UTF-8 BOM', () => {
    expect(parseImport(SAMPLE_TEXT, { today: TODAY })).toEqual({ ok: true, file: sampleFile() });
    expect(parseImport(`\uFEFF${SAMPLE_TEXT}`, { today: TODAY }).ok).toBe(true);
  });
});

describe('import refusals', () => {
  it('not JSON: says so, with line and column', () => {
    const text = '{\n  "format": "zcps-assistant/profile",\n  "version": 1,,\n}';
    const [error] = errorsOf(text);
    expect(error?.path).toBe('$');
    expect(error?.message).toMatch(/不是有效的 JSON/);
    expect(error?.message).toMatch(/第 3 行第 \d+ 列/);
  });

  it('an empty file', () => {
    expect(errorsOf('  \n')[0]?.message).toMatch(/文件是空的/);
  });

  it('a truncated file', () => {
    const [error] = errorsOf(SAMPLE_TEXT.slice(0, 200));
    expect(error?.message).toMatch(/不是有效的 JSON/);
  });

  it.each([
    ['a list', '[1, 2]', /应为一个对象.*列表/],
    ['a number', '42', /应为一个对象.*42/],
  ])('top level is %s', (_name, text, message) => {
    expect(errorsOf(text)[0]?.message).toMatch(message);
  });

  it('the wrong format tag', () => {
    const [error] = errorsOf(
      sampleWith((f) => {
        f.format = 'something/else';
      }),
    );
    expect(error).toMatchObject({ path: '$.format' });
    expect(error?.message).toMatch(/格式标记应为“zcps-assistant\/profile”，现为“something\/else”/);
  });

  it('a newer version: names both versions', () => {
    const [error] = errorsOf(
      sampleWith((f) => {
        f.version = 3;
      }),
    );
    expect(error?.path).toBe('$.version');
    expect(error?.message).toMatch(/文件版本为 3.*版本 1/);
  });

  it.each([['"1"'], ['1.5'], ['-1']])('a version that is not a whole number: %s', (version) => {
    const text = sampleWith((f) => {
      f.version = JSON.parse(version);
    });
    expect(errorsOf(text)[0]?.message).toMatch(/版本号应为整数/);
  });

  it('an older version without an upgrade path is refused', () => {
    const [error] = errorsOf(
      sampleWith((f) => {
        f.version = 0;
      }),
    );
    expect(error?.message).toMatch(/文件版本为 0，无法从版本 0 升级到版本 1/);
  });

  it('an older version is migrated when the table has the step', () => {
    // A hypothetical version 0 that called the list "records".
    const v0 = sampleWith((f) => {
      f.version = 0;
      f.records = f.profiles;
      delete (f as Record<string, unknown>).profiles;
    });
    const migrations: Record<number, FileMigration> = {
      0: ({ records, ...rest }) => ({ ...rest, profiles: records }),
    };
    const result = parseImport(v0, { today: TODAY, migrations });
    expect(result.ok && result.file.version).toBe(1);
    expect(result.ok && result.file.profiles).toEqual([sampleProfile()]);
  });

  it('invalid fields: the JSON path, the field name and the problem', () => {
    const errors = errorsOf(
      sampleWith((f) => {
        const p = f.profiles[0]!;
        p.basic.birthDate = '1990年3月15日';
        p.assessments[2]!.result = '良好';
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['$.profiles[0].basic.birthDate', '$.profiles[0].assessments[2].result']);
    expect(errors[0]?.message).toBe(
      '$.profiles[0].basic.birthDate（出生日期）：日期应为 YYYY-MM-DD 或 YYYY-MM（例如 2021-07-01 或 2021-07），现为“1990年3月15日”',
    );
    expect(errors[1]?.message).toMatch(/^\$\.profiles\[0\]\.assessments\[2\]\.result（考核结果）：应为 优秀 \/ 称职/);
  });

  it.each([
    [
      'a bad mobile',
      (p: EditableProfile) => {
        p.basic.mobile = '1381234567';
      },
      '$.profiles[0].basic.mobile',
      /手机号码“1381234567”不正确.*11 位/,
    ],
    [
      'a bad ID check digit',
      (p: EditableProfile) => {
        p.basic.idNumber = '330106199003151235';
      },
      '$.profiles[0].basic.idNumber',
      /校验位/,
    ],
    [
      'a bad e-mail',
      (p: EditableProfile) => {
        p.basic.email = 'zhangwei＠example.com';
      },
      '$.profiles[0].basic.email',
      /电子邮箱/,
    ],
    [
      'a future date',
      (p: EditableProfile) => {
        p.work.appointmentDate = '2027-01-01';
      },
      '$.profiles[0].work.appointmentDate',
      /晚于今天（2026-11-26）/,
    ],
    [
      'an end before its start',
      (p: EditableProfile) => {
        p.history[0]!.end = '2011-01-01';
      },
      '$.profiles[0].history[0].end',
      /结束不能早于开始/,
    ],
    [
      'a gender the ID number contradicts',
      (p: EditableProfile) => {
        p.basic.gender = '女';
      },
      '$.profiles[0].basic.gender',
      /身份证号第 17 位/,
    ],
  ])('the profile rules refuse %s, naming the path', (_name, change, path, message) => {
    const errors = errorsOf(sampleWith((f) => change(f.profiles[0]!)));
    expect(errors.map((e) => e.path)).toEqual([path]);
    expect(errors[0]?.message.startsWith(`${path}（`)).toBe(true);
    expect(errors[0]?.message).toMatch(message);
  });

  it('no profiles', () => {
    expect(
      errorsOf(
        sampleWith((f) => {
          f.profiles = [];
        }),
      )[0],
    ).toMatchObject({ path: '$.profiles' });
  });

  it('two profiles with the same id', () => {
    const errors = errorsOf(
      sampleWith((f) => {
        f.profiles.push(structuredClone(f.profiles[0]!));
      }),
    );
    expect(errors[0]).toMatchObject({ path: '$.profiles[1].id' });
    expect(errors[0]?.message).toMatch(/重复/);
  });

  it.each([
    ['__proto__ at the top', '{"__proto__": {"polluted": true}, "format": "zcps-assistant/profile"}', '$.__proto__'],
    [
      'constructor in a profile',
      sampleWith((f) => {
        Object.assign(f.profiles[0]!.basic, { constructor: { prototype: {} } });
      }),
      '$.profiles[0].basic.constructor',
    ],
    [
      'prototype deep in a list',
      sampleWith((f) => {
        f.profiles[0]!.achievements[1]!.prototype = 1;
      }),
      '$.profiles[0].achievements[1].prototype',
    ],
    [
      '__proto__ inside an unknown key',
      sampleWith((f) => {
        f.extra = JSON.parse('{"a":[{"__proto__":{}}]}');
      }),
      '$.extra.a[0].__proto__',
    ],
  ])('prototype-pollution keys are refused: %s', (_name, text, path) => {
    const errors = errorsOf(text);
    expect(errors.map((e) => e.path)).toContain(path);
    expect(errors[0]?.message).toMatch(/不允许的键/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['arrays', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['objects', (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`],
    ['an unknown key of a real file', (n: number) => SAMPLE_TEXT.replace(/^\{/, `{"extra":${'['.repeat(n)}${']'.repeat(n)},`)],
  ])('deep nesting (%s, 200 000 levels) is refused with a clear message, no stack overflow', (_name, make) => {
    const text = make(200_000);
    let errors: ReturnType<typeof errorsOf> = [];
    expect(() => {
      errors = errorsOf(text);
    }).not.toThrow();
    expect(errors[0]?.message).toMatch(/嵌套超过 64 层/);
  });

  it('nesting up to the cap is still read as usual', () => {
    const nested = sampleWith((f) => {
      f.extra = JSON.parse(`${'['.repeat(60)}${']'.repeat(60)}`);
    });
    expect(parseImport(nested, { today: '2026-11-26' }).ok).toBe(true);
  });

  it('an oversized file: says the size and the limit', () => {
    const big = sampleWith((f) => {
      f.padding = 'x'.repeat(MAX_IMPORT_BYTES);
    });
    const [error] = errorsOf(big);
    expect(error?.message).toMatch(/文件大小为 5\.0 MB，超过上限 5\.0 MB/);
    const small = errorsOf(SAMPLE_TEXT, { maxBytes: 1000 })[0];
    expect(small?.message).toMatch(/文件大小为 \d\.\d KB，超过上限 1000 B/);
  });

  it('counts bytes, not characters (Chinese text is 3 bytes a character in UTF-8)', () => {
    const text = sampleWith((f) => {
      f.note = '中'.repeat(400);
    });
    expect(parseImport(text, { today: TODAY, maxBytes: text.length + 100 }).ok).toBe(false);
  });
});

describe('jsonErrorLocation', () => {
  it.each([
    ['V8 position', 'ab\ncd', new SyntaxError('Unexpected token in JSON at position 4'), { line: 2, column: 2 }],
    ['V8 line/column', 'x', new SyntaxError("Expected ',' in JSON at position 9 (line 2 column 3)"), { line: 2, column: 3 }],
    ['Firefox', 'x', new SyntaxError('JSON.parse: unexpected character at line 4 column 7 of the JSON data'), { line: 4, column: 7 }],
    ['end of input', '{\n"a":', new SyntaxError('Unexpected end of JSON input'), { line: 2, column: 5 }],
  ])('%s', (_name, text, error, expected) => {
    expect(jsonErrorLocation(text, error)).toEqual(expected);
  });

  it('is undefined when the engine gives no position', () => {
    expect(jsonErrorLocation('x', new SyntaxError('JSON Parse error: Unexpected identifier "x"'))).toBeUndefined();
  });
});

describe('exportFileName', () => {
  const when = new Date(2026, 10, 6, 9, 0, 0);
  it.each([
    [{ label: '本人', basic: { name: '张伟' } }, '职称申报档案-张伟-20261106.json'],
    [{ label: '本人', basic: {} }, '职称申报档案-本人-20261106.json'],
    [{ label: '', basic: { name: '  ' } }, '职称申报档案-未命名-20261106.json'],
    [{ label: 'a/b:c', basic: {} }, '职称申报档案-a_b_c-20261106.json'],
  ])('%j → %s', (profile, name) => {
    expect(exportFileName(profile, when)).toBe(name);
  });
});
