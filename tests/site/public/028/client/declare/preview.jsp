<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>职称评审申报 - 预览确认提交</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
<style type="text/css">
  #summary td.v { white-space: pre-wrap; word-break: break-all; }
  #summary img { width: 90px; height: 118px; object-fit: cover; border: 1px solid #c9d9ec; }
  .done-box { text-align: center; font-size: 16px; color: #2a8c2a; padding: 16px; border: 1px dashed #2a8c2a; margin: 10px 0; }
</style>
</head>
<body data-expect-step="preview">
<!-- Markup style: a read-only summary (th label cells, text values, no form fields)
     built from the wizard's draft; 提交 posts declareAction!submit.action. -->
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; 职称评审申报 &gt; <b data-plan-name>2024年度杭州市制造业专业工程师资格评审申报计划</b></div>
  <ul class="step-bar">
    <li class="done"><em>1</em>上传证件照</li>
    <li class="done"><em>2</em>签署个人承诺</li>
    <li class="done"><em>3</em>填写申报信息</li>
    <li class="done"><em>4</em>选择相关业绩</li>
    <li class="done"><em>5</em>上传相关附件</li>
    <li class="cur"><em>6</em>预览确认提交</li>
  </ul>
  <table class="tab" id="summary" cellpadding="0" cellspacing="0"><tbody></tbody></table>
  <div id="doneBox" class="done-box" style="display:none">提交成功，等待单位审核</div>
  <div class="btn-bar" id="btnBar">
    <a class="btn gray" href="/028/client/declare/attach.jsp">上一步</a>
    <input type="button" class="btn orange" id="btnSubmit" value="提交">
  </div>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  var draft = Zcps.state();
  var body = document.querySelector('#summary tbody');

  function addRow(label, value) {
    var row = body.insertRow(-1);
    var th = document.createElement('th');
    th.style.width = '200px';
    th.textContent = label;
    row.appendChild(th);
    var cell = row.insertCell(-1);
    cell.className = 'v';
    if (value instanceof Node) cell.appendChild(value);
    else cell.textContent = value || '（未填写）';
  }

  var photo;
  if (draft.photo) {
    photo = document.createElement('img');
    photo.src = draft.photo.url;
    photo.alt = draft.photo.name;
  }
  addRow('评审计划', draft.planName || '2024年度杭州市制造业专业工程师资格评审申报计划');
  addRow('证件照', photo || '系统默认省内身份证照片');
  addRow('个人承诺', draft.signedAt ? '已签署（' + draft.signedAt + '）' : '未签署');
  addRow('申报类型', draft.type);
  addRow('从事专业', draft.majorText);
  addRow('专业工作年限', draft.years ? draft.years + ' 年' : '');
  addRow('考核情况', draft.assessment);
  addRow('受理点', draft.officeText);
  addRow('本人述职', draft.report);
  if (draft.type === '破格申报') addRow('破格申报的具体内容', draft.detail);
  if (draft.type === '破格申报' || draft.type === '技能人才申报') {
    addRow('佐证材料', (draft.proofs || []).map(function (f) { return f.name; }).join('\n'));
  }
  addRow('相关业绩', (draft.achievements || []).map(function (a, i) {
    return (i + 1) + '. ' + a.title + '（' + a.kind + '，' + a.date + '，排名 ' + a.rank + '，集体项目：' + a.collective + '）';
  }).join('\n'));
  var labels = draft.attachmentLabels || {};
  Object.keys(labels).forEach(function (name) {
    var items = (draft.attachments || {})[name] || [];
    if (name === 'column57' && draft.type !== '破格申报') return;
    addRow(labels[name], items.map(function (f) {
      return f.name + (f.url === draft.representative ? '（代表作）' : '');
    }).join('\n'));
  });

  function showDone() {
    document.getElementById('doneBox').style.display = '';
    document.getElementById('btnSubmit').disabled = true;
  }
  if (draft.submittedAt) showDone();

  document.getElementById('btnSubmit').addEventListener('click', function () {
    var data = new URLSearchParams();
    data.append('planId', draft.planId || '330100202401028');
    fetch('/028/client/declareAction!submit.action', { method: 'POST', body: data })
      .then(function (res) { return res.json(); })
      .then(function (answer) {
        if (!answer.ok) { Zcps.msg('提交失败'); return; }
        Zcps.saveState({ submittedAt: new Date().toISOString() });
        showDone();
        Zcps.msg('提交成功，等待单位审核');
      })
      .catch(function () { Zcps.msg('提交失败，请稍后再试'); });
  });
</script>
</body>
</html>
