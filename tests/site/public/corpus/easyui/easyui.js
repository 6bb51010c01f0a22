/* A stand-in for jQuery EasyUI 1.x's form widgets, without jQuery: what
 * $.parser does to <input class="easyui-…"> and <select class="easyui-combobox">.
 * The original control is hidden (class textbox-f) and loses its name, which
 * moves to a hidden input.textbox-value; a visible span.textbox holds the
 * input.textbox-text the applicant types in. combobox/datebox drop-down
 * panels (div.panel.combo-p) are appended to <body>. The `label` option draws
 * label.textbox-label[for=<generated id>] before the box. data-expect-meaning
 * on the original is carried to the visible text box (the field a person
 * fills); on a <select> it stays (the select is the field, drawn by the box).
 */
var EasyUI = (function () {
  'use strict';
  var uid = 0;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function options(original) {
    var raw = original.getAttribute('data-options') || '';
    var out = {};
    raw.replace(/(\w+)\s*:\s*('([^']*)'|"([^"]*)"|true|false|\d+)/g, function (_all, key, value, single, double) {
      out[key] = single !== undefined ? single : double !== undefined ? double : value === 'true' ? true : value === 'false' ? false : Number(value);
      return '';
    });
    ['label', 'labelPosition', 'prompt', 'editable', 'buttonText', 'width', 'multiline'].forEach(function (name) {
      if (original.hasAttribute(name)) out[name] = original.getAttribute(name);
    });
    if (out.editable === 'false') out.editable = false;
    if (out.multiline === 'true') out.multiline = true;
    return out;
  }

  /** The common part: hide the original, draw span.textbox with the text and value inputs. */
  function textbox(original, kind, opts) {
    var name = original.getAttribute('name');
    original.classList.add('textbox-f');
    if (kind !== 'textbox') original.classList.add(kind + '-f', 'combo-f');
    original.style.display = 'none';
    if (name) {
      original.removeAttribute('name');
      original.setAttribute('textboxName', name);
    }
    var span = el('span', 'textbox' + (kind === 'combobox' || kind === 'datebox' ? ' combo' : '') + (kind !== 'textbox' ? ' ' + kind : ''));
    span.style.width = (opts.width || 260) + 'px';
    var text = el(opts.multiline ? 'textarea' : 'input', 'textbox-text validatebox-text');
    if (!opts.multiline) text.type = 'text';
    text.autocomplete = 'off';
    text.id = '_easyui_textbox_input' + (++uid);
    if (opts.prompt) text.placeholder = opts.prompt;
    if (opts.editable === false || kind === 'filebox') text.readOnly = true;
    if (original.disabled) text.disabled = true;
    var value = el('input', 'textbox-value');
    value.type = kind === 'filebox' ? 'file' : 'hidden';
    if (name) value.name = name;
    span.appendChild(text);
    span.appendChild(value);
    if (original.hasAttribute('data-expect-meaning') && original.tagName !== 'SELECT') {
      (kind === 'filebox' ? value : text).setAttribute('data-expect-meaning', original.getAttribute('data-expect-meaning'));
      original.removeAttribute('data-expect-meaning');
      // The file box's text shows the chosen file's name: it means nothing of its own.
      if (kind === 'filebox') text.setAttribute('data-expect-meaning', '');
    }
    original.parentNode.insertBefore(span, original.nextSibling);
    if (opts.label) {
      var label = el('label', 'textbox-label textbox-label-' + (opts.labelPosition === 'top' ? 'top' : 'before'), opts.label);
      label.setAttribute('for', text.id);
      span.parentNode.insertBefore(label, span);
    }
    return { span: span, text: text, value: value };
  }

  var openPanel = null;
  document.addEventListener('mousedown', function (event) {
    if (openPanel && !openPanel.panel.contains(event.target) && !openPanel.span.contains(event.target)) hide(openPanel);
  });
  function hide(entry) {
    entry.panel.style.display = 'none';
    if (openPanel === entry) openPanel = null;
  }
  function show(entry) {
    if (openPanel && openPanel !== entry) hide(openPanel);
    var rect = entry.span.getBoundingClientRect();
    entry.panel.style.left = rect.left + window.scrollX + 'px';
    entry.panel.style.top = rect.bottom + window.scrollY + 'px';
    entry.panel.style.display = 'block';
    openPanel = entry;
  }

  function arrow(box) {
    var addon = el('span', 'textbox-addon textbox-addon-right');
    var a = el('a', 'textbox-icon combo-arrow');
    a.href = 'javascript:;';
    a.tabIndex = -1;
    addon.appendChild(a);
    box.span.insertBefore(addon, box.text);
    return a;
  }

  function combobox(original, opts) {
    var box = textbox(original, 'combobox', opts);
    var items = original.tagName === 'SELECT'
      ? Array.prototype.map.call(original.options, function (o) { return { value: o.value, text: o.text }; }).filter(function (o) { return o.value !== ''; })
      : (original.getAttribute('data-items') || '').split('|').filter(Boolean).map(function (t) { return { value: t, text: t }; });
    var panel = el('div', 'panel combo-p panel-htop');
    panel.style.cssText = 'display:none;position:absolute;z-index:9000;width:' + (opts.width || 260) + 'px';
    var body = el('div', 'combo-panel panel-body panel-body-noheader');
    panel.appendChild(body);
    var entry = { span: box.span, panel: panel };
    items.forEach(function (item, i) {
      var div = el('div', 'combobox-item', item.text);
      div.id = '_easyui_combobox_i' + uid + '_' + i;
      div.addEventListener('click', function () {
        box.text.value = item.text;
        box.value.value = item.value;
        if (original.tagName === 'SELECT') {
          original.value = item.value;
          original.dispatchEvent(new Event('change', { bubbles: true }));
        }
        Array.prototype.forEach.call(body.children, function (c) { c.classList.toggle('combobox-item-selected', c === div); });
        hide(entry);
        if (opts.onSelect && window[opts.onSelect]) window[opts.onSelect](item);
      });
      body.appendChild(div);
    });
    document.body.appendChild(panel);
    var toggle = function () { if (!box.text.disabled) (panel.style.display === 'block' ? hide(entry) : show(entry)); };
    arrow(box).addEventListener('click', toggle);
    if (opts.editable === false) box.text.addEventListener('click', toggle);
    else box.text.addEventListener('blur', function () {
      // Typed text that names an item takes it; other text stays as typed (EasyUI without limitToList).
      var typed = box.text.value.trim();
      var match = items.filter(function (item) { return item.text === typed; })[0];
      box.value.value = match ? match.value : typed;
    });
  }

  function pad(n) { return n < 10 ? '0' + n : String(n); }

  function datebox(original, opts) {
    var box = textbox(original, 'datebox', opts);
    var last = '';
    var panel = el('div', 'panel combo-p panel-htop');
    panel.style.cssText = 'display:none;position:absolute;z-index:9000;width:240px';
    var calendar = el('div', 'combo-panel panel-body panel-body-noheader');
    var inner = el('div', 'calendar');
    inner.appendChild(el('div', 'calendar-header', '2024年 1月'));
    var table = el('table', 'calendar-dtable');
    var row;
    for (var d = 1; d <= 28; d++) {
      if ((d - 1) % 7 === 0) row = table.appendChild(el('tr'));
      (function (day) {
        var td = el('td', 'calendar-day', String(day));
        td.addEventListener('click', function () { set('2024-01-' + pad(day)); hide(entry); });
        row.appendChild(td);
      })(d);
    }
    inner.appendChild(table);
    calendar.appendChild(inner);
    panel.appendChild(calendar);
    document.body.appendChild(panel);
    var entry = { span: box.span, panel: panel };
    function set(value) {
      last = value;
      box.text.value = value;
      box.value.value = value;
    }
    function parse() {
      var m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(box.text.value.trim());
      if (m) set(m[1] + '-' + pad(Number(m[2])) + '-' + pad(Number(m[3])));
      else if (box.text.value.trim() === '') set('');
      else box.text.value = last; // not a date in the box's format: EasyUI puts back the last one
    }
    arrow(box).addEventListener('click', function () { panel.style.display === 'block' ? hide(entry) : show(entry); });
    box.text.addEventListener('blur', parse);
    box.text.addEventListener('keydown', function (event) { if (event.key === 'Enter') parse(); });
  }

  function filebox(original, opts) {
    var box = textbox(original, 'filebox', opts);
    box.value.id = 'filebox_file_id_' + uid;
    box.value.style.cssText = 'position:absolute;top:0;left:-5000px';
    var button = el('a', 'textbox-button textbox-button-right l-btn l-btn-small');
    button.href = 'javascript:;';
    var inner = el('span', 'l-btn-left');
    inner.appendChild(el('span', 'l-btn-text', opts.buttonText || '选择文件'));
    button.appendChild(inner);
    var label = el('label', 'filebox-label');
    label.setAttribute('for', box.value.id);
    button.appendChild(label);
    box.span.insertBefore(button, box.span.firstChild);
    box.value.addEventListener('change', function () {
      box.text.value = Array.prototype.map.call(box.value.files || [], function (f) { return f.name; }).join(',');
    });
  }

  /** easyui-radiobutton: the input moved off-screen inside span.radiobutton, its label drawn after with for=. */
  function radiobutton(original, opts) {
    var span = el('span', 'radiobutton');
    var inner = el('span', 'radiobutton-inner');
    inner.style.display = original.checked ? '' : 'none';
    original.id = '_easyui_radiobutton_' + (++uid);
    original.className = 'radiobutton-value';
    original.type = 'radio';
    original.style.cssText = 'position:absolute;left:-99999px';
    original.parentNode.insertBefore(span, original);
    span.appendChild(inner);
    span.appendChild(original);
    var label = el('label', 'textbox-label textbox-label-after', opts.label || '');
    label.setAttribute('for', original.id);
    span.parentNode.insertBefore(label, span.nextSibling);
    var sync = function () {
      Array.prototype.forEach.call(document.querySelectorAll('input.radiobutton-value[name="' + original.name + '"]'), function (r) {
        r.parentNode.querySelector('.radiobutton-inner').style.display = r.checked ? '' : 'none';
        r.parentNode.classList.toggle('radiobutton-checked', r.checked);
      });
    };
    span.addEventListener('click', function () { if (!original.checked) { original.checked = true; original.dispatchEvent(new Event('change', { bubbles: true })); } });
    original.addEventListener('change', sync);
  }

  function parse(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll('.easyui-radiobutton'), function (original) {
      radiobutton(original, options(original));
    });
    Array.prototype.forEach.call((root || document).querySelectorAll('.easyui-textbox, .easyui-numberbox, .easyui-combobox, .easyui-datebox, .easyui-filebox'), function (original) {
      if (original.classList.contains('textbox-f')) return;
      var opts = options(original);
      if (original.classList.contains('easyui-combobox')) combobox(original, opts);
      else if (original.classList.contains('easyui-datebox')) datebox(original, opts);
      else if (original.classList.contains('easyui-filebox')) filebox(original, opts);
      else textbox(original, original.classList.contains('easyui-numberbox') ? 'numberbox' : 'textbox', opts);
    });
  }

  return { parse: parse };
})();
