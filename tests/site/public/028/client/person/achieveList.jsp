<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>我的业绩档案</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
</head>
<body data-expect-step="archive">
<!-- Markup style: a list table; the add-entry form is a layui-like layer:
     div.layui-form-item > label.layui-form-label (no "for") + div.layui-input-block,
     and one item holding two div.layui-inline pairs. Open it with 新增业绩 or ?add=1. -->
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; <b>我的业绩档案</b></div>
  <p class="tip" style="margin:0 0 8px">业绩档案保存后需经用人单位审查通过后才可在申报时提取。</p>
  <div style="margin-bottom:8px"><a class="btn" href="javascript:;" id="btnAdd">新增业绩</a></div>
  <table class="tab list" id="achTable">
    <thead>
      <tr><th style="width:40px">序号</th><th>业绩名称</th><th style="width:80px">业绩类型</th><th style="width:90px">完成时间</th><th style="width:80px">审核状态</th></tr>
    </thead>
    <tbody>
      <tr><td>1</td><td class="l">基于PLC的数控机床主轴热变形补偿控制研究</td><td>论文</td><td>2022-06</td><td class="green">已审核</td></tr>
      <tr><td>2</td><td class="l">年产5万台伺服电机智能化生产线技术改造项目</td><td>项目</td><td>2023-03</td><td class="green">已审核</td></tr>
      <tr><td>3</td><td class="l">一种用于注塑模具的快速冷却装置</td><td>专利</td><td>2021-11</td><td class="green">已审核</td></tr>
      <tr><td>4</td><td class="l">厂区10kV配电系统节能改造可行性研究报告</td><td>报告</td><td>2023-09</td><td class="green">已审核</td></tr>
      <tr><td>5</td><td class="l">杭州市职工经济技术创新成果三等奖</td><td>获奖</td><td>2022-12</td><td class="green">已审核</td></tr>
      <tr><td>6</td><td class="l">工业机器人焊接工作站离线编程应用</td><td>论文</td><td>2023-05</td><td class="green">已审核</td></tr>
      <tr><td>7</td><td class="l">精密减速器装配工艺规范（企业标准）</td><td>标准</td><td>2024-01</td><td class="green">已审核</td></tr>
      <tr><td>8</td><td class="l">基于机器视觉的零件表面缺陷检测系统</td><td>成果鉴定</td><td>2024-04</td><td class="red">待审核</td></tr>
    </tbody>
  </table>
</div>

