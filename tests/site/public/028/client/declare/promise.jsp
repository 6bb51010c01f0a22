<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>职称评审申报 - 签署个人承诺</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
<style type="text/css">
  .promise { display: flex; gap: 30px; padding: 10px 20px; }
  .promise .qr { text-align: center; }
  .promise .qr img { width: 180px; height: 180px; border: 1px solid #ddd; }
  .promise .text { flex: 1; font-size: 13px; line-height: 2; }
</style>
</head>
<body data-expect-step="commitment">
<!-- Markup style: no table; a checkbox followed by its text in a <span> (no <label>, no "for"). -->
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; 职称评审申报 &gt; <b data-plan-name>2024年度杭州市制造业专业工程师资格评审申报计划</b></div>
  <ul class="step-bar">
    <li class="done"><em>1</em>上传证件照</li>
    <li class="cur"><em>2</em>签署个人承诺</li>
    <li><em>3</em>填写申报信息</li>
    <li><em>4</em>选择相关业绩</li>
    <li><em>5</em>上传相关附件</li>
    <li><em>6</em>预览确认提交</li>
  </ul>
  <div class="promise">
    <div class="qr">
      <img src="/028/client/images/qrcode.svg" alt="签署二维码"><br>
      请使用手机扫描二维码签署<br>
      <a href="javascript:;" id="simulateSign" style="font-size:12px">模拟手机签署（仅本地复制站）</a>
    </div>
    <div class="text">
      <p>申报人员对提交的所有材料真实性负责并作出承诺。请扫描左侧二维码，在线签署《专业技术资格申报材料真实性保证书》，字迹要求端正清晰，签署成功后点击“下一步”。</p>
      <p>签署状态：<b id="signState" class="red">未签署</b></p>
      <p><input type="checkbox" name="t64column2" id="t64column2" value="1" data-expect-meaning=""> <span>本人已阅读并承诺遵守《专业技术资格申报材料真实性保证书》的全部内容</span></p>
    </div>
  </div>
  <div class="btn-bar">
    <a class="btn gray" href="/028/client/declare/photo.jsp">上一步</a>
    <a class="btn" id="btnNext" href="javascript:;">下一步</a>
  </div>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  var signState = document.getElementById('signState');
  var agree = document.getElementById('t64column2');

  function showSigned(at) {
    signState.className = 'green';
    signState.textContent = '已签署（' + at + '）';
  }
  var draft = Zcps.state();
  if (draft.signedAt) showSigned(draft.signedAt);
  agree.checked = !!draft.agreed;

  // Stands in for the phone: the real page learns of the signature by polling.
  document.getElementById('simulateSign').addEventListener('click', function () {
    var at = new Date().toISOString().slice(0, 16).replace('T', ' ');
    Zcps.saveState({ signedAt: at });
    showSigned(at);
  });

  document.getElementById('btnNext').addEventListener('click', function () {
    if (!Zcps.state().signedAt) { Zcps.msg('请先扫描二维码签署保证书'); return; }
    if (!agree.checked) { Zcps.msg('请勾选“本人已阅读并承诺”'); return; }
    Zcps.saveState({ agreed: true });
    location.href = '/028/client/declare/info.jsp';
  });
</script>
</body>
</html>
