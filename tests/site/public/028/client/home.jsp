<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>用户中心首页</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
</head>
<body>
<div class="page">
  <div class="pos">当前位置：<b>用户中心首页</b></div>
  <h3 class="tit">个人信息概况</h3>
  <table class="tab">
    <tr><td class="tdl">姓名：</td><td>张三</td><td class="tdl">现工作单位：</td><td>杭州某某智能装备有限公司</td></tr>
    <tr><td class="tdl">个人基本信息：</td><td><a href="/028/client/person/baseInfo.jsp">去完善</a></td><td class="tdl">业绩档案：</td><td><a href="/028/client/person/achieveList.jsp">7 条已审核，1 条待审核</a></td></tr>
  </table>
  <h3 class="tit">通知公告</h3>
  <table class="tab list">
    <tr><th>标题</th><th style="width:120px">发布时间</th></tr>
    <tr><td class="l"><a href="/028/client/declare/planList.jsp">关于做好2024年度杭州市制造业专业工程师资格评审工作的通知</a></td><td>2024-06-20</td></tr>
    <tr><td class="l"><a href="javascript:;">《个人用户操作手册》（本地复制站不提供下载）</a></td><td>2024-03-01</td></tr>
  </table>
  <div class="btn-bar"><a class="btn" href="/028/client/declare/planList.jsp">职称评审申报</a></div>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
</body>
</html>
