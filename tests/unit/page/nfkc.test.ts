import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nfkc } from '../../../lib/page/text';

describe('nfkc', () => {
  it.each([
    ['姓名：', '姓名:'],
    ['转（兼）评', '转(兼)评'],
    ['１２３ＡＢＣ', '123ABC'],
    ['出生　日期', '出生 日期'],
    ['《专业技术资格申报材料真实性保证书》', '《专业技术资格申报材料真实性保证书》'],
    ['①', '1'],
    ['…', '...'],
  ])('%s → %s', (input, output) => {
    expect(nfkc(input)).toBe(output);
  });

  it('equals String.prototype.normalize("NFKC") on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => nfkc(text) === text.normalize('NFKC')),
      { numRuns: 3000 },
    );
    const cjk = fc.string({ unit: fc.integer({ min: 0x2000, max: 0xffef }).map((n) => String.fromCharCode(n)) });
    fc.assert(
      fc.property(cjk, (text) => nfkc(text) === text.normalize('NFKC')),
      { numRuns: 3000 },
    );
  });
});
