import { describe, expect, it } from 'vitest';
import { isEmail, isMobile } from '../../../../lib/rules/helpers/contact';

describe('isMobile', () => {
  it.each(['13800138000', '19912345678', '15012345678', ' 13800138000 '])('%j is a mobile', (text) => {
    expect(isMobile(text)).toBe(true);
  });
  it.each([
    '',
    '1380013800',
    '138001380001',
    '12800138000',
    '23800138000',
    '+8613800138000',
    '138 0013 8000',
    '138-0013-8000',
    '１３８００１３８０００',
    '0571-88888888',
  ])('%j is not', (text) => {
    expect(isMobile(text)).toBe(false);
  });
});

describe('isEmail', () => {
  it.each(['zhang.san@example.com', 'a@b.cn', 'user+tag@mail.zj.gov.cn', 'x_y-z@sub-domain.example.org', ' a@b.cn '])(
    '%j is an address',
    (text) => {
      expect(isEmail(text)).toBe(true);
    },
  );
  it.each([
    '',
    'zhangsan',
    'zhangsan@',
    '@example.com',
    'a@b',
    'a@b.c',
    'a@@b.cn',
    'a b@c.cn',
    '.a@b.cn',
    'a.@b.cn',
    'a..b@c.cn',
    'a@-b.cn',
    'a@b..cn',
    'a＠b.cn',
    'a@b。cn',
    '张三@例子.中国',
  ])('%j is not', (text) => {
    expect(isEmail(text)).toBe(false);
  });
});
