<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>压力测试页（1000 个字段）</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
</head>
<body>
<!-- Stress page for benchmarks: 1000 fields in table rows with mixed label styles,
     built by the script below (deterministic: the same markup on every load).
     Not a platform page. The first fields carry real platform labels, the rest
     generic ones. -->
<div class="page">
  <div class="pos">当前位置：<b>压力测试页</b>（共 <span id="fieldCount">0</span> 个字段）</div>
  <form id="bigForm" onsubmit="return false;">
    <table class="tab" id="bigTable" cellpadding="0" cellspacing="0"><tbody></tbody></table>
  </form>
</div>
<script type="text/javascript">
  var FIELD_COUNT = 1000;
  var REAL_LABELS = ['姓名', '身份证号码', '出生日期', '手机号码', '电子邮箱', '通讯地址', '邮政编码',
    '学位', '毕业院校', '所学专业', '毕业时间', '所在部门', '现任职务', '参加工作时间',
    '从事专业技术工作时间', '取得资格时间', '聘任时间', '专业工作年限', '考核情况', '本人述职'];
  var GENERIC = ['项目名称', '备注', '联系人', '联系电话', '单位地址', '证书编号', '发证机关', '起始日期', '金额（万元）', '说明'];
  var SELECT_OPTIONS = ['甲类', '乙类', '丙类', '丁类'];
  // big.jsp?saved=1: the page as the server sends it back with a saved draft,
  // values already in the fields (one of them wrong, so a hint shows at once).
  var SAVED = /[?&]saved=1/.test(location.search) ? {
    '姓名': '张伟', '手机号码': '13812345678', '电子邮箱': 'zhangwei@example.com', '参加工作时间': '2012-07-01',
    '专业工作年限': '8.5', '考核情况': '2021年称职 2022年优秀 2023年称职'
  } : {};
  function saved(label) { return SAVED[label] || ''; }
  function valueAttr(label) { return saved(label) ? ' value="' + saved(label) + '"' : ''; }

  // Real labels go to text-like fields only (in order, once each); choice
  // fields and the rest get generic labels.
  var realUsed = 0;
  function genericLabel(n) { return GENERIC[n % GENERIC.length] + (n + 1); }
  function labelFor(n) {
    return realUsed < REAL_LABELS.length ? REAL_LABELS[realUsed++] : genericLabel(n);
  }
  function star(n) { return n % 3 === 0 ? '<font color=red>*</font>' : ''; }
  function id(n) { return 't9column' + (n + 1); }

  // Each builder returns the rows' HTML for field n; the texts are constants of this page.
  var BUILDERS = [
    function leftCell(n) {
      var label = labelFor(n);
      return '<tr><td class="tdl">' + star(n) + label + '：</td><td><input type="text" class="txt" id="' + id(n) + '" name="' + id(n) + '"' + valueAttr(label) + '></td></tr>';
    },
    function cellAbove(n) {
      var label = labelFor(n);
      return '<tr class="tdtop"><td colspan="2">' + label + '</td></tr><tr><td colspan="2"><input type="text" class="txt long" name="' + id(n) + '"' + valueAttr(label) + '></td></tr>';
    },
    function selectLeft(n) {
      var options = '<option value="">请选择</option>' + SELECT_OPTIONS.map(function (text, i) { return '<option value="' + i + '">' + text + '</option>'; }).join('');
      return '<tr><th>' + genericLabel(n) + '：</th><td><select class="sel" name="' + id(n) + '">' + options + '</select></td></tr>';
    },
    function radiosInLabels(n) {
      return '<tr><td class="tdl">' + genericLabel(n) + '：</td><td><label><input type="radio" name="' + id(n) + '" value="1">是</label> <label><input type="radio" name="' + id(n) + '" value="0">否</label></td></tr>';
    },
    function labelWithFor(n) {
      var label = labelFor(n);
      return '<tr><td class="tdl"><label for="' + id(n) + '">' + label + '</label></td><td><input type="text" class="txt" id="' + id(n) + '"' + valueAttr(label) + '></td></tr>';
    },
    function textareaLeft(n) {
      var label = labelFor(n);
      return '<tr><td class="tdl">' + star(n) + label + '：</td><td><textarea class="area" style="height:40px" name="' + id(n) + '">' + saved(label) + '</textarea></td></tr>';
    },
    function placeholderOnly(n) {
      var label = labelFor(n);
      return '<tr><td colspan="2"><input type="text" class="txt long" name="' + id(n) + '" placeholder="请输入' + label + '"' + valueAttr(label) + '></td></tr>';
    },
    function checkboxTextAfter(n) {
      return '<tr><td></td><td><input type="checkbox" name="' + id(n) + '" value="1"> <span>' + genericLabel(n) + '</span></td></tr>';
    },
    function layuiInCell(n) {
      var label = labelFor(n);
      return '<tr><td colspan="2"><div class="layui-form-item"><label class="layui-form-label">' + label + '</label><div class="layui-input-block"><input type="text" class="layui-input" name="' + id(n) + '"' + valueAttr(label) + '></div></div></td></tr>';
    },
    function dlBlock(n) {
      var label = labelFor(n);
      return '<tr><td colspan="2"><dl class="att-slot"><dt>' + label + '：</dt><dd><input type="text" class="txt" name="' + id(n) + '"' + valueAttr(label) + '></dd></dl></td></tr>';
    }
  ];

  var html = [];
  for (var n = 0; n < FIELD_COUNT; n++) html.push(BUILDERS[n % BUILDERS.length](n));
  document.querySelector('#bigTable tbody').innerHTML = html.join('');
  document.getElementById('fieldCount').textContent = String(FIELD_COUNT);
</script>
</body>
</html>
