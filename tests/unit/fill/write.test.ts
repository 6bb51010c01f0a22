// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import {
  restore,
  snapshot,
  writeCheckbox,
  writeCustomSelect,
  writeDate,
  writeField,
  writeRadio,
  writeSelect,
  writeText,
} from '../../../lib/fill/write';
import { $, field, group, html, recordEvents } from './helpers';

beforeEach(() => {
  document.body.innerHTML = '';
});

/**
 * A React-style value tracker: the framework puts its own `value` property on
 * the element and remembers what was assigned through it; on `input` it
 * reports a change only when the DOM value differs from what it remembered.
 */
function track(el: HTMLInputElement): { changes: string[] } {
  const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  let remembered = el.value;
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() {
      return proto.get!.call(this) as string;
    },
    set(v: string) {
      remembered = v;
      proto.set!.call(this, v);
    },
  });
  const seen = { changes: [] as string[] };
  el.addEventListener('input', () => {
    const now = proto.get!.call(el) as string;
    if (now !== remembered) {
      remembered = now;
      seen.changes.push(now);
    }
  });
  return seen;
}

describe('text', () => {
  test('the prototype setter makes a value tracker see the change, then input and change bubble', () => {
    html('<form><input id="name"></form>');
    const input = $<HTMLInputElement>('#name');
    const tracker = track(input);
    const log = recordEvents(['input', 'change']);
    expect(writeText(input, '张伟')).toBe(true);
    expect(input.value).toBe('张伟');
    expect(tracker.changes).toEqual(['张伟']);
    expect(log).toEqual(['input:name', 'change:name']);
  });

  test('a plain assignment would hide the change from the tracker (the test can fail)', () => {
    html('<input id="name">');
    const input = $<HTMLInputElement>('#name');
    const tracker = track(input);
    input.value = '张伟';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(tracker.changes).toEqual([]);
  });

  test('textarea through its own prototype', () => {
    html('<textarea id="report"></textarea>');
    const area = $<HTMLTextAreaElement>('#report');
    const log = recordEvents(['input', 'change']);
    expect(writeText(area, '第一行\n第二行')).toBe(true);
    expect(area.value).toBe('第一行\n第二行');
    expect(log).toEqual(['input:report', 'change:report']);
  });

  test.each([
    ['readonly', '<input id="x" readonly value="原值">'],
    ['disabled', '<input id="x" disabled value="原值">'],
    ['inside a disabled fieldset', '<fieldset disabled><input id="x" value="原值"></fieldset>'],
    ['aria-readonly', '<input id="x" aria-readonly="true" value="原值">'],
  ])('refuses a %s field and leaves it alone', (_name, markup) => {
    html(markup);
    const input = $<HTMLInputElement>('#x');
    const log = recordEvents(['input', 'change']);
    expect(writeText(input, '新值')).toBe(false);
    expect(input.value).toBe('原值');
    expect(log).toEqual([]);
  });

  test('never a file input', async () => {
    html('<input id="f" type="file">');
    const f = $<HTMLInputElement>('#f');
    expect(await writeField(field(f, 'file'), 'C:\\fakepath\\a.jpg')).toBe(false);
  });

  test('reports false when the page rewrites the value', () => {
    html('<input id="x">');
    const input = $<HTMLInputElement>('#x');
    input.addEventListener('input', () => (input.value = input.value.slice(0, 2)));
    expect(writeText(input, '12345')).toBe(false);
  });
});

describe('select', () => {
  const markup = `<select id="s">
    <option value="">请选择</option>
    <option value="01">汉族</option>
    <option value="02">转(兼)评</option>
    <option value="03">大学 本科</option>
  </select>`;

  test.each([
    ['by option value', '01', '01'],
    ['by text', '汉族', '01'],
    ['by normalised text (full-width parentheses)', '转（兼）评', '02'],
    ['by normalised text (spaces)', '大学本科', '03'],
  ])('%s', (_name, value, expected) => {
    html(markup);
    const select = $<HTMLSelectElement>('#s');
    const log = recordEvents(['change']);
    expect(writeSelect(select, value)).toBe(true);
    expect(select.value).toBe(expected);
    expect(log).toEqual(['change:s']);
  });

  test('an option that is not there is not chosen', () => {
    html(markup);
    const select = $<HTMLSelectElement>('#s');
    expect(writeSelect(select, '蒙古族')).toBe(false);
    expect(select.value).toBe('');
  });

  test('a disabled select is refused', () => {
    html(markup.replace('<select id="s">', '<select id="s" disabled>'));
    expect(writeSelect($<HTMLSelectElement>('#s'), '汉族')).toBe(false);
  });
});

