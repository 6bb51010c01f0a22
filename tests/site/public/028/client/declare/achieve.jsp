<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>职称评审申报 - 选择相关业绩</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
</head>
<body data-expect-step="achievements">
<!-- Markup style: a list table, a checkbox per row (value = the archive entry id),
     column names only in the header row, a 全选 checkbox in the header. -->
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; 职称评审申报 &gt; <b data-plan-name>2024年度杭州市制造业专业工程师资格评审申报计划</b></div>
  <ul class="step-bar">
    <li class="done"><em>1</em>上传证件照</li>
    <li class="done"><em>2</em>签署个人承诺</li>
    <li class="done"><em>3</em>填写申报信息</li>
    <li class="cur"><em>4</em>选择相关业绩</li>
    <li><em>5</em>上传相关附件</li>
    <li><em>6</em>预览确认提交</li>
  </ul>
  <p class="tip" style="margin:0 0 8px">从个人业绩档案库中提取相应业绩材料（仅显示用人单位审核通过的业绩）。业绩材料要求突出专业代表性，不宜过多过杂，集体项目须提供本人系主要贡献者依据。</p>
  <table class="tab list" id="achieveTable" cellpadding="0" cellspacing="0">
    <thead>
      <tr>
        <th style="width:40px"><input type="checkbox" id="checkAll" title="全选" data-expect-meaning=""></th>
        <th>业绩名称</th>
        <th style="width:70px">类型</th>
        <th style="width:80px">时间</th>
        <th style="width:70px">本人排名</th>
        <th style="width:90px">是否集体项目</th>
        <th style="width:70px">审核状态</th>
      </tr>
    </thead>
    <tbody>
      <tr><td><input type="checkbox" name="t63column1" value="A1001" data-expect-meaning=""></td><td class="l">基于PLC的数控机床主轴热变形补偿控制研究</td><td>论文</td><td>2022-06</td><td>1</td><td>否</td><td class="green">已审核</td></tr>
      <tr><td><input type="checkbox" name="t63column1" value="A1002" data-expect-meaning=""></td><td class="l">年产5万台伺服电机智能化生产线技术改造项目</td><td>项目</td><td>2023-03</td><td>3</td><td>是</td><td class="green">已审核</td></tr>
      <tr><td><input type="checkbox" name="t63column1" value="A1003" data-expect-meaning=""></td><td class="l">一种用于注塑模具的快速冷却装置</td><td>专利</td><td>2021-11</td><td>2</td><td>是</td><td class="green">已审核</td></tr>
      <tr><td><input type="checkbox" name="t63column1" value="A1004" data-expect-meaning=""></td><td class="l">厂区10kV配电系统节能改造可行性研究报告</td><td>报告</td><td>2023-09</td><td>1</td><td>否</td><td class="green">已审核</td></tr>
      <tr><td><input type="checkbox" name="t63column1" value="A1005" data-expect-meaning=""></td><td class="l">杭州市职工经济技术创新成果三等奖</td><td>获奖</td><td>2022-12</td><td>4</td><td>是</td><td class="green">已审核</td></tr>
      <tr><td><input type="checkbox" name="t63column1" value="A1006" data-expect-meaning=""></td><td class="l">工业机器人焊接工作站离线编程应用</td><td>论文</td><td>2023-05</td><td>2</td><td>否</td><td class="green">已审核</td></tr>
      <tr><td><input type="checkbox" name="t63column1" value="A1007" data-expect-meaning=""></td><td class="l">精密减速器装配工艺规范（企业标准）</td><td>标准</td><td>2024-01</td><td>1</td><td>是</td><td class="green">已审核</td></tr>
    </tbody>
  </table>
  <p>已选择 <b id="chosenCount">0</b> 项</p>
  <div class="btn-bar">
    <a class="btn gray" id="btnPrev" href="javascript:;">上一步</a>
    <a class="btn" id="btnNext" href="javascript:;">下一步</a>
  </div>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  var table = document.getElementById('achieveTable');
  var boxes = table.querySelectorAll('tbody input[type=checkbox]');
  var checkAll = document.getElementById('checkAll');
  var chosenCount = document.getElementById('chosenCount');

  function chosen() {
    return Array.prototype.filter.call(boxes, function (box) { return box.checked; });
  }
  function updateCount() {
    var count = chosen().length;
    chosenCount.textContent = String(count);
    checkAll.checked = count === boxes.length;
  }

  var saved = Zcps.state().achievements || [];
  Array.prototype.forEach.call(boxes, function (box) {
    box.checked = saved.some(function (item) { return item.id === box.value; });
  });
  updateCount();

  table.addEventListener('change', function (event) {
    if (event.target === checkAll) {
      Array.prototype.forEach.call(boxes, function (box) { box.checked = checkAll.checked; });
    }
    updateCount();
  });

  function saveDraft() {
    Zcps.saveState({
      achievements: chosen().map(function (box) {
        var cells = box.closest('tr').cells;
        return { id: box.value, title: cells[1].textContent, kind: cells[2].textContent, date: cells[3].textContent, rank: cells[4].textContent, collective: cells[5].textContent };
      })
    });
  }

  document.getElementById('btnPrev').addEventListener('click', function () {
    saveDraft();
    location.href = '/028/client/declare/info.jsp';
  });
  document.getElementById('btnNext').addEventListener('click', function () {
    if (chosen().length === 0) { Zcps.msg('请至少选择一项业绩'); return; }
    saveDraft();
    location.href = '/028/client/declare/attach.jsp?type=' + encodeURIComponent(Zcps.state().type || '');
  });
</script>
</body>
</html>