<div class="layui-layer-shade" id="addShade" style="display:none"></div>
<div class="layui-layer" id="addLayer" style="display:none">
  <div class="layui-layer-title">新增业绩<span class="layui-layer-close" id="btnClose">✕</span></div>
  <div class="layui-layer-content">
    <form class="layui-form" id="achForm" onsubmit="return false;">
      <div class="layui-form-item">
        <label class="layui-form-label"><font color=red>*</font>业绩类型</label>
        <div class="layui-input-block">
          <select name="t62column3" id="t62column3" class="layui-select" data-expect-meaning="achKind">
            <option value="">请选择业绩类型</option>
            <option value="1">论文</option>
            <option value="2">著作</option>
            <option value="3">项目</option>
            <option value="4">报告</option>
            <option value="5">成果鉴定</option>
            <option value="6">专利</option>
            <option value="7">标准</option>
            <option value="8">获奖</option>
            <option value="9">其他</option>
          </select>
        </div>
      </div>
      <div class="layui-form-item">
        <label class="layui-form-label"><font color=red>*</font>业绩名称</label>
        <div class="layui-input-block">
          <input type="text" name="t62column4" id="t62column4" class="layui-input" autocomplete="off" data-expect-meaning="achTitle">
        </div>
      </div>
      <div class="layui-form-item">
        <div class="layui-inline">
          <label class="layui-form-label"><font color=red>*</font>完成时间</label>
          <div class="layui-input-inline">
            <input type="text" name="t62column5" id="t62column5" class="layui-input" placeholder="yyyy-MM" data-expect-meaning="achDate">
          </div>
        </div>
        <div class="layui-inline">
          <label class="layui-form-label" style="width:70px">本人排名</label>
          <div class="layui-input-inline" style="width:80px">
            <input type="text" name="t62column7" id="t62column7" class="layui-input" data-expect-meaning="achRank">
          </div>
          <div class="layui-form-mid">填数字，1 为第一</div>
        </div>
      </div>
      <div class="layui-form-item">
        <label class="layui-form-label">本人角色</label>
        <div class="layui-input-block">
          <input type="text" name="t62column6" id="t62column6" class="layui-input" placeholder="如：第一作者、项目负责人、主要完成人" data-expect-meaning="achRole">
        </div>
      </div>
      <div class="layui-form-item">
        <label class="layui-form-label">是否集体项目</label>
        <div class="layui-input-block">
          <label><input type="radio" name="t62column8" value="1" data-expect-meaning="achCollective"> 是</label>&nbsp;&nbsp;
          <label><input type="radio" name="t62column8" value="0" checked data-expect-meaning="achCollective"> 否</label>
        </div>
      </div>
      <div class="layui-form-item">
        <label class="layui-form-label">刊物/出版社</label>
        <div class="layui-input-block">
          <input type="text" name="t62column10" id="t62column10" class="layui-input" data-expect-meaning="achPublication">
        </div>
      </div>
      <div class="layui-form-item">
        <label class="layui-form-label">刊号</label>
        <div class="layui-input-block">
          <input type="text" name="t62column11" id="t62column11" class="layui-input" placeholder="ISSN / CN" data-expect-meaning="achIssn">
        </div>
      </div>
      <div class="layui-form-item">
        <label class="layui-form-label">业绩简介</label>
        <div class="layui-input-block">
          <textarea name="t62column12" id="t62column12" class="layui-textarea" data-expect-meaning="achDescription"></textarea>
        </div>
      </div>
      <div class="layui-form-item">
        <label class="layui-form-label">附件</label>
        <div class="layui-input-block">
          <input type="file" name="t62column13" id="t62column13" accept=".pdf,.jpg,.jpeg,.png" data-expect-meaning="achFile">
          <span id="t62column13_state" class="tip"></span>
        </div>
      </div>
      <div class="layui-form-item">
        <div class="layui-input-block">
          <button type="button" class="btn" id="btnSaveAch">保存</button>
          <button type="button" class="btn gray" id="btnCancel">取消</button>
        </div>
      </div>
    </form>
  </div>
</div>

<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  var layer = document.getElementById('addLayer');
  var shade = document.getElementById('addShade');
  var form = document.getElementById('achForm');

  function openLayer() { layer.style.display = shade.style.display = 'block'; }
  function closeLayer() { layer.style.display = shade.style.display = 'none'; }

  document.getElementById('btnAdd').addEventListener('click', openLayer);
  document.getElementById('btnClose').addEventListener('click', closeLayer);
  document.getElementById('btnCancel').addEventListener('click', closeLayer);
  if (Zcps.query('add') === '1') openLayer();

  // 附件 uploads as soon as it is chosen.
  var fileInput = document.getElementById('t62column13');
  var fileState = document.getElementById('t62column13_state');
  fileInput.addEventListener('change', function () {
    var file = fileInput.files[0];
    if (!file) return;
    fileState.textContent = '上传中…';
    Zcps.upload(file, fileInput.name, '业绩附件').then(function (answer) {
      fileState.textContent = '上传成功：' + answer.name;
    }).catch(function (error) { fileState.textContent = error.message; });
  });

  document.getElementById('btnSaveAch').addEventListener('click', function () {
    var kind = document.getElementById('t62column3');
    var title = document.getElementById('t62column4');
    var date = document.getElementById('t62column5');
    if (!kind.value || !title.value.trim() || !date.value.trim()) {
      Zcps.msg('请填写业绩类型、业绩名称和完成时间');
      return;
    }
    Zcps.post('/028/client/achieveAction!save.action', form).then(function () {
      var body = document.querySelector('#achTable tbody');
      var row = body.insertRow(-1);
      var cells = [String(body.rows.length), title.value.trim(), kind.options[kind.selectedIndex].text, date.value.trim(), '待审核'];
      cells.forEach(function (text, i) {
        var cell = row.insertCell(-1);
        cell.textContent = text;
        if (i === 1) cell.className = 'l';
        if (i === 4) cell.className = 'red';
      });
      form.reset();
      fileState.textContent = '';
      closeLayer();
      Zcps.msg('保存成功，等待单位审核');
    });
  });
</script>
</body>
</html>
