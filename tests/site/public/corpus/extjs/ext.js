/* A stand-in for ExtJS 4 form fields rendered into the page: each field is a
 * table.x-field with a label cell (label[for=<field>-inputEl]) and a body cell;
 * combo and date fields put a trigger cell beside the input. A combo's list
 * (div.x-boundlist) is created in <body> the first time it is expanded; a
 * date field's picker likewise. Fields are built from a config after the
 * page loaded, as Ext.onReady does. */
var Ext = (function () {
  'use strict';
  var id = 1000;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  var expanded = null;
  document.addEventListener('mousedown', function (event) {
    if (expanded && !expanded.list.contains(event.target) && !expanded.wrap.contains(event.target)) collapse();
  });
  function collapse() {
    if (expanded) expanded.list.style.display = 'none';
    expanded = null;
  }

  function field(cfg) {
    var cmp = cfg.xtype + '-' + (++id);
    var table = el('table', 'x-field x-form-item x-field-default' + (cfg.disabled ? ' x-item-disabled' : ''));
    table.id = cmp;
    table.setAttribute('cellpadding', '0');
    var tr = table.appendChild(el('tbody')).appendChild(el('tr'));
    var labelCell = tr.appendChild(el('td', 'x-field-label-cell'));
    labelCell.style.width = '130px';
    var label = labelCell.appendChild(el('label', 'x-form-item-label x-form-item-label-right', cfg.fieldLabel + ':'));
    label.id = cmp + '-labelEl';
    label.setAttribute('for', cmp + '-inputEl');
    var body = tr.appendChild(el('td', 'x-form-item-body'));
    body.id = cmp + '-bodyEl';
    var input;
    if (cfg.xtype === 'textareafield') {
      input = el('textarea', 'x-form-field x-form-text');
      input.rows = 6;
      input.cols = 70;
      body.appendChild(input);
    } else if (cfg.xtype === 'radiogroup') {
      var group = body.appendChild(el('div', 'x-form-radio-group'));
      group.setAttribute('role', 'radiogroup');
      cfg.items.forEach(function (text) {
        var item = group.appendChild(el('table', 'x-field x-form-item x-form-type-radio'));
        var row = item.appendChild(el('tbody')).appendChild(el('tr'));
        var cell = row.appendChild(el('td', 'x-form-item-body'));
        var radio = el('input', 'x-form-field x-form-radio');
        radio.type = 'button'; // ExtJS 4 draws radios as buttons of its own …
        radio.setAttribute('role', 'radio');
        radio.setAttribute('aria-checked', 'false');
        radio.id = 'radiofield-' + (++id) + '-inputEl';
        var boxLabel = el('label', 'x-form-cb-label x-form-cb-label-after', text);
        boxLabel.setAttribute('for', radio.id);
        cell.appendChild(radio);
        cell.appendChild(boxLabel);
        // … and keep the value in a real radio they hide: what a form submit sends.
        var real = el('input');
        real.type = 'radio';
        real.name = cfg.name;
        real.value = text;
        real.style.display = 'none';
        if (cfg.expect !== undefined) real.setAttribute('data-expect-meaning', cfg.expect);
        cell.appendChild(real);
        var choose = function () {
          real.checked = true;
          group.querySelectorAll('input[role=radio]').forEach(function (r) { r.setAttribute('aria-checked', String(r === radio)); r.closest('table').classList.toggle('x-form-cb-checked', r === radio); });
          real.dispatchEvent(new Event('change', { bubbles: true }));
        };
        radio.addEventListener('click', choose);
        boxLabel.addEventListener('click', function (event) { event.preventDefault(); choose(); });
      });
      return table;
    } else if (cfg.xtype === 'filefield') {
      var wrapF = body.appendChild(el('table', 'x-form-trigger-wrap'));
      var rowF = wrapF.appendChild(el('tbody')).appendChild(el('tr'));
      input = rowF.appendChild(el('td', 'x-form-trigger-input-cell')).appendChild(el('input', 'x-form-field x-form-text'));
      input.readOnly = true;
      input.setAttribute('data-expect-meaning', '');
      var btnCell = rowF.appendChild(el('td', 'x-trigger-cell'));
      var button = btnCell.appendChild(el('a', 'x-btn x-form-file-btn x-unselectable x-btn-default-small'));
      button.appendChild(el('span', 'x-btn-inner', cfg.buttonText || '浏览...'));
      var file = el('input', 'x-form-file-input');
      file.type = 'file';
      file.name = cfg.name;
      file.style.cssText = 'position:absolute;top:0;right:0;opacity:0;width:100%;height:100%;cursor:pointer';
      if (cfg.expect !== undefined) file.setAttribute('data-expect-meaning', cfg.expect);
      button.style.position = 'relative';
      button.appendChild(file);
      file.addEventListener('change', function () { input.value = file.files && file.files[0] ? file.files[0].name : ''; });
      input.id = cmp + '-inputEl';
      return table;
    } else {
      var wrap = body.appendChild(el('table', 'x-form-trigger-wrap'));
      var row2 = wrap.appendChild(el('tbody')).appendChild(el('tr'));
      input = row2.appendChild(el('td', 'x-form-trigger-input-cell')).appendChild(el('input', 'x-form-field x-form-text'));
      input.type = 'text';
      input.setAttribute('autocomplete', 'off');
      if (cfg.xtype === 'combobox' || cfg.xtype === 'datefield') {
        var trigger = row2.appendChild(el('td', 'x-trigger-cell')).appendChild(el('div', 'x-trigger-index-0 x-form-trigger ' + (cfg.xtype === 'combobox' ? 'x-form-arrow-trigger' : 'x-form-date-trigger')));
        trigger.setAttribute('role', 'button');
        if (cfg.xtype === 'combobox') combo(cfg, input, wrap, trigger);
        else datefield(input, wrap, trigger);
      }
    }
    input.id = cmp + '-inputEl';
    if (cfg.name) input.name = cfg.name;
    if (cfg.value) input.value = cfg.value;
    if (cfg.disabled) input.disabled = true;
    if (cfg.readOnly) input.readOnly = true;
    if (cfg.emptyText) input.placeholder = cfg.emptyText;
    if (cfg.expect !== undefined) input.setAttribute('data-expect-meaning', cfg.expect);
    return table;
  }

  function combo(cfg, input, wrap, trigger) {
    input.readOnly = cfg.editable === false;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-haspopup', 'true');
    var entry = { wrap: wrap, list: null };
    function expand() {
      if (!entry.list) {
        var list = el('div', 'x-boundlist x-boundlist-floating x-layer x-boundlist-default');
        list.id = 'boundlist-' + (++id);
        list.style.cssText = 'position:absolute;z-index:19001;background:#fff;border:1px solid #99bce8;min-width:200px;';
        var ul = list.appendChild(el('div', 'x-boundlist-list-ct')).appendChild(el('ul'));
        cfg.store.forEach(function (text) {
          var li = ul.appendChild(el('li', 'x-boundlist-item', text));
          li.setAttribute('role', 'option');
          li.addEventListener('click', function () {
            input.value = text;
            input.dispatchEvent(new Event('change', { bubbles: true }));
            collapse();
          });
        });
        document.body.appendChild(list);
        entry.list = list;
      }
      var rect = wrap.getBoundingClientRect();
      entry.list.style.left = rect.left + window.scrollX + 'px';
      entry.list.style.top = rect.bottom + window.scrollY + 'px';
      entry.list.style.display = 'block';
      expanded = entry;
    }
    trigger.addEventListener('click', function () { expanded === entry ? collapse() : expand(); });
    input.addEventListener('click', function () { if (input.readOnly) (expanded === entry ? collapse() : expand()); });
  }

  function datefield(input, wrap, trigger) {
    var last = '';
    input.addEventListener('blur', function () {
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value.trim());
      if (m || input.value.trim() === '') last = input.value.trim();
      else input.value = last; // Ext marks it invalid; here it goes back
    });
    trigger.addEventListener('click', function () {
      var picker = el('div', 'x-datepicker x-layer', '日期选择');
      picker.style.cssText = 'position:absolute;background:#fff;border:1px solid #99bce8;padding:6px;';
      document.body.appendChild(picker);
      setTimeout(function () { picker.remove(); }, 1500);
    });
  }

  function form(target, title, items) {
    var panel = el('div', 'x-panel x-panel-default-framed');
    var header = panel.appendChild(el('div', 'x-panel-header x-panel-header-default'));
    header.appendChild(el('span', 'x-panel-header-text x-panel-header-text-default', title));
    var body = panel.appendChild(el('div', 'x-panel-body x-panel-body-default'));
    var f = body.appendChild(el('form', 'x-form'));
    items.forEach(function (cfg) { f.appendChild(field(cfg)); });
    target.appendChild(panel);
    return panel;
  }

  return { form: form, onReady: function (fn) { setTimeout(fn, 30); } };
})();
