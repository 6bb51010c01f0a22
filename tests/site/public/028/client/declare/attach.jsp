<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>职称评审申报 - 上传相关附件</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
</head>
<body data-expect-step="attachments">
<!-- Markup style: one dl/dt/dd per slot, the label in the <dt>. Slot 学历 has a
     visible <input type=file>; the others a hidden input AFTER a "上传文件" button
     (so the nearest preceding text is the button's, not the label).
     The 破格 slot shows only for 破格申报 (?type=破格申报 or the wizard draft). -->
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; 职称评审申报 &gt; <b data-plan-name>2024年度杭州市制造业专业工程师资格评审申报计划</b></div>
  <ul class="step-bar">
    <li class="done"><em>1</em>上传证件照</li>
    <li class="done"><em>2</em>签署个人承诺</li>
    <li class="done"><em>3</em>填写申报信息</li>
    <li class="done"><em>4</em>选择相关业绩</li>
    <li class="cur"><em>5</em>上传相关附件</li>
    <li><em>6</em>预览确认提交</li>
  </ul>
  <p class="tip" style="margin:0 0 8px">支持 PDF、JPG、PNG 格式，单个文件不超过 10M。</p>
  <div id="slots">
    <dl class="att-slot">
      <dt>学历和学位证书及认证材料：</dt>
      <dd>
        <input type="file" name="column51" multiple accept=".pdf,.jpg,.jpeg,.png" data-expect-meaning="attEducation">
        <ul class="file-list"></ul>
        <p class="explain">省平台未提取到您的学历学位信息。适用于省平台无法提取学历学位信息人员，认证材料包括《教育部学历、学位证书电子注册备案表》《中国高等教育学历认证报告》《毕业生登记表》《国外（港澳台）学历学位认证书》等。</p>
      </dd>
    </dl>
    <dl class="att-slot">
      <dt><font color=red class="need-normal">*</font>近4年专业技术职务资格聘书：</dt>
      <dd>
        <a class="btn gray pick" href="javascript:;">上传文件</a>
        <input type="file" name="column52" multiple accept=".pdf,.jpg,.jpeg,.png" style="display:none" data-expect-meaning="attAppointment">
        <ul class="file-list"></ul>
        <p class="explain">适用于正常申报要求人员。</p>
      </dd>
    </dl>
    <dl class="att-slot">
      <dt><font color=red>*</font>劳动（聘用）合同：</dt>
      <dd>
        <a class="btn gray pick" href="javascript:;">上传文件</a>
        <input type="file" name="column53" multiple accept=".pdf,.jpg,.jpeg,.png" style="display:none" data-expect-meaning="attContract">
        <ul class="file-list"></ul>
        <p class="explain">应提供能反映专业工作经历的劳动（聘用）合同；现履行期内的合同必须提供，之前的合同如无法提供的，可用能反映当时工作单位的社会保险参保记录替代。</p>
      </dd>
    </dl>
    <dl class="att-slot">
      <dt><font color=red>*</font>社保证明：</dt>
      <dd>
        <a class="btn gray pick" href="javascript:;">上传文件</a>
        <input type="file" name="column54" multiple accept=".pdf,.jpg,.jpeg,.png" style="display:none" data-expect-meaning="attSocial">
        <ul class="file-list"></ul>
        <p class="explain">可通过浙里办、支付宝等APP下载历年参保证明并上传；在外省缴纳社保的，需提供省外缴纳社保的相关证明。</p>
      </dd>
    </dl>
    <dl class="att-slot">
      <dt><font color=red>*</font>继续教育学时登记证明：</dt>
      <dd>
        <a class="btn gray pick" href="javascript:;">上传文件</a>
        <input type="file" name="column55" multiple accept=".pdf,.jpg,.jpeg,.png" style="display:none" data-expect-meaning="attCpd">
        <ul class="file-list"></ul>
        <p class="explain">以杭州市专业技术人员学习新干线系统或浙江省工业和信息化领域专业技术人员继续教育学时登记管理系统登记的学分为准。</p>
      </dd>
    </dl>
    <dl class="att-slot">
      <dt><font color=red>*</font>著作/论文/报告/成果：</dt>
      <dd>
        <a class="btn gray pick" href="javascript:;">上传文件</a>
        <input type="file" name="column56" multiple accept=".pdf,.jpg,.jpeg,.png" style="display:none" data-representative="1" data-expect-meaning="attWorks">
        <ul class="file-list"></ul>
        <p class="explain">任现职以来的有关著作、论文、项目可行性研究设计报告、成果鉴定材料，需确定一篇代表作。论文扫描件需有杂志或著作的封面、刊号、目录及正文，并在本人姓名处加上标注。</p>
      </dd>
    </dl>
    <dl class="att-slot" id="slotExceptional" style="display:none">
      <dt><font color=red>*</font>破格推荐中级专业技术职务任职资格审批表：</dt>
      <dd>
        <a class="btn gray pick" href="javascript:;">上传文件</a>
        <input type="file" name="column57" accept=".pdf,.jpg,.jpeg,.png" style="display:none" data-expect-meaning="attExceptional">
        <ul class="file-list"></ul>
        <p class="explain">破格申报人员需填写并上传《破格推荐中级专业技术职务任职资格审批表》。</p>
      </dd>
    </dl>
  </div>
  <div class="btn-bar">
    <a class="btn gray" id="btnPrev" href="javascript:;">上一步</a>
    <a class="btn" id="btnNext" href="javascript:;">下一步</a>
  </div>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  var draft = Zcps.state();
  var type = Zcps.query('type') || draft.type || '';
  var files = draft.attachments || {};        // input name → [{ name, url }]
  var representative = draft.representative || '';

  document.getElementById('slotExceptional').style.display = type === '破格申报' ? '' : 'none';
  var normalStars = document.querySelectorAll('.need-normal');
  for (var k = 0; k < normalStars.length; k++) normalStars[k].style.display = type === '正常申报' ? '' : 'none';

  function slotLabel(input) {
    return input.closest('dl').querySelector('dt').textContent.replace(/[*：:]/g, '').trim();
  }

  function renderList(input) {
    var list = input.parentNode.querySelector('.file-list');
    var items = files[input.name] || [];
    list.textContent = '';
    items.forEach(function (file, index) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = file.url;
      link.target = '_blank';
      link.textContent = file.name;
      li.appendChild(link);
      if (input.getAttribute('data-representative')) {
        var label = document.createElement('label');
        var radio = document.createElement('input');
        radio.type = 'radio';
        radio.setAttribute('data-expect-meaning', ''); // the corpus annotation: a 代表作 mark has no field meaning
        radio.name = input.name + '_dbz';
        radio.value = file.url;
        radio.checked = representative === file.url;
        radio.addEventListener('change', function () { representative = file.url; });
        label.appendChild(radio);
        label.appendChild(document.createTextNode(' 设为代表作'));
        li.appendChild(label);
      }
      var del = document.createElement('a');
      del.href = 'javascript:;';
      del.className = 'del';
      del.textContent = '删除';
      del.addEventListener('click', function () {
        items.splice(index, 1);
        if (representative === file.url) representative = '';
        renderList(input);
      });
      li.appendChild(del);
      list.appendChild(li);
    });
  }

  var inputs = document.querySelectorAll('#slots input[type=file]');
  Array.prototype.forEach.call(inputs, function (input) {
    var button = input.parentNode.querySelector('.pick');
    if (button) button.addEventListener('click', function () { input.click(); });
    input.addEventListener('change', function () {
      Array.prototype.forEach.call(input.files, function (file) {
        Zcps.upload(file, input.name, slotLabel(input)).then(function (answer) {
          (files[input.name] = files[input.name] || []).push({ name: answer.name, url: answer.url });
          renderList(input);
        }).catch(function (error) { Zcps.msg(error.message); });
      });
    });
    renderList(input);
  });

  function saveDraft() {
    var labels = {};
    Array.prototype.forEach.call(inputs, function (input) { labels[input.name] = slotLabel(input); });
    Zcps.saveState({ attachments: files, attachmentLabels: labels, representative: representative });
  }

  document.getElementById('btnPrev').addEventListener('click', function () {
    saveDraft();
    location.href = '/028/client/declare/achieve.jsp';
  });
  document.getElementById('btnNext').addEventListener('click', function () {
    saveDraft();
    location.href = '/028/client/declare/preview.jsp';
  });
</script>
</body>
</html>
