/* A stand-in for Element UI 2.x without Vue: functions that build the DOM the
 * real components render (read from ElemeFE/element packages/*, written anew)
 * and behave like them where the assistant meets them:
 *   el-form-item   label.el-form-item__label[for=<prop>] — no element carries
 *                  that id (Element's default) — + .el-form-item__content
 *   el-select      a readonly input; its .el-select-dropdown is rendered inside
 *                  the select, hidden, and moved to <body> when first opened;
 *                  a click on the select toggles it, a click on an item chooses
 *   el-radio/-checkbox  label[role=radio] wrapping a visually hidden
 *                  .el-radio__original; the input's change event drives it
 *   el-date-editor an el-input whose typed text is parsed on change (restored
 *                  when it is no date); a picker panel in <body> on focus
 *   el-upload      .el-upload box with a button and a display:none input inside
 *   el-table       header and body are two separate tables
 * DOM updates after a change come a microtask later, as Vue's do.
 * Each builder takes `expect`: the corpus annotation (data-expect-meaning). */
var El = (function () {
  'use strict';
  var uid = 0;

  function h(tag, props, children) {
    var el = document.createElement(tag);
    props = props || {};
    Object.keys(props).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = value;
      else if (key === 'style') el.style.cssText = value;
      else if (key.slice(0, 2) === 'on') el.addEventListener(key.slice(2), value);
      else if (key === 'value') el.value = value;
      else el.setAttribute(key, value === true ? '' : value);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return el;
  }

  function later(fn) { Promise.resolve().then(fn); }

  function expectOn(el, meaning) {
    if (meaning !== undefined) el.setAttribute('data-expect-meaning', meaning);
    return el;
  }

  function formItem(label, prop, content, opts) {
    opts = opts || {};
    return h('div', { class: 'el-form-item' + (opts.required ? ' is-required' : '') + (opts.hidden ? '' : ''), style: opts.hidden ? 'display:none' : undefined }, [
      label ? h('label', { class: 'el-form-item__label', for: prop, style: 'width: 140px;', text: label }) : null,
      h('div', { class: 'el-form-item__content', style: 'margin-left: 140px;' }, [].concat(content)),
    ]);
  }

  function input(opts) {
    opts = opts || {};
    var box;
    if (opts.type === 'textarea') {
      var area = h('textarea', { class: 'el-textarea__inner', placeholder: opts.placeholder, rows: 6, autocomplete: 'off', maxlength: opts.maxlength });
      area.value = opts.value || '';
      var count = opts.maxlength ? h('span', { class: 'el-input__count' }, [h('span', { class: 'el-input__count-inner', text: area.value.length + '/' + opts.maxlength })]) : null;
      area.addEventListener('input', function () {
        if (opts.onInput) opts.onInput(area.value);
        if (count) later(function () { count.firstChild.textContent = area.value.length + '/' + opts.maxlength; });
      });
      box = h('div', { class: 'el-textarea' + (opts.disabled ? ' is-disabled' : '') }, [area, count]);
      expectOn(area, opts.expect);
      return box;
    }
    var inner = h('input', { type: 'text', autocomplete: 'off', class: 'el-input__inner', placeholder: opts.placeholder, disabled: !!opts.disabled, readonly: !!opts.readonly });
    inner.value = opts.value || '';
    inner.addEventListener('input', function () { if (opts.onInput) opts.onInput(inner.value); });
    expectOn(inner, opts.expect);
    return h('div', { class: 'el-input' + (opts.disabled ? ' is-disabled' : '') + (opts.size ? ' el-input--' + opts.size : '') }, [inner]);
  }

  function inputNumber(opts) {
    var inner = h('input', { type: 'text', autocomplete: 'off', class: 'el-input__inner', role: 'spinbutton', 'aria-valuemin': 0, 'aria-valuemax': 60 });
    inner.value = opts.value || '';
    function step(delta) {
      var n = Number(inner.value) || 0;
      inner.value = String(Math.max(0, n + delta));
      inner.dispatchEvent(new Event('input', { bubbles: true }));
      inner.dispatchEvent(new Event('change', { bubbles: true }));
    }
    expectOn(inner, opts.expect);
    return h('div', { class: 'el-input-number' }, [
      h('span', { class: 'el-input-number__decrease', role: 'button', onclick: function () { step(-1); } }, [h('i', { class: 'el-icon-minus', text: '−' })]),
      h('span', { class: 'el-input-number__increase', role: 'button', onclick: function () { step(1); } }, [h('i', { class: 'el-icon-plus', text: '+' })]),
      h('div', { class: 'el-input' }, [inner]),
    ]);
  }

  /** Options: [{ label, value }] or groups [{ group, options }]. */
  function select(opts) {
    var id = 'el-select-' + (++uid);
    var inner = h('input', { type: 'text', readonly: true, autocomplete: 'off', class: 'el-input__inner', placeholder: opts.placeholder || '请选择', disabled: !!opts.disabled });
    var caret = h('i', { class: 'el-select__caret el-input__icon el-icon-arrow-up' });
    var list = h('ul', { class: 'el-scrollbar__view el-select-dropdown__list' });
    var items = [];
    function item(option) {
      var li = h('li', { class: 'el-select-dropdown__item' }, [h('span', { text: option.label })]);
      li.addEventListener('click', function (event) {
        event.stopPropagation();
        choose(option);
      });
      items.push({ li: li, option: option });
      return li;
    }
    (opts.options || []).forEach(function (entry) {
      if (entry.group) {
        list.appendChild(h('ul', { class: 'el-select-group__wrap' }, [
          h('li', { class: 'el-select-group__title', text: entry.group }),
          h('li', {}, [h('ul', { class: 'el-select-group' }, entry.options.map(item))]),
        ]));
      } else list.appendChild(item(entry));
    });
    var dropdown = h('div', { class: 'el-select-dropdown el-popper', style: 'display: none; min-width: 240px;' }, [
      h('div', { class: 'el-scrollbar' }, [h('div', { class: 'el-select-dropdown__wrap el-scrollbar__wrap' }, [list])]),
    ]);
    var root = h('div', { class: 'el-select' + (opts.size ? ' el-select--' + opts.size : '') }, [
      h('div', { class: 'el-input el-input--suffix' + (opts.disabled ? ' is-disabled' : '') }, [
        inner,
        h('span', { class: 'el-input__suffix' }, [h('span', { class: 'el-input__suffix-inner' }, [caret])]),
      ]),
      dropdown,
    ]);
    var visible = false;
    var moved = false;
    function show(next) {
      visible = next;
      later(function () {
        if (visible && !moved) {
          document.body.appendChild(dropdown); // vue-popper: appendToBody on first show
          moved = true;
        }
        if (visible) {
          var rect = inner.getBoundingClientRect();
          dropdown.style.left = rect.left + window.scrollX + 'px';
          dropdown.style.top = rect.bottom + window.scrollY + 'px';
          dropdown.setAttribute('x-placement', 'bottom-start');
        }
        dropdown.style.display = visible ? '' : 'none';
        caret.className = 'el-select__caret el-input__icon el-icon-arrow-up' + (visible ? ' is-reverse' : '');
      });
    }
    function choose(option) {
      inner.value = option.label;
      items.forEach(function (entry) { entry.li.classList.toggle('selected', entry.option === option); });
      show(false);
      if (opts.onChange) opts.onChange(option.value, option.label);
    }
    root.addEventListener('click', function (event) {
      event.stopPropagation();
      if (inner.disabled) return;
      show(!visible);
    });
    document.addEventListener('mousedown', function (event) {
      if (visible && !root.contains(event.target) && !dropdown.contains(event.target)) show(false);
    });
    if (opts.value !== undefined) {
      items.forEach(function (entry) { if (entry.option.value === opts.value) { inner.value = entry.option.label; entry.li.classList.add('selected'); } });
    }
    root.id = id;
    return expectOn(root, opts.expect);
  }

  function radioGroup(opts) {
    var labels = opts.options.map(function (text) {
      var original = h('input', { type: 'radio', 'aria-hidden': 'true', tabindex: '-1', autocomplete: 'off', class: 'el-radio__original', value: text });
      var span = h('span', { class: 'el-radio__input' }, [h('span', { class: 'el-radio__inner' }), original]);
      var label = h('label', { class: 'el-radio', role: 'radio', tabindex: '0', 'aria-checked': 'false' }, [span, h('span', { class: 'el-radio__label', text: text })]);
      original.addEventListener('change', function () {
        if (opts.onChange) opts.onChange(text);
        later(sync);
      });
      return { label: label, span: span, original: original, text: text };
    });
    function sync() {
      labels.forEach(function (entry) {
        var on = entry.original.checked;
        entry.label.classList.toggle('is-checked', on);
        entry.span.classList.toggle('is-checked', on);
        entry.label.setAttribute('aria-checked', on ? 'true' : 'false');
      });
    }
    labels.forEach(function (entry) { if (entry.text === opts.value) entry.original.checked = true; });
    sync();
    return expectOn(h('div', { class: 'el-radio-group', role: 'radiogroup' }, labels.map(function (e) { return e.label; })), opts.expect);
  }

  function checkbox(opts) {
    var original = h('input', { type: 'checkbox', 'aria-hidden': 'false', class: 'el-checkbox__original', value: '' });
    original.checked = !!opts.checked;
    var span = h('span', { class: 'el-checkbox__input' + (original.checked ? ' is-checked' : '') }, [h('span', { class: 'el-checkbox__inner' }), original]);
    var label = h('label', { class: 'el-checkbox' + (original.checked ? ' is-checked' : '') }, [span, opts.text ? h('span', { class: 'el-checkbox__label', text: opts.text }) : null]);
    original.addEventListener('change', function () {
      if (opts.onChange) opts.onChange(original.checked);
      later(function () {
        label.classList.toggle('is-checked', original.checked);
        span.classList.toggle('is-checked', original.checked);
      });
    });
    expectOn(original, opts.expect);
    return label;
  }

  function pad(n) { return n < 10 ? '0' + n : String(n); }

  /** type 'date' (yyyy-MM-dd) or 'month' (yyyy-MM), as Element's default formats. */
  function datePicker(opts) {
    var month = opts.type === 'month';
    var inner = h('input', { type: 'text', autocomplete: 'off', name: '', placeholder: opts.placeholder || (month ? '选择月' : '选择日期'), class: 'el-input__inner' });
    var shown = opts.value || '';
    inner.value = shown;
    var panel = null;
    function parse(text) {
      var m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text.trim());
      if (!m || (!month && !m[3])) return null;
      var y = Number(m[1]), mo = Number(m[2]), d = m[3] ? Number(m[3]) : 1;
      var date = new Date(y, mo - 1, d);
      if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
      return month ? y + '-' + pad(mo) : y + '-' + pad(mo) + '-' + pad(d);
    }
    function set(value) {
      shown = value;
      inner.value = value;
      if (opts.onChange) opts.onChange(value);
    }
    function openPanel() {
      if (panel) return;
      var today = new Date();
      var cells = [];
      for (var d = 1; d <= 28; d++) {
        (function (day) {
          cells.push(h('td', { class: 'available', onclick: function () {
            set(today.getFullYear() + '-' + pad(today.getMonth() + 1) + (month ? '' : '-' + pad(day)));
            closePanel();
          } }, [h('div', {}, [h('span', { text: String(day) })])]));
        })(d);
      }
      var rows = [];
      for (var r = 0; r < 4; r++) rows.push(h('tr', { class: 'el-date-table__row' }, cells.slice(r * 7, r * 7 + 7)));
      panel = h('div', { class: 'el-picker-panel el-date-picker el-popper' }, [
        h('div', { class: 'el-date-picker__header' }, [h('span', { class: 'el-date-picker__header-label', text: today.getFullYear() + ' 年 ' + (today.getMonth() + 1) + ' 月' })]),
        h('table', { class: 'el-date-table' }, [h('tbody', {}, rows)]),
      ]);
      var rect = inner.getBoundingClientRect();
      panel.style.left = rect.left + window.scrollX + 'px';
      panel.style.top = rect.bottom + window.scrollY + 4 + 'px';
      document.body.appendChild(panel);
    }
    function closePanel() {
      if (panel) panel.remove();
      panel = null;
    }
    inner.addEventListener('focus', openPanel);
    inner.addEventListener('change', function () {
      var value = parse(inner.value);
      if (value) set(value);
      else if (inner.value.trim() === '') set('');
      else inner.value = shown; // Element restores the last good value
    });
    document.addEventListener('mousedown', function (event) {
      if (panel && event.target !== inner && !panel.contains(event.target)) closePanel();
    });
    inner.addEventListener('keydown', function (event) { if (event.key === 'Escape' || event.key === 'Tab') closePanel(); });
    return expectOn(h('div', { class: 'el-date-editor el-input el-input--prefix el-input--suffix el-date-editor--' + (month ? 'month' : 'date') }, [
      inner,
      h('span', { class: 'el-input__prefix' }, [h('i', { class: 'el-input__icon el-icon-date' })]),
      h('span', { class: 'el-input__suffix' }, [h('span', { class: 'el-input__suffix-inner' }, [h('i', { class: 'el-input__icon' })])]),
    ]), opts.expect);
  }

  function upload(opts) {
    var files = opts.files || [];
    var list = h('ul', { class: 'el-upload-list el-upload-list--text' });
    var fileInput = h('input', { type: 'file', name: 'file', class: 'el-upload__input', multiple: opts.multiple ? true : undefined, accept: opts.accept });
    function render() {
      list.textContent = '';
      files.forEach(function (name, index) {
        list.appendChild(h('li', { class: 'el-upload-list__item is-success', tabindex: '0' }, [
          h('a', { class: 'el-upload-list__item-name' }, [h('i', { class: 'el-icon-document' }), name]),
          h('label', { class: 'el-upload-list__item-status-label' }, [h('i', { class: 'el-icon-upload-success el-icon-circle-check' })]),
          h('i', { class: 'el-icon-close', text: '×', onclick: function () { files.splice(index, 1); render(); if (opts.onChange) opts.onChange(files); } }),
        ]));
      });
    }
    fileInput.addEventListener('change', function () {
      Array.prototype.forEach.call(fileInput.files || [], function (file) { files.push(file.name); });
      fileInput.value = ''; // Element clears the input once the upload starts
      render();
      if (opts.onChange) opts.onChange(files);
    });
    var trigger = opts.pictureCard
      ? h('div', { class: 'el-upload el-upload--picture-card', tabindex: '0' }, [h('i', { class: 'el-icon-plus', text: '+' }), fileInput])
      : h('div', { class: 'el-upload el-upload--text', tabindex: '0' }, [
        h('button', { type: 'button', class: 'el-button el-button--primary el-button--small' }, [h('span', { text: opts.button || '点击上传' })]),
        fileInput,
      ]);
    trigger.addEventListener('click', function (event) {
      if (event.target !== fileInput) fileInput.click();
    });
    render();
    expectOn(trigger, opts.expect);
    return h('div', { class: 'upload-demo' }, [trigger, opts.tip ? h('div', { class: 'el-upload__tip', text: opts.tip }) : null, list]);
  }

  function button(text, type, onClick) {
    return h('button', { type: 'button', class: 'el-button' + (type ? ' el-button--' + type : ''), onclick: onClick }, [h('span', { text: text })]);
  }

  /** columns: [{ label, width }]; rows: arrays of cell contents. Header and body in two tables, as el-table draws them. */
  function table(columns, rows, opts) {
    var tid = ++uid;
    var cols = function () { return h('colgroup', {}, columns.map(function (c, i) { return h('col', { name: 'el-table_' + tid + '_column_' + (i + 1), width: c.width || 160 }); })); };
    var head = h('table', { cellspacing: '0', cellpadding: '0', border: '0', class: 'el-table__header', style: 'width: 100%;' }, [
      cols(),
      h('thead', { class: 'has-gutter' }, [h('tr', {}, columns.map(function (c, i) {
        return h('th', { colspan: '1', rowspan: '1', class: 'el-table_' + tid + '_column_' + (i + 1) + ' is-leaf el-table__cell' }, [h('div', { class: 'cell', text: c.label })]);
      }).concat([h('th', { class: 'el-table__cell gutter', style: 'width: 0px; display: none;' })]))]),
    ]);
    var body = h('table', { cellspacing: '0', cellpadding: '0', border: '0', class: 'el-table__body', style: 'width: 100%;' }, [
      cols(),
      h('tbody', {}, rows.map(function (cells) {
        return h('tr', { class: 'el-table__row' }, cells.map(function (content, i) {
          return h('td', { rowspan: '1', colspan: '1', class: 'el-table_' + tid + '_column_' + (i + 1) + ' el-table__cell' }, [h('div', { class: 'cell' }, [].concat(content))]);
        }));
      })),
    ]);
    return h('div', { class: 'el-table el-table--fit el-table--border el-table--enable-row-hover el-table--small' }, [
      h('div', { class: 'hidden-columns' }),
      h('div', { class: 'el-table__header-wrapper' }, [head]),
      h('div', { class: 'el-table__body-wrapper is-scrolling-none' }, [body, rows.length === 0 ? h('div', { class: 'el-table__empty-block' }, [h('span', { class: 'el-table__empty-text', text: (opts && opts.empty) || '暂无数据' })]) : null]),
    ]);
  }

  function steps(titles, active) {
    return h('div', { class: 'el-steps el-steps--horizontal' }, titles.map(function (title, i) {
      var status = i < active ? 'finish' : i === active ? 'process' : 'wait';
      return h('div', { class: 'el-step is-horizontal', style: 'flex-basis: ' + (100 / titles.length) + '%;' }, [
        h('div', { class: 'el-step__head is-' + status }, [h('div', { class: 'el-step__line' }), h('div', { class: 'el-step__icon is-text' }, [h('div', { class: 'el-step__icon-inner', text: String(i + 1) })])]),
        h('div', { class: 'el-step__main' }, [h('div', { class: 'el-step__title is-' + status, text: title }), h('div', { class: 'el-step__description is-' + status })]),
      ]);
    }));
  }

  function message(text) {
    var box = h('div', { class: 'el-message el-message--success', role: 'alert' }, [h('p', { class: 'el-message__content', text: text })]);
    document.body.appendChild(box);
    setTimeout(function () { box.remove(); }, 1500);
  }

  return { h: h, later: later, formItem: formItem, input: input, inputNumber: inputNumber, select: select, radioGroup: radioGroup, checkbox: checkbox, datePicker: datePicker, upload: upload, button: button, table: table, steps: steps, message: message };
})();
