<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>浙江省专业技术职务任职资格申报与评审管理平台</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
<style type="text/css">
  html, body { height: 100%; overflow: hidden; }
  #header { height: 64px; background: linear-gradient(#2b7bd3, #1659a6); color: #fff; position: relative; }
  #header .logo { position: absolute; left: 20px; top: 0; line-height: 64px; font-size: 22px; font-weight: bold; letter-spacing: 2px; }
  #header .logo img { vertical-align: middle; margin-right: 10px; }
  #header .user { position: absolute; right: 20px; top: 22px; }
  #header .user a { color: #fff; margin-left: 10px; }
  #left { position: absolute; top: 64px; bottom: 0; left: 0; width: 190px; background: #f1f5fa; border-right: 1px solid #c9d9ec; }
  #left .menu-tit { height: 36px; line-height: 36px; padding-left: 16px; background: #dbe7f5; color: #1a5da8; font-weight: bold; font-size: 13px; }
  #left ul { margin: 0; padding: 0; list-style: none; }
  #left li a { display: block; height: 38px; line-height: 38px; padding-left: 30px; border-bottom: 1px solid #e0e8f2; color: #333; font-size: 13px; }
  #left li a:hover { background: #e4eefa; text-decoration: none; }
  #left li a.on { background: #1f6fc5; color: #fff; }
  #main { position: absolute; top: 64px; bottom: 0; left: 191px; right: 0; }
  #main iframe { width: 100%; height: 100%; border: 0; display: block; }
</style>
</head>
<body>
<div id="header">
  <div class="logo"><img src="/028/client/images/logo.svg" width="40" height="40" alt="">浙江省专业技术职务任职资格申报与评审管理平台</div>
  <div class="user">欢迎您，张三（个人用户）<a href="/028/client/index.jsp">首页</a><a href="javascript:;" onclick="Zcps.msg('本地复制站：不能退出')">退出</a></div>
</div>
<div id="left">
  <div class="menu-tit">用户中心</div>
  <ul id="menu">
    <li><a href="/028/client/home.jsp" target="mainFrame" data-page="home">用户中心首页</a></li>
    <li><a href="/028/client/person/baseInfo.jsp" target="mainFrame" data-page="basicInfo">个人基本信息</a></li>
    <li><a href="/028/client/person/achieveList.jsp" target="mainFrame" data-page="archive">我的业绩档案</a></li>
    <li><a href="/028/client/declare/planList.jsp" target="mainFrame" data-page="planList">职称评审申报</a></li>
    <li><a href="/028/client/record/myRecords.jsp" target="mainFrame" data-page="records">我的申报记录</a></li>
  </ul>
</div>
<div id="main">
  <iframe name="mainFrame" id="mainFrame" src="about:blank" frameborder="0" scrolling="auto"></iframe>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  // The initial page: index.jsp#basicInfo or index.jsp?page=basicInfo (ids as in lib/steps.ts,
  // plus home, planList, big). Other query parameters are passed on, e.g.
  // index.jsp?page=attachments&type=破格申报.
  var PAGES = {
    home: 'home.jsp',
    basicInfo: 'person/baseInfo.jsp',
    archive: 'person/achieveList.jsp',
    planList: 'declare/planList.jsp',
    plan: 'declare/planView.jsp',
    photo: 'declare/photo.jsp',
    commitment: 'declare/promise.jsp',
    declaration: 'declare/info.jsp',
    achievements: 'declare/achieve.jsp',
    attachments: 'declare/attach.jsp',
    preview: 'declare/preview.jsp',
    records: 'record/myRecords.jsp',
    reviewForm: 'record/exportReview.jsp',
    big: 'big.jsp'
  };

  function initialSrc() {
    var params = new URLSearchParams(location.search);
    var page = location.hash.slice(1) || params.get('page') || 'home';
    params.delete('page');
    var file = PAGES[page] || PAGES.home;
    var rest = params.toString();
    return '/028/client/' + file + (rest ? '?' + rest : '');
  }

  function highlight(link) {
    var links = document.querySelectorAll('#menu a');
    for (var i = 0; i < links.length; i++) links[i].classList.toggle('on', links[i] === link);
  }

  document.getElementById('menu').addEventListener('click', function (event) {
    var link = event.target.closest('a');
    if (!link) return;
    highlight(link);
    history.replaceState(null, '', '#' + link.getAttribute('data-page'));
  });

  var src = initialSrc();
  highlight(document.querySelector('#menu a[href="' + src.split('?')[0] + '"]'));
  document.getElementById('mainFrame').src = src;
</script>
</body>
</html>
