/* A layui-like custom select: hides the real <select> and shows a div with a
 * list. Choosing an item sets the hidden select and fires its change event.
 * Like layui, it does NOT follow later programmatic changes of the select:
 * a script that sets select.value leaves the visible title stale. */
function renderXSelect(select) {
  var box = document.createElement('div');
  box.className = 'xselect';
  var title = document.createElement('div');
  title.className = 'xselect-title';
  var shown = document.createElement('input');
  shown.type = 'text';
  shown.readOnly = true;
  shown.placeholder = '请选择';
  shown.className = 'xselect-input';
  var arrow = document.createElement('i');
  title.appendChild(shown);
  title.appendChild(arrow);
  var list = document.createElement('dl');
  for (var i = 0; i < select.options.length; i++) {
    var option = select.options[i];
    var item = document.createElement('dd');
    item.setAttribute('lay-value', option.value);
    item.textContent = option.text;
    if (option.value === '') item.className = 'xselect-tips';
    if (option.selected && option.value !== '') {
      item.classList.add('xselect-this');
      shown.value = option.text;
    }
    list.appendChild(item);
  }
  box.appendChild(title);
  box.appendChild(list);
  select.style.display = 'none';
  select.parentNode.insertBefore(box, select.nextSibling);

  title.addEventListener('click', function () {
    box.classList.toggle('xselect-open');
  });
  list.addEventListener('click', function (event) {
    var item = event.target.closest('dd');
    if (!item) return;
    var value = item.getAttribute('lay-value');
    select.value = value;
    shown.value = value === '' ? '' : item.textContent;
    var items = list.querySelectorAll('dd');
    for (var j = 0; j < items.length; j++) items[j].classList.toggle('xselect-this', items[j] === item && value !== '');
    box.classList.remove('xselect-open');
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  document.addEventListener('click', function (event) {
    if (!box.contains(event.target)) box.classList.remove('xselect-open');
  });
  return box;
}
