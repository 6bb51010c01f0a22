/* A stand-in for WebUploader's picker: WebUploader.create({ pick: '#id' }) turns
 * the element into div.webuploader-container > div.webuploader-pick (the button
 * text the page wrote) and, in a positioned box, the file input
 * (input.webuploader-element-invisible, clipped, not display:none) and a
 * transparent label over the button. The input exists only once the uploader
 * has started, a moment after load. A chosen file goes into the uploader's
 * queue, the input is emptied, and the page lists the file beside the picker. */
var WebUploader = (function () {
  'use strict';
  var n = 0;
  function create(opts) {
    var pick = document.querySelector(opts.pick);
    var listeners = [];
    var uploader = {
      on: function (event, fn) { if (event === 'fileQueued') listeners.push(fn); return uploader; },
    };
    setTimeout(function () {
      var text = pick.innerHTML;
      pick.innerHTML = '';
      pick.classList.add('webuploader-container');
      var button = document.createElement('div');
      button.className = 'webuploader-pick';
      button.innerHTML = text;
      var shim = document.createElement('div');
      shim.id = 'rt_rt_' + (++n);
      shim.style.cssText = 'position:absolute;top:0;left:0;width:100%;height:100%;overflow:hidden;bottom:auto;right:auto;';
      var input = document.createElement('input');
      input.type = 'file';
      input.name = 'file';
      input.className = 'webuploader-element-invisible';
      if (opts.multiple) input.multiple = true;
      if (opts.accept) input.accept = opts.accept;
      if (pick.hasAttribute('data-expect-meaning')) {
        input.setAttribute('data-expect-meaning', pick.getAttribute('data-expect-meaning'));
        pick.removeAttribute('data-expect-meaning');
      }
      var label = document.createElement('label');
      label.style.cssText = 'opacity:0;width:100%;height:100%;display:block;cursor:pointer;background:#fff;';
      label.addEventListener('click', function () { input.click(); });
      shim.appendChild(input);
      shim.appendChild(label);
      pick.appendChild(button);
      pick.appendChild(shim);
      input.addEventListener('change', function () {
        Array.prototype.forEach.call(input.files || [], function (file) {
          listeners.forEach(function (fn) { fn({ id: 'WU_FILE_' + (++n), name: file.name, size: file.size }); });
        });
        input.value = '';
      });
    }, opts.delay || 300);
    return uploader;
  }
  return { create: create };
})();
