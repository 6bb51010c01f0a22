// @vitest-environment happy-dom
/**
 * Choosing in lists page scripts draw (lib/fill/widgets.ts, writeList):
 * the list may appear a tick later and in <body>; only an option that
 * appeared is clicked; the widget ends closed; a value with no option fails.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { chooseFromList, commitTyped } from '../../../lib/fill/widgets';
import { writeField } from '../../../lib/fill/write';
import { collectFields } from '../../../lib/page/fields';
import { resetLabelCache } from '../../../lib/page/labels';
import { $, html } from './helpers';

/** An el-select-like widget: a readonly input; its list is appended to <body> a microtask after a click. */
function elSelect(options: string[], lag = 0) {
  html(`<ul class="menu"><li class="item">西湖区经信局</li></ul>
    <div class="el-form-item"><label for="office">受理点</label><div class="content"><div class="el-select" id="w"><div class="el-input"><input id="shown" readonly placeholder="请选择"></div></div></div></div>`);
  const widget = $('#w');
  const shown = $<HTMLInputElement>('#shown');
  let list: HTMLElement | undefined;
  let opened = 0;
  widget.addEventListener('click', () => {
    opened += 1;
    setTimeout(() => {
      if (!list) {
        list = document.createElement('ul');
        list.className = 'el-select-dropdown';
        for (const text of options) {
          const li = document.createElement('li');
          li.className = 'el-select-dropdown__item';
          li.textContent = text;
          li.addEventListener('click', (event) => {
            event.stopPropagation();
            shown.value = text;
            list!.style.display = 'none';
          });
          list.append(li);
        }
        document.body.append(list);
      }
      list.style.display = '';
    }, lag);
  });
  return { widget, shown, opened: () => opened, list: () => list };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('chooseFromList', () => {
  test('opens the widget, waits for its list in <body>, clicks the option that appeared (not the page’s own list item)', async () => {
    const { widget, shown, opened, list } = elSelect(['上城区经信局', '西湖区经信局'], 30);
    const menuItem = document.querySelector('.menu .item') as HTMLElement;
    let menuClicked = false;
    menuItem.addEventListener('click', () => (menuClicked = true));
    expect(await chooseFromList(widget, '西湖区经信局', [], () => shown.value === '西湖区经信局')).toBe(true);
    expect(shown.value).toBe('西湖区经信局');
    expect(opened()).toBe(1);
    expect(menuClicked).toBe(false);
    expect(list()?.style.display).toBe('none');
  });

  test('no option says the value: false, and the list is closed again', async () => {
    const { widget, shown } = elSelect(['上城区经信局']);
    let closedBy = '';
    document.addEventListener('keydown', (e) => (closedBy = e.key));
    expect(await chooseFromList(widget, '滨江区经信局', [], () => shown.value === '滨江区经信局')).toBe(false);
    expect(shown.value).toBe('');
    expect(closedBy).toBe('Escape');
  });

  test('writeField on a list widget field found by the scan', async () => {
    const { shown } = elSelect(['男', '女']);
    resetLabelCache();
    const field = collectFields(document).find((f) => f.el === shown)!;
    expect(field.kind).toBe('select');
    expect(field.widget?.id).toBe('w');
    expect(await writeField(field, '女')).toBe(true);
    expect(shown.value).toBe('女');
  });
});

test('commitTyped ends typing with Enter and blur, without submitting a form', () => {
  html('<form id="f"><input id="d"></form>');
  let submitted = false;
  $('#f').addEventListener('submit', () => (submitted = true));
  const seen: string[] = [];
  for (const type of ['keydown', 'keyup', 'blur', 'focusout'])
    $('#d').addEventListener(type, (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? ''}`));
  commitTyped($('#d'));
  expect(seen).toEqual(['keydown:Enter', 'keyup:Enter', 'blur:', 'focusout:']);
  expect(submitted).toBe(false);
});
