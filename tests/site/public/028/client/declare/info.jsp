<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>职称评审申报 - 填写申报信息</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
<style type="text/css">
  .counter { text-align: right; color: #888; padding-right: 4%; }
  .type-group label { margin-right: 24px; cursor: pointer; }
</style>
</head>
<body data-expect-step="declaration">
<!-- Markup style: labels in the cell ABOVE the field (tr.tdtop rows). The label row
     and the field row have different cell structures (colspan), so only a
     colspan-aware column lookup finds the right label. 破格申报的具体内容 and
     佐证材料 use colspan="2" label cells LEFT of a colspan="2" field. -->
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; 职称评审申报 &gt; <b data-plan-name>2024年度杭州市制造业专业工程师资格评审申报计划</b></div>
  <ul class="step-bar">
    <li class="done"><em>1</em>上传证件照</li>
    <li class="done"><em>2</em>签署个人承诺</li>
    <li class="cur"><em>3</em>填写申报信息</li>
    <li><em>4</em>选择相关业绩</li>
    <li><em>5</em>上传相关附件</li>
    <li><em>6</em>预览确认提交</li>
  </ul>
  <form id="declareForm" onsubmit="return false;">
  <table class="tab" id="declareTable" cellpadding="0" cellspacing="0">
    <colgroup><col style="width:25%"><col style="width:25%"><col style="width:25%"><col style="width:25%"></colgroup>
    <tr class="tdtop"><td colspan="4"><font color=red>*</font>申报类型：</td></tr>
    <tr>
      <td colspan="4" class="type-group">
        <label><input type="radio" name="column61" value="1" data-expect-meaning="applicationType">正常申报</label>
        <label><input type="radio" name="column61" value="2" data-expect-meaning="applicationType">破格申报</label>
        <label><input type="radio" name="column61" value="3" data-expect-meaning="applicationType">转（兼）评</label>
        <label><input type="radio" name="column61" value="4" data-expect-meaning="applicationType">技能人才申报</label>
      </td>
    </tr>

    <tr class="tdtop">
      <td colspan="2"><font color=red>*</font>从事专业：</td>
      <td><font color=red>*</font>专业工作年限：</td>
      <td>考核情况：</td>
    </tr>
    <tr>
      <td>
        <select class="sel" name="column63" id="column63" data-expect-meaning="major">
          <option value="">请选择</option>
          <!-- Built from the plan's 可评审专业 (invented for the replica, see planView.jsp). -->
          <option value="01">机械工程</option>
          <option value="02">电气工程</option>
          <option value="03">自动化</option>
          <option value="04">材料工程</option>
          <option value="05">化工工程</option>
          <option value="06">电子信息工程</option>
          <option value="07">计算机应用</option>
          <option value="08">工业设计</option>
        </select>
      </td>
      <td class="tip">详见评审计划“可评审专业”</td>
      <td><input type="text" class="txt short" name="column64" id="column64" data-expect-meaning="workYears"> 年</td>
      <td><input type="text" class="txt" name="column65" id="column65" placeholder="如：2021年称职，2022年优秀，2023年称职" data-expect-meaning="assessment"></td>
    </tr>

    <tr class="tdtop"><td colspan="4"><font color=red>*</font>受理点：</td></tr>
    <tr>
      <td colspan="4">
        <select class="sel" name="column66" id="column66" style="min-width:260px" data-expect-meaning="office">
          <option value="">请选择受理点</option>
          <optgroup label="区、县（市）经信部门">
            <option value="330102">上城区经信局</option>
            <option value="330105">拱墅区经信局</option>
            <option value="330106">西湖区经信局</option>
            <option value="330108">滨江区经信局</option>
            <option value="330109">萧山区经信局</option>
            <option value="330110">余杭区经信局</option>
            <option value="330113">临平区经信局</option>
            <option value="330114">钱塘区经信局</option>
            <option value="330111">富阳区经信局</option>
            <option value="330112">临安区经信局</option>
            <option value="330122">桐庐县经信局</option>
            <option value="330127">淳安县经信局</option>
            <option value="330182">建德市经信局</option>
          </optgroup>
          <optgroup label="市直单位">
            <option value="330100">市直单位职称受理点</option>
          </optgroup>
        </select>
        <span class="tip">选择单位所在区、县（市）经信部门或市直单位职称受理点</span>
      </td>
    </tr>

    <tr class="tdtop"><td colspan="4"><font color=red>*</font>本人述职（专业工作业绩情况，限<span data-report-limit>1000</span>字以内）：</td></tr>
    <tr>
      <td colspan="4">
        <textarea class="area" name="column67" id="column67" style="height:160px" data-expect-meaning="selfReport"></textarea>
        <div class="counter">已输入 <span id="column67_count">0</span> 字</div>
      </td>
    </tr>

    <tr id="rowDetail" style="display:none">
      <td class="tdl" colspan="2"><font color=red>*</font>破格申报的具体内容：</td>
      <td colspan="2"><textarea class="area" name="column68" id="column68" style="height:80px" data-expect-meaning="exceptionalDetail"></textarea></td>
    </tr>
    <tr id="rowProof" style="display:none">
      <td class="tdl" colspan="2"><font color=red>*</font>佐证材料：</td>
      <td colspan="2">
        <input type="file" name="column69" id="column69" multiple accept=".pdf,.jpg,.jpeg,.png" data-expect-meaning="typeProof">
        <ul class="file-list" id="column69_list"></ul>
      </td>
    </tr>
  </table>
  </form>
  <div class="btn-bar">
    <a class="btn gray" id="btnPrev" href="javascript:;">上一步</a>
    <a class="btn" id="btnNext" href="javascript:;">下一步</a>
  </div>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript">
  var form = document.getElementById('declareForm');
  var typeRadios = form.querySelectorAll('input[name="column61"]');
  var major = document.getElementById('column63');
  var years = document.getElementById('column64');
  var assessment = document.getElementById('column65');
  var office = document.getElementById('column66');
  var report = document.getElementById('column67');
  var reportCount = document.getElementById('column67_count');
  var detail = document.getElementById('column68');
  var proofInput = document.getElementById('column69');
  var proofList = document.getElementById('column69_list');
  var proofs = [];

  function checkedType() {
    var radio = form.querySelector('input[name="column61"]:checked');
    return radio ? radio.parentNode.textContent.trim() : '';
  }

  // The page's own show/hide: 破格 needs its content and proof, 技能人才 needs proof.
  function showTypeRows() {
    var type = checkedType();
    document.getElementById('rowDetail').style.display = type === '破格申报' ? '' : 'none';
    document.getElementById('rowProof').style.display = (type === '破格申报' || type === '技能人才申报') ? '' : 'none';
  }
  for (var i = 0; i < typeRadios.length; i++) typeRadios[i].addEventListener('change', showTypeRows);

  function updateCount() { reportCount.textContent = String(report.value.length); }
  report.addEventListener('input', updateCount);

  function renderProofs() {
    proofList.textContent = '';
    proofs.forEach(function (file, index) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = file.url;
      link.target = '_blank';
      link.textContent = file.name;
      var del = document.createElement('a');
      del.href = 'javascript:;';
      del.className = 'del';
      del.textContent = '删除';
      del.addEventListener('click', function () { proofs.splice(index, 1); renderProofs(); });
      li.appendChild(link);
      li.appendChild(del);
      proofList.appendChild(li);
    });
  }
  proofInput.addEventListener('change', function () {
    Array.prototype.forEach.call(proofInput.files, function (file) {
      Zcps.upload(file, proofInput.name, '佐证材料').then(function (answer) {
        proofs.push({ name: answer.name, url: answer.url });
        renderProofs();
      }).catch(function (error) { Zcps.msg(error.message); });
    });
  });

  // Restore the draft, as the server would render saved values.
  var draft = Zcps.state();
  for (var j = 0; j < typeRadios.length; j++) {
    if (typeRadios[j].parentNode.textContent.trim() === draft.type) typeRadios[j].checked = true;
  }
  major.value = draft.major || '';
  years.value = draft.years || '';
  assessment.value = draft.assessment || '';
  office.value = draft.office || '';
  report.value = draft.report || '';
  detail.value = draft.detail || '';
  proofs = draft.proofs || [];
  showTypeRows();
  updateCount();
  renderProofs();

  function saveDraft() {
    Zcps.saveState({
      type: checkedType(),
      major: major.value,
      majorText: major.value ? major.options[major.selectedIndex].text : '',
      years: years.value,
      assessment: assessment.value,
      office: office.value,
      officeText: office.value ? office.options[office.selectedIndex].text : '',
      report: report.value,
      detail: detail.value,
      proofs: proofs
    });
  }

  document.getElementById('btnPrev').addEventListener('click', function () {
    saveDraft();
    location.href = '/028/client/declare/promise.jsp';
  });

  // The page itself checks only that required fields are not empty.
  document.getElementById('btnNext').addEventListener('click', function () {
    var missing = [];
    if (!checkedType()) missing.push('申报类型');
    if (!major.value) missing.push('从事专业');
    if (!years.value.trim()) missing.push('专业工作年限');
    if (!office.value) missing.push('受理点');
    if (!report.value.trim()) missing.push('本人述职');
    if (checkedType() === '破格申报' && !detail.value.trim()) missing.push('破格申报的具体内容');
    if (missing.length) { Zcps.msg('请填写：' + missing.join('、')); return; }
    saveDraft();
    location.href = '/028/client/declare/achieve.jsp';
  });
</script>
</body>
</html>
