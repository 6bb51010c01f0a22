/* A stand-in for Ant Design Vue 3 (antd v4 markup) without Vue:
 *   a-form-item  .ant-form-item-label > label[for=form_item_<name>][title] +
 *                .ant-form-item-control; the control carries id form_item_<name>
 *   a-select     .ant-select-selector holding an invisible readonly search input
 *                (role=combobox, aria-owns/aria-controls = <id>_list) and the chosen
 *                text in span.ant-select-selection-item; the dropdown is appended
 *                to <body> on first open: a tiny role=listbox for screen readers
 *                plus the visible .rc-virtual-list of div.ant-select-item-option.
 *                It opens on mousedown, an option is chosen on click (rc-select).
 *   a-radio      label.ant-radio-wrapper > span.ant-radio > input.ant-radio-input
 *   a-date-picker .ant-picker > .ant-picker-input > input (typed text taken on
 *                blur or Enter when it is a date, else dropped)
 *   a-upload     span.ant-upload[role=button] holding a display:none file input
 *   a-table      with a fixed header: header and body in two tables
 * Re-rendering comes a microtask after a change, as Vue's does. */
var Ant = (function () {
  'use strict';
  function h(tag, props, children) {
    var el = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      var v = props[key];
      if (v === undefined || v === null || v === false) return;
      if (key === 'class') el.className = v;
      else if (key === 'text') el.textContent = v;
      else if (key === 'style') el.style.cssText = v;
      else if (key.slice(0, 2) === 'on') el.addEventListener(key.slice(2), v);
      else el.setAttribute(key, v === true ? '' : v);
    });
    (children || []).forEach(function (c) { if (c) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return el;
  }
  function later(fn) { Promise.resolve().then(fn); }
  function expect(el, meaning) { if (meaning !== undefined) el.setAttribute('data-expect-meaning', meaning); return el; }

  function formItem(label, name, control, opts) {
    opts = opts || {};
    return h('div', { class: 'ant-row ant-form-item' + (opts.hidden ? ' ant-form-item-hidden' : ''), style: opts.hidden ? 'display:none' : undefined }, [
      h('div', { class: 'ant-col ant-col-6 ant-form-item-label' }, [
        label ? h('label', { for: 'form_item_' + name, class: opts.required ? 'ant-form-item-required' : '', title: label, text: label }) : null,
      ]),
      h('div', { class: 'ant-col ant-col-14 ant-form-item-control' }, [
        h('div', { class: 'ant-form-item-control-input' }, [h('div', { class: 'ant-form-item-control-input-content' }, [].concat(control))]),
        opts.extra ? h('div', { class: 'ant-form-item-extra', text: opts.extra }) : null,
      ]),
    ]);
  }

  function input(name, opts) {
    opts = opts || {};
    var el = h('input', { id: name ? 'form_item_' + name : undefined, type: 'text', class: 'ant-input', placeholder: opts.placeholder, disabled: opts.disabled });
    if (opts.value) el.value = opts.value;
    return expect(el, opts.expect);
  }

  function textarea(name, opts) {
    var area = h('textarea', { id: 'form_item_' + name, class: 'ant-input', rows: 6, placeholder: opts.placeholder });
    var wrap = h('div', { class: 'ant-input-textarea ant-input-textarea-show-count', 'data-count': '0 / ' + opts.max }, [area]);
    area.addEventListener('input', function () { later(function () { wrap.setAttribute('data-count', area.value.length + ' / ' + opts.max); }); });
    expect(area, opts.expect);
    return wrap;
  }

  function inputNumber(name, opts) {
    var inner = h('input', { id: 'form_item_' + name, class: 'ant-input-number-input', role: 'spinbutton', autocomplete: 'off', step: '1' });
    expect(inner, opts.expect);
    return h('div', { class: 'ant-input-number' }, [
      h('div', { class: 'ant-input-number-handler-wrap' }, [
        h('span', { unselectable: 'on', role: 'button', 'aria-label': 'Increase Value', class: 'ant-input-number-handler ant-input-number-handler-up' }),
        h('span', { unselectable: 'on', role: 'button', 'aria-label': 'Decrease Value', class: 'ant-input-number-handler ant-input-number-handler-down' }),
      ]),
      h('div', { class: 'ant-input-number-input-wrap' }, [inner]),
    ]);
  }

  var openSelect = null;
  document.addEventListener('mousedown', function (event) {
    if (openSelect && !openSelect.root.contains(event.target) && !(openSelect.dropdown && openSelect.dropdown.contains(event.target))) openSelect.close();
  });

  function select(name, opts) {
    var listId = 'form_item_' + name + '_list';
    var search = h('input', { id: 'form_item_' + name, autocomplete: 'off', type: 'search', class: 'ant-select-selection-search-input', role: 'combobox', 'aria-haspopup': 'listbox', 'aria-owns': listId, 'aria-autocomplete': 'list', 'aria-controls': listId, readonly: true, unselectable: 'on', style: 'opacity: 0;' });
    var shown = h('span', { class: 'ant-select-selection-placeholder', text: opts.placeholder || '请选择' });
    var selector = h('div', { class: 'ant-select-selector' }, [h('span', { class: 'ant-select-selection-search' }, [search]), shown]);
    var root = h('div', { class: 'ant-select ant-select-single ant-select-show-arrow' + (opts.disabled ? ' ant-select-disabled' : '') }, [
      selector,
      h('span', { class: 'ant-select-arrow', unselectable: 'on', 'aria-hidden': 'true' }, [h('span', { role: 'img', 'aria-label': 'down', class: 'anticon anticon-down' })]),
    ]);
    var entry = { root: root, dropdown: null, open: false };
    function choose(option) {
      var item = h('span', { class: 'ant-select-selection-item', title: option });
      item.textContent = option;
      later(function () {
        shown.replaceWith(item);
        shown = item;
        entry.close();
      });
      if (opts.onChange) opts.onChange(option);
    }
    function build() {
      var a11y = h('div', { role: 'listbox', id: listId, style: 'height: 0px; width: 0px; overflow: hidden;' }, opts.options.slice(0, 2).map(function (o, i) {
        return h('div', { role: 'option', id: listId + '_' + i, 'aria-selected': 'false', text: o });
      }));
      var items = opts.options.map(function (o) {
        return h('div', { 'aria-selected': 'false', class: 'ant-select-item ant-select-item-option', title: o, onclick: function () { choose(o); } }, [
          h('div', { class: 'ant-select-item-option-content', text: o }),
          h('span', { class: 'ant-select-item-option-state', unselectable: 'on', 'aria-hidden': 'true' }),
        ]);
      });
      return h('div', {}, [h('div', { class: 'ant-select-dropdown ant-select-dropdown-placement-bottomLeft', style: 'min-width: 300px; position: absolute;' }, [
        h('div', {}, [a11y, h('div', { class: 'rc-virtual-list', style: 'position: relative;' }, [h('div', { class: 'rc-virtual-list-holder', style: 'max-height: 256px; overflow-y: auto;' }, [h('div', {}, [h('div', { class: 'rc-virtual-list-holder-inner', style: 'display: flex; flex-direction: column;' }, items)])])])]),
      ])]);
    }
    entry.close = function () {
      entry.open = false;
      if (entry.dropdown) entry.dropdown.firstChild.classList.add('ant-select-dropdown-hidden');
      root.classList.remove('ant-select-open', 'ant-select-focused');
      if (openSelect === entry) openSelect = null;
    };
    selector.addEventListener('mousedown', function (event) {
      event.preventDefault();
      if (opts.disabled) return;
      if (entry.open) return entry.close();
      if (openSelect) openSelect.close();
      later(function () {
        if (!entry.dropdown) {
          entry.dropdown = build();
          document.body.appendChild(entry.dropdown);
        }
        var rect = root.getBoundingClientRect();
        var box = entry.dropdown.firstChild;
        box.style.left = rect.left + window.scrollX + 'px';
        box.style.top = rect.bottom + window.scrollY + 4 + 'px';
        box.classList.remove('ant-select-dropdown-hidden');
        root.classList.add('ant-select-open', 'ant-select-focused');
        entry.open = true;
        openSelect = entry;
      });
    });
    return expect(root, opts.expect);
  }

  function radioGroup(name, opts) {
    var group = h('div', { id: 'form_item_' + name, class: 'ant-radio-group ant-radio-group-outline' }, opts.options.map(function (text) {
      var inputEl = h('input', { type: 'radio', class: 'ant-radio-input', value: text });
      var span = h('span', { class: 'ant-radio' }, [inputEl, h('span', { class: 'ant-radio-inner' })]);
      var label = h('label', { class: 'ant-radio-wrapper' }, [span, h('span', { text: text })]);
      inputEl.addEventListener('change', function () {
        if (opts.onChange) opts.onChange(text);
        later(function () {
          group.querySelectorAll('.ant-radio-wrapper').forEach(function (l) {
            var on = l.querySelector('input').checked;
            l.classList.toggle('ant-radio-wrapper-checked', on);
            l.firstChild.classList.toggle('ant-radio-checked', on);
          });
        });
      });
      return label;
    }));
    return expect(group, opts.expect);
  }

  function datePicker(name, opts) {
    var inner = h('input', { id: 'form_item_' + name, readonly: opts.readonly, placeholder: opts.placeholder || '请选择日期', title: '', size: '12', autocomplete: 'off' });
    var last = '';
    function commit() {
      var v = inner.value.trim();
      if (/^\d{4}-\d{2}-\d{2}$/.test(v) || v === '') last = v;
      else inner.value = last;
    }
    inner.addEventListener('blur', commit);
    inner.addEventListener('keydown', function (e) { if (e.key === 'Enter') commit(); });
    inner.addEventListener('mousedown', function () {
      if (document.querySelector('.ant-picker-dropdown')) return;
      var panel = h('div', {}, [h('div', { class: 'ant-picker-dropdown', style: 'position:absolute;left:0;top:0;' }, [h('div', { class: 'ant-picker-panel-container', text: '日期面板' })])]);
      document.body.appendChild(panel);
      setTimeout(function () { panel.remove(); }, 1200);
    });
    return expect(h('div', { class: 'ant-picker' }, [h('div', { class: 'ant-picker-input' }, [inner, h('span', { class: 'ant-picker-suffix' }, [h('span', { role: 'img', 'aria-label': 'calendar', class: 'anticon anticon-calendar' })])])]), opts.expect);
  }

  function upload(opts) {
    var file = h('input', { type: 'file', accept: opts.accept || '', style: 'display: none;' });
    var list = h('div', { class: 'ant-upload-list ant-upload-list-text' });
    var trigger = h('span', { tabindex: '0', class: 'ant-upload', role: 'button' }, [file, h('button', { type: 'button', class: 'ant-btn' }, [h('span', { text: opts.button || '上传文件' })])]);
    trigger.addEventListener('click', function (e) { if (e.target !== file) file.click(); });
    file.addEventListener('change', function () {
      Array.prototype.forEach.call(file.files || [], function (f) {
        list.appendChild(h('div', { class: 'ant-upload-list-text-container' }, [h('div', { class: 'ant-upload-list-item ant-upload-list-item-done' }, [h('span', { class: 'ant-upload-list-item-name', title: f.name, text: f.name })])]));
      });
      file.value = '';
    });
    expect(trigger, opts.expect);
    return h('span', {}, [h('div', { class: 'ant-upload ant-upload-select ant-upload-select-text' }, [trigger]), list]);
  }

  function checkbox(opts) {
    var box = h('input', { type: 'checkbox', class: 'ant-checkbox-input', value: '' });
    expect(box, opts.expect);
    return h('label', { class: 'ant-checkbox-wrapper' }, [h('span', { class: 'ant-checkbox' }, [box, h('span', { class: 'ant-checkbox-inner' })]), opts.text ? h('span', { text: opts.text }) : null]);
  }

  /** A table with a fixed header: captions and rows in two tables, as antd draws them with scroll.y. */
  function table(columns, rows) {
    var cols = function () { return h('colgroup', {}, columns.map(function (c) { return h('col', { style: 'width: ' + (c.width || 150) + 'px;' }); })); };
    return h('div', { class: 'ant-table-wrapper' }, [h('div', { class: 'ant-table ant-table-fixed-header' }, [h('div', { class: 'ant-table-container' }, [
      h('div', { class: 'ant-table-header', style: 'overflow: hidden;' }, [h('table', { style: 'table-layout: fixed;' }, [cols(), h('thead', { class: 'ant-table-thead' }, [h('tr', {}, columns.map(function (c) { return h('th', { class: 'ant-table-cell', text: c.title }); }))])])]),
      h('div', { class: 'ant-table-body', style: 'overflow-y: scroll; max-height: 300px;' }, [h('table', { style: 'table-layout: fixed;' }, [cols(), h('tbody', { class: 'ant-table-tbody' }, rows.map(function (cells, i) {
        return h('tr', { 'data-row-key': String(i), class: 'ant-table-row ant-table-row-level-0' }, cells.map(function (c) { return h('td', { class: 'ant-table-cell' }, [].concat(c)); }));
      }))])]),
    ])])]);
  }

  function steps(titles, current) {
    return h('div', { class: 'ant-steps ant-steps-horizontal ant-steps-label-horizontal' }, titles.map(function (t, i) {
      var status = i < current ? 'finish' : i === current ? 'process' : 'wait';
      return h('div', { class: 'ant-steps-item ant-steps-item-' + status + (i === current ? ' ant-steps-item-active' : '') }, [h('div', { class: 'ant-steps-item-container' }, [
        h('div', { class: 'ant-steps-item-icon' }, [h('span', { class: 'ant-steps-icon', text: String(i + 1) })]),
        h('div', { class: 'ant-steps-item-content' }, [h('div', { class: 'ant-steps-item-title', text: t })]),
      ])]);
    }));
  }

  function button(text, primary, onClick) {
    return h('button', { type: 'button', class: 'ant-btn' + (primary ? ' ant-btn-primary' : ''), onclick: onClick }, [h('span', { text: text })]);
  }

  return { h: h, later: later, formItem: formItem, input: input, textarea: textarea, inputNumber: inputNumber, select: select, radioGroup: radioGroup, datePicker: datePicker, upload: upload, checkbox: checkbox, table: table, steps: steps, button: button };
})();