describe('radio and checkbox', () => {
  test('a radio is clicked by its label text, and the page sees click and change', () => {
    html(`<div><label><input type="radio" name="g" id="m" value="1">男</label>
      <label><input type="radio" name="g" id="f" value="2">女</label></div>`);
    const g = group('g', 'radio');
    const log = recordEvents(['click', 'change']);
    expect(writeRadio(g, '女')).toBe(true);
    expect($<HTMLInputElement>('#f').checked).toBe(true);
    expect(log).toEqual(['click:f', 'change:f']);
  });

  test('a radio label written with full-width parentheses matches', () => {
    html(
      `<label><input type="radio" name="t" value="1">正常申报</label><label><input type="radio" name="t" id="z" value="3">转（兼）评</label>`,
    );
    expect(writeRadio(group('t', 'radio'), '转(兼)评')).toBe(true);
    expect($<HTMLInputElement>('#z').checked).toBe(true);
  });

  test('a hidden radio is reached through the stand-in the UI kit draws', () => {
    html(`<input type="radio" name="q" id="q1" value="1" style="display:none"><div class="layui-form-radio" id="s1">是</div>
      <input type="radio" name="q" id="q0" value="0" style="display:none"><div class="layui-form-radio" id="s0">否</div>`);
    const clicks: string[] = [];
    for (const id of ['s1', 's0']) {
      $(`#${id}`).addEventListener('click', (e) => {
        clicks.push(id);
        const radio = (e.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement;
        radio.checked = true;
      });
    }
    const g = field($('#q1'), 'radio', { members: [$('#q1'), $('#q0')], options: ['是', '否'] });
    expect(writeRadio(g, '否')).toBe(true);
    expect(clicks).toEqual(['s0']);
    expect($<HTMLInputElement>('#q0').checked).toBe(true);
  });

  test('a radio whose click the page cancels reports false', () => {
    html(`<label><input type="radio" name="r" id="r1">是</label><label><input type="radio" name="r" id="r2">否</label>`);
    $('#r1').addEventListener('click', (e) => e.preventDefault());
    expect(writeRadio(group('r', 'radio'), '是')).toBe(false);
  });

  test('a checkbox group ticks the one named and clears the others', () => {
    html(
      `<label><input type="checkbox" name="c" id="c1">正常申报</label><label><input type="checkbox" name="c" id="c2" checked>破格申报</label>`,
    );
    const log = recordEvents(['change']);
    expect(writeCheckbox(group('c', 'checkbox'), '正常申报')).toBe(true);
    expect([$<HTMLInputElement>('#c1').checked, $<HTMLInputElement>('#c2').checked]).toEqual([true, false]);
    expect(log).toEqual(['change:c1', 'change:c2']);
  });

  test.each([
    ['是', false, true],
    ['否', true, false],
  ])('a lone yes/no checkbox: %s', (value, before, after) => {
    html(`<input type="checkbox" id="ft" ${before ? 'checked' : ''}>`);
    const box = $<HTMLInputElement>('#ft');
    expect(writeCheckbox(field(box, 'checkbox', { members: [box], options: [''] }), value)).toBe(true);
    expect(box.checked).toBe(after);
  });

  test('a disabled member is not chosen', () => {
    html(`<label><input type="radio" name="d" disabled>是</label><label><input type="radio" name="d">否</label>`);
    expect(writeRadio(group('d', 'radio'), '是')).toBe(false);
  });
});

/**
 * A custom select like layui's: the real <select> hidden, a visible box with
 * a title and a list; choosing an item sets the select and fires change, and
 * the page's change handler enables a dependent date field.
 */
function customSelect(): { select: HTMLSelectElement; widget: HTMLElement; dependent: HTMLInputElement; note: HTMLElement } {
  html(`<select id="title" style="display:none"><option value="">请选择</option><option value="414">助理工程师</option><option value="413">工程师</option></select>
    <div class="xselect" id="widget"><div class="xselect-title"><input class="xselect-input" readonly placeholder="请选择"></div>
      <dl>${['请选择', '助理工程师', '工程师'].map((t, i) => `<dd lay-value="${['', '414', '413'][i]}">${t}</dd>`).join('')}</dl></div>
    <input id="date" disabled><span id="note">请先选择</span>`);
  const select = $<HTMLSelectElement>('#title');
  const widget = $('#widget');
  const shown = widget.querySelector('input') as HTMLInputElement;
  const dependent = $<HTMLInputElement>('#date');
  const note = $('#note');
  widget.querySelector('.xselect-title')!.addEventListener('click', () => widget.classList.toggle('open'));
  widget.querySelector('dl')!.addEventListener('click', (e) => {
    const item = (e.target as Element).closest('dd');
    if (!item) return;
    select.value = item.getAttribute('lay-value') ?? '';
    shown.value = select.value ? (item.textContent ?? '') : '';
    widget.classList.remove('open');
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  select.addEventListener('change', () => {
    dependent.disabled = select.value === '';
    if (dependent.disabled) dependent.value = '';
    note.textContent = select.value ? `请填写取得“${select.options[select.selectedIndex]!.text}”资格的时间` : '请先选择';
  });
  return { select, widget, dependent, note };
}

describe('custom select widget', () => {
  test('opens the widget and clicks the visible option; the page updates its dependent field', async () => {
    const { select, widget, dependent, note } = customSelect();
    const opened: string[] = [];
    widget.querySelector('.xselect-title')!.addEventListener('click', () => opened.push(widget.className));
    expect(await writeCustomSelect(select, widget, '助理工程师')).toBe(true);
    expect(select.value).toBe('414');
    expect(opened).toEqual(['xselect open']);
    expect((widget.querySelector('input') as HTMLInputElement).value).toBe('助理工程师');
    expect(widget.classList.contains('open')).toBe(false);
    expect(dependent.disabled).toBe(false);
    expect(note.textContent).toBe('请填写取得“助理工程师”资格的时间');
  });

  test('falls back to the hidden select + change when the widget has no matching item, and closes it again', async () => {
    const { select, widget, dependent } = customSelect();
    widget.querySelector('dl')!.innerHTML = '';
    expect(await writeCustomSelect(select, widget, '工程师')).toBe(true);
    expect(select.value).toBe('413');
    expect(widget.classList.contains('open')).toBe(false);
    expect(dependent.disabled).toBe(false);
  });

  test('writeField routes a select with a widget through the widget', async () => {
    const { select, widget } = customSelect();
    const f = field(select, 'select', { widget, anchor: widget });
    expect(await writeField(f, '工程师')).toBe(true);
    expect((widget.querySelector('input') as HTMLInputElement).value).toBe('工程师');
  });
});

describe('date', () => {
  test.each([
    ['yyyy-MM-dd', '2012-07-15', '2012-07-15'],
    ['yyyy-MM', '2012-07-15', '2012-07'],
    ['yyyy年MM月dd日', '2012-07-15', '2012年07月15日'],
    ['yyyy/MM/dd', '2012-07-15', '2012/07/15'],
  ])('placeholder %s', (placeholder, value, want) => {
    html(`<input id="d" class="Wdate" placeholder="${placeholder}">`);
    const input = $<HTMLInputElement>('#d');
    expect(writeDate(input, value)).toBe(true);
    expect(input.value).toBe(want);
  });

  test('the format of the value already there', () => {
    html('<input id="d" value="2001/01/01">');
    expect(writeDate($<HTMLInputElement>('#d'), '2012-07-15')).toBe(true);
    expect($<HTMLInputElement>('#d').value).toBe('2012/07/15');
  });

  test('a type=date input gets yyyy-MM-dd', async () => {
    html('<input id="d" type="date">');
    expect(await writeField(field($('#d'), 'date'), '2012年7月5日')).toBe(true);
    expect($<HTMLInputElement>('#d').value).toBe('2012-07-05');
  });

  test('a readonly picker field is refused: no picker is ever opened', () => {
    html(`<input id="d" readonly onclick="WdatePicker({dateFmt:'yyyy-MM-dd'})">`);
    const log = recordEvents(['click', 'focus', 'input']);
    expect(writeDate($<HTMLInputElement>('#d'), '2012-07-15')).toBe(false);
    expect($<HTMLInputElement>('#d').value).toBe('');
    expect(log).toEqual([]);
  });
});

describe('snapshot and restore', () => {
  test('text, select, radio and checkbox come back, with events', async () => {
    html(`<input id="t" value="旧"><select id="s"><option value="">请选择</option><option value="1">A</option></select>
      <label><input type="radio" name="r" id="r1">是</label><label><input type="radio" name="r" id="r2">否</label>
      <label><input type="checkbox" name="c" id="c1" checked>甲</label><label><input type="checkbox" name="c" id="c2">乙</label>`);
    const fields = [field($('#t'), 'text'), field($('#s'), 'select'), group('r', 'radio'), group('c', 'checkbox')];
    const saved = fields.map(snapshot);
    expect(await writeField(fields[0]!, '新')).toBe(true);
    expect(await writeField(fields[1]!, 'A')).toBe(true);
    expect(await writeField(fields[2]!, '否')).toBe(true);
    expect(await writeField(fields[3]!, '乙')).toBe(true);
    const log = recordEvents(['change']);
    for (const [i, f] of fields.entries()) expect(await restore(f, saved[i]!)).toBe(true);
    expect($<HTMLInputElement>('#t').value).toBe('旧');
    expect($<HTMLSelectElement>('#s').value).toBe('');
    expect([$<HTMLInputElement>('#r1').checked, $<HTMLInputElement>('#r2').checked]).toEqual([false, false]);
    expect([$<HTMLInputElement>('#c1').checked, $<HTMLInputElement>('#c2').checked]).toEqual([true, false]);
    expect(log).toEqual(['change:t', 'change:s', 'change:r2', 'change:c1', 'change:c2']);
  });

  test('a custom select goes back through its widget, so the page disables the dependent field again', async () => {
    const { select, widget, dependent, note } = customSelect();
    const f = field(select, 'select', { widget });
    const saved = snapshot(f);
    await writeField(f, '工程师');
    expect(dependent.disabled).toBe(false);
    expect(await restore(f, saved)).toBe(true);
    expect(select.value).toBe('');
    expect(dependent.disabled).toBe(true);
    expect(note.textContent).toBe('请先选择');
    expect((widget.querySelector('input') as HTMLInputElement).value).toBe('');
  });
});
