<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>职称评审申报</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
</head>
<body>
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; <b>职称评审申报</b></div>
  <h3 class="tit">评审计划</h3>
  <table class="tab list">
    <tbody id="planRows">
    <tr><th style="width:40px">序号</th><th>评审计划名称</th><th style="width:90px">评审级别</th><th style="width:190px">申报时间</th><th style="width:70px">状态</th><th style="width:70px">操作</th></tr>
    <tr><td>1</td><td class="l">2024年度杭州市工程技术人员助理工程师资格认定计划</td><td>初级</td><td>2024-05-01 至 2024-06-30</td><td>已结束</td><td>—</td></tr>
    <tr><td>2</td><td class="l">2024年度浙江省工程技术人员高级工程师资格评审申报计划</td><td>副高级</td><td>2024-07-15 至 2024-08-15</td><td>已结束</td><td>—</td></tr>
    </tbody>
  </table>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  // One row per plan of the replica, each linking to its plan page.
  (function () {
    var rows = document.getElementById('planRows');
    Object.keys(Zcps.PLANS).forEach(function (id, i) {
      var plan = Zcps.PLANS[id];
      var href = '/028/client/declare/planView.jsp?planId=' + id;
      var tr = document.createElement('tr');
      var cells = [String(i + 3), plan.name, plan.level, plan.window, plan.status, '查看'];
      cells.forEach(function (text, c) {
        var td = document.createElement('td');
        if (c === 1 || c === 5) {
          var a = document.createElement('a');
          a.href = href;
          a.textContent = text;
          td.appendChild(a);
        } else td.textContent = text;
        if (c === 1) td.className = 'l';
        if (c === 4 && text === '申报中') td.className = 'green';
        tr.appendChild(td);
      });
      rows.appendChild(tr);
    });
  })();
</script>
</body>
</html>
