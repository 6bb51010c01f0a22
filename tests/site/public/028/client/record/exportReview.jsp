<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>导出评审表</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
</head>
<body data-expect-step="reviewForm">
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; 我的申报记录 &gt; <b>导出评审表</b></div>
  <table class="tab" cellpadding="0" cellspacing="0">
    <tr><td class="tdl">评审计划：</td><td data-plan-name>2024年度杭州市制造业专业工程师资格评审申报计划</td></tr>
    <tr><td class="tdl">审核状态：</td><td class="green">中评委办公室资格审核通过</td></tr>
    <tr>
      <td class="tdl">说明：</td>
      <td>导出的评审表带有“浙江省专业技术任职资格申报与评审管理平台”水印。评审表、《破格推荐中级专业技术职务任职资格审批表》（破格申报人员提供）经所在单位加盖公章后报送纸质材料受理部门，受理部门汇总后于9月30日前统一报中评委办公室。</td>
    </tr>
  </table>
  <div class="btn-bar">
    <input type="button" class="btn" id="btnExport" value="导出评审表">
    <a class="btn gray" href="/028/client/record/myRecords.jsp">返回</a>
  </div>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  // The real platform answers a PDF; the replica downloads a small HTML page with the watermark text.
  document.getElementById('btnExport').addEventListener('click', function () {
    var html = '<!DOCTYPE html><meta charset="utf-8"><title>专业技术职务任职资格评审表</title>' +
      '<div style="position:fixed;inset:0;display:flex;align-items:center;justify-content:center;opacity:.15;font-size:40px;transform:rotate(-30deg)">浙江省专业技术任职资格申报与评审管理平台</div>' +
      '<h1>专业技术职务任职资格评审表</h1><p>' + Zcps.plan().name + '</p>';
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    link.download = '评审表.html';
    document.body.appendChild(link);
    link.click();
    link.remove();
    Zcps.msg('评审表已导出');
  });
</script>
</body>
</html>
