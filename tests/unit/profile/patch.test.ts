import { describe, expect, it } from 'vitest';
import type { PatchOp } from '../../../lib/messaging';
import { applyPatch, PatchError } from '../../../lib/profile/patch';
import { emptyProfile } from '../../../lib/profile/schema';
import { sampleProfile } from './fixtures';

describe('applyPatch', () => {
  it('sets a nested field and leaves everything else as it was', () => {
    const before = sampleProfile();
    const after = applyPatch(before, [{ op: 'set', path: ['basic', 'mobile'], value: '13900001111' }]);
    expect(after.basic.mobile).toBe('13900001111');
    expect({ ...after, basic: { ...after.basic, mobile: before.basic.mobile } }).toEqual(before);
  });

  it('does not change its input', () => {
    const before = sampleProfile();
    const copy = structuredClone(before);
    applyPatch(before, [
      { op: 'set', path: ['label'], value: '新名字' },
      { op: 'remove', path: ['history', 0] },
    ]);
    expect(before).toEqual(copy);
  });

  it('creates missing parent objects for set', () => {
    const after = applyPatch(emptyProfile('x'), [{ op: 'set', path: ['basic', 'extra', 'note'], value: '备注' }]);
    expect(after.basic.extra).toEqual({ note: '备注' });
  });

  it('deep-merges objects and keeps unknown keys', () => {
    const before = { ...sampleProfile(), work: { ...sampleProfile().work, custom: { a: 1, b: 2 } } };
    const after = applyPatch(before, [{ op: 'merge', path: ['work'], value: { employer: '新单位', custom: { b: 3 } } }]);
    expect(after.work.employer).toBe('新单位');
    expect(after.work.department).toBe(before.work.department);
    expect(after.work.custom).toEqual({ a: 1, b: 3 });
  });

  it('pushes, edits and removes list rows', () => {
    const after = applyPatch(emptyProfile('x'), [
      { op: 'push', path: ['assessments'], value: { year: 2021, result: '称职' } },
      { op: 'push', path: ['assessments'], value: { year: 2022, result: '优秀' } },
      { op: 'set', path: ['assessments', 1, 'result'], value: '合格' },
      { op: 'remove', path: ['assessments', 0] },
    ]);
    expect(after.assessments).toEqual([{ year: 2022, result: '合格' }]);
  });

  it('unsets a key', () => {
    const after = applyPatch(sampleProfile(), [{ op: 'unset', path: ['basic', 'email'] }]);
    expect('email' in after.basic).toBe(false);
  });

  const refused: [string, PatchOp[], RegExp][] = [
    ['an empty path', [{ op: 'set', path: [], value: 1 }], /路径不能为空/],
    ['__proto__ in the path', [{ op: 'set', path: ['basic', '__proto__', 'x'], value: 1 }], /不允许/],
    ['constructor in the path', [{ op: 'merge', path: ['constructor'], value: {} }], /不允许/],
    [
      '__proto__ inside a value',
      [{ op: 'merge', path: ['basic'], value: JSON.parse('{"__proto__":{"polluted":1}}') as Record<string, unknown> }],
      /不允许的键 __proto__/,
    ],
    ['prototype inside a pushed row', [{ op: 'push', path: ['history'], value: { prototype: {} } }], /不允许的键 prototype/],
    ['changing the id', [{ op: 'set', path: ['id'], value: 'other' }], /id 不能修改/],
    ['a negative index', [{ op: 'set', path: ['history', -1, 'employer'], value: 'x' }], /不允许/],
    ['an index past the end', [{ op: 'set', path: ['history', 5], value: {} }], /超出列表长度|不存在/],
    ['remove on an object key', [{ op: 'remove', path: ['basic', 'name'] }], /不是列表中的一行/],
    ['unset of a list row', [{ op: 'unset', path: ['history', 0] }], /remove/],
    ['push to a non-list', [{ op: 'push', path: ['basic'], value: 1 }], /不是列表/],
    ['a wrong type for a field', [{ op: 'set', path: ['basic', 'mobile'], value: 13812345678 }], /结构不正确.*mobile/],
    ['a gender outside the enum', [{ op: 'set', path: ['basic', 'gender'], value: 'X' }], /结构不正确/],
    ['a non-finite number', [{ op: 'set', path: ['assessments', 0, 'year'], value: Number.NaN }], /数值无效/],
    ['a string key into a list', [{ op: 'set', path: ['history', 'x'], value: 1 }], /上级是列表/],
  ];

  it.each(refused)('refuses %s', (_name, ops, message) => {
    expect(() => applyPatch(sampleProfile(), ops)).toThrow(PatchError);
    expect(() => applyPatch(sampleProfile(), ops)).toThrow(message);
  });

  it('never touches Object.prototype', () => {
    try {
      applyPatch(sampleProfile(), [{ op: 'set', path: ['__proto__', 'polluted'], value: true }]);
    } catch {
      // refused, as expected
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
