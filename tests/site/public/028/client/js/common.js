/* Helpers shared by the replica's pages (the platform's own "common.js").
 * Plain browser JS, no libraries. */
var Zcps = (function () {
  var STATE_KEY = 'zcps.declare';

  /** A layer.msg-like toast; never alert(). */
  function msg(text, ms) {
    var old = document.querySelector('.msg-layer');
    if (old) old.remove();
    var box = document.createElement('div');
    box.className = 'msg-layer';
    box.textContent = text;
    document.body.appendChild(box);
    setTimeout(function () { box.remove(); }, ms || 2000);
  }

  /** POST a form as application/x-www-form-urlencoded, answer the JSON. */
  function post(url, form) {
    var body = new URLSearchParams();
    if (form) new FormData(form).forEach(function (value, key) {
      if (typeof value === 'string') body.append(key, value);
    });
    return fetch(url, { method: 'POST', body: body }).then(function (res) { return res.json(); });
  }

  /** Upload one file at once, the way the platform's uploader does. */
  function upload(file, field, slot) {
    var data = new FormData();
    data.append('slot', slot);
    data.append(field || 'file', file, file.name);
    return fetch('/028/client/upload.action', { method: 'POST', body: data }).then(function (res) {
      if (!res.ok) throw new Error('上传失败（HTTP ' + res.status + '）');
      return res.json();
    });
  }

  /** The wizard's draft, kept for the session like the server would. */
  function state() {
    try { return JSON.parse(sessionStorage.getItem(STATE_KEY) || '{}'); } catch (e) { return {}; }
  }
  function saveState(patch) {
    var next = Object.assign(state(), patch);
    sessionStorage.setItem(STATE_KEY, JSON.stringify(next));
    return next;
  }

  function query(name) {
    return new URLSearchParams(location.search).get(name);
  }

  function sizeText(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + 'M' : Math.max(1, Math.round(bytes / 1024)) + 'K';
  }

  return { msg: msg, post: post, upload: upload, state: state, saveState: saveState, query: query, sizeText: sizeText };
})();
