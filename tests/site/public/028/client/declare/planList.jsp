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
    <tr><th style="width:40px">序号</th><th>评审计划名称</th><th style="width:90px">评审级别</th><th style="width:190px">申报时间</th><th style="width:70px">状态</th><th style="width:70px">操作</th></tr>
    <tr>
      <td>1</td>
      <td class="l"><a href="/028/client/declare/planView.jsp?planId=330100202401028">2024年度杭州市制造业专业工程师资格评审申报计划</a></td>
      <td>中级</td><td>2024-07-01 至 2024-08-31</td><td class="green">申报中</td>
      <td><a href="/028/client/declare/planView.jsp?planId=330100202401028">查看</a></td>
    </tr>
    <tr>
      <td>2</td>
      <td class="l">2024年度杭州市工程技术人员助理工程师资格认定计划</td>
      <td>初级</td><td>2024-05-01 至 2024-06-30</td><td>已结束</td><td>—</td>
    </tr>
    <tr>
      <td>3</td>
      <td class="l">2024年度浙江省工程技术人员高级工程师资格评审申报计划</td>
      <td>副高级</td><td>2024-07-15 至 2024-08-15</td><td>未开始</td><td>—</td>
    </tr>
  </table>
</div>
</body>
</html>
