/* A stand-in for layui 2.x (form.render, laydate.render, upload.render), no
 * jQuery. form.render hides radios, checkboxes and selects (CSS) and draws
 * div.layui-form-radio / div.layui-form-checkbox / div.layui-form-select; a
 * click on a drawn element changes the hidden control WITHOUT a change event
 * (layui calls its own form.on callbacks instead). `lay-group` on a block
 * draws the stand-ins of its radios together after the last input instead of
 * after each (a page's own variant). upload.render creates the file input
 * (input.layui-upload-file) after the button on first use of the page. */
var layui = (function () {
  'use strict';
  var callbacks = {};
  function el(tag, cls, html) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (html !== undefined) n.textContent = html;
    return n;
  }
  function emit(name, data) { (callbacks[name] || []).forEach(function (fn) { fn(data); }); }

  function radio(input, after) {
    var div = el('div', 'layui-unselect layui-form-radio' + (input.checked ? ' layui-form-radioed' : ''));
    var icon = el('i', 'layui-anim layui-icon', input.checked ? '\ue643' : '\ue63f');
    div.appendChild(icon);
    div.appendChild(el('div', '', input.title));
    div.addEventListener('click', function () {
      if (input.disabled) return;
      document.querySelectorAll('input[type=radio][name="' + input.name + '"]').forEach(function (r) {
        r.checked = r === input;
        if (r._layui) {
          r._layui.classList.toggle('layui-form-radioed', r === input);
          r._layui.firstChild.textContent = r === input ? '\ue643' : '\ue63f';
        }
      });
      emit('radio', { elem: input, value: input.value });
    });
    input._layui = div;
    after.after(div);
    return div;
  }

  function checkbox(input) {
    var div = el('div', 'layui-unselect layui-form-checkbox' + (input.checked ? ' layui-form-checked' : ''));
    div.setAttribute('lay-skin', input.getAttribute('lay-skin') || '');
    div.appendChild(el('span', '', input.title || ''));
    div.appendChild(el('i', 'layui-icon layui-icon-ok'));
    div.addEventListener('click', function () {
      input.checked = !input.checked;
      div.classList.toggle('layui-form-checked', input.checked);
      emit('checkbox', { elem: input, value: input.checked });
    });
    input.after(div);
  }

  function select(sel) {
    var box = el('div', 'layui-unselect layui-form-select');
    var title = el('div', 'layui-select-title');
    var shown = el('input', 'layui-input layui-unselect');
    shown.type = 'text';
    shown.readOnly = true;
    shown.placeholder = sel.options[0] && sel.options[0].value === '' ? sel.options[0].text : '请选择';
    title.appendChild(shown);
    title.appendChild(el('i', 'layui-edge'));
    var dl = el('dl', 'layui-anim layui-anim-upbit');
    Array.prototype.forEach.call(sel.options, function (option, index) {
      var dd = el('dd', option.value === '' ? 'layui-select-tips' : '', option.text);
      dd.setAttribute('lay-value', option.value);
      dd.addEventListener('click', function (event) {
        event.stopPropagation();
        if (option.value === '') return;
        sel.selectedIndex = index;
        shown.value = option.text;
        box.classList.remove('layui-form-selected');
        emit('select', { elem: sel, value: option.value });
      });
      dl.appendChild(dd);
    });
    title.addEventListener('click', function () { box.classList.toggle('layui-form-selected'); });
    document.addEventListener('click', function (event) { if (!box.contains(event.target)) box.classList.remove('layui-form-selected'); });
    box.appendChild(title);
    box.appendChild(dl);
    sel.after(box);
  }

  var form = {
    render: function () {
      document.querySelectorAll('.layui-form select').forEach(select);
      document.querySelectorAll('.layui-form input[type=checkbox]').forEach(checkbox);
      document.querySelectorAll('.layui-form .layui-input-block').forEach(function (block) {
        var radios = Array.prototype.slice.call(block.querySelectorAll('input[type=radio]'));
        if (radios.length === 0) return;
        if (block.hasAttribute('lay-group')) {
          var last = radios[radios.length - 1];
          radios.slice().reverse().forEach(function (r) { radio(r, last); });
        } else radios.forEach(function (r) { radio(r, r); });
      });
    },
    on: function (event, fn) { var name = event.replace(/\(.*$/, ''); (callbacks[name] = callbacks[name] || []).push(fn); },
  };

  var keys = 0;
  var laydate = {
    render: function (opts) {
      var input = document.querySelector(opts.elem);
      input.setAttribute('lay-key', String(++keys));
      input.readOnly = false;
      input.addEventListener('focus', function () {
        if (document.querySelector('.layui-laydate')) return;
        var box = el('div', 'layui-laydate', '日期选择');
        box.style.cssText = 'position:absolute;background:#fff;border:1px solid #ddd;padding:6px';
        document.body.appendChild(box);
        setTimeout(function () { box.remove(); }, 1000);
      });
    },
  };

  var upload = {
    render: function (opts) {
      var button = document.querySelector(opts.elem);
      setTimeout(function () {
        var input = el('input', 'layui-upload-file');
        input.type = 'file';
        input.name = opts.field || 'file';
        if (opts.multiple) input.multiple = true;
        if (button.hasAttribute('data-expect-meaning')) {
          input.setAttribute('data-expect-meaning', button.getAttribute('data-expect-meaning'));
          button.removeAttribute('data-expect-meaning');
        }
        button.after(input);
        button.addEventListener('click', function () { input.click(); });
        input.addEventListener('change', function () {
          Array.prototype.forEach.call(input.files || [], function (f) { if (opts.done) opts.done({ code: 0, name: f.name }); });
          input.value = '';
        });
      }, 250);
    },
  };

  return { form: form, laydate: laydate, upload: upload };
})();
