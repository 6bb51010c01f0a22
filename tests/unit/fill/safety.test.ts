// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { BLOCKED, blockedReason } from '../../../lib/fill/read';
import { writeField } from '../../../lib/fill/write';
import { isPerceivable } from '../../../lib/page/visible';
import { $, field, group, html } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

// happy-dom has no layout: sizes, positions and overflow boxes are proven in
// the real browser (tests/e2e/fill-safety.spec.ts); styles are checked here.
describe('fill safety', () => {
  test.each([
    ['<input id="f" type="password">', BLOCKED.password],
    ['<input id="f" autocomplete="new-password">', BLOCKED.password],
    ['<input id="f" autocomplete="one-time-code">', BLOCKED.password],
    ['<input id="f" style="opacity:0">', BLOCKED.invisible],
    ['<div style="opacity:0"><input id="f"></div>', BLOCKED.invisible],
    ['<input id="f" style="position:absolute;clip:rect(0px, 0px, 0px, 0px)">', BLOCKED.invisible],
    ['<input id="f" style="clip-path:inset(50%)">', BLOCKED.invisible],
    ['<input id="f" style="visibility:hidden">', BLOCKED.invisible],
    ['<input id="f">', undefined],
    ['<input id="f" style="opacity:.5">', undefined],
  ])('%s → %s', async (markup, reason) => {
    html(markup);
    const f = field($('#f'), 'text');
    expect(blockedReason(f)).toBe(reason);
    expect(await writeField(f, '张伟')).toBe(reason === undefined);
    expect($<HTMLInputElement>('#f').value).toBe(reason === undefined ? '张伟' : '');
  });

  test('a transparent radio is written through what is drawn for it; a group nobody can see is not', async () => {
    html(`<label class="el-radio"><span class="el-radio__input"><input style="opacity:0" type="radio" name="g" value="1"></span><span>男</span></label>
          <label class="el-radio"><span class="el-radio__input"><input style="opacity:0" type="radio" name="g" value="2"></span><span>女</span></label>
          <div style="opacity:0"><label><input type="radio" name="h" value="1">男</label><label><input type="radio" name="h" value="2">女</label></div>`);
    const shown = group('g', 'radio');
    expect(blockedReason(shown)).toBeUndefined();
    expect(await writeField(shown, '女')).toBe(true);
    const hidden = group('h', 'radio');
    expect(blockedReason(hidden)).toBe(BLOCKED.invisible);
    expect(await writeField(hidden, '女')).toBe(false);
    expect(document.querySelector<HTMLInputElement>('input[name=h][value="2"]')?.checked).toBe(false);
  });

  test('a custom select is judged by its visible widget, not the hidden select', () => {
    html(
      '<select id="s" style="display:none"><option value="">请选择</option><option>助理工程师</option></select><div id="w" class="xselect">请选择</div>',
    );
    const f = field($('#s'), 'select', { widget: $<HTMLElement>('#w') });
    expect(blockedReason(f)).toBeUndefined();
    $('#w').style.opacity = '0';
    expect(blockedReason(f)).toBe(BLOCKED.invisible);
  });

  test('isPerceivable never throws', () => {
    expect(() => isPerceivable({} as Element)).not.toThrow();
    expect(() => isPerceivable(Object.create(HTMLElement.prototype) as Element)).not.toThrow();
  });
});
