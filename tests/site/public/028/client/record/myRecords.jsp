<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>我的申报记录</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
</head>
<body data-expect-step="records">
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; <b>我的申报记录</b></div>
  <table class="tab list" id="recordTable" cellpadding="0" cellspacing="0">
    <tr>
      <th style="width:40px">序号</th><th>评审计划</th><th style="width:90px">申报专业</th><th style="width:90px">申报时间</th>
      <th style="width:100px">状态</th><th style="width:90px">评审费</th><th style="width:180px">操作</th>
    </tr>
    <tr>
      <td>1</td>
      <td class="l" data-plan-name>2024年度杭州市制造业专业工程师资格评审申报计划</td>
      <td>机械工程</td>
      <td>2024-07-12</td>
      <td class="green">资格审查通过</td>
      <td class="red">未缴费</td>
      <td>
        <input type="button" class="btn orange" id="btnPay" value="马上支付">
        <a href="/028/client/record/exportReview.jsp">评审表</a>
      </td>
    </tr>
  </table>
  <p class="tip">资格审查通过后，请根据12333短信提示，在规定时间内缴纳评审费。</p>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  document.getElementById('btnPay').addEventListener('click', function () {
    Zcps.msg('正在跳转到统一公共支付平台…（本地复制站不支付）', 3000);
  });
</script>
</body>
</html>
