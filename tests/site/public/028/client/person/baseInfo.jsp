<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>个人基本信息</title>
<link rel="stylesheet" type="text/css" href="/028/client/css/client.css">
</head>
<body data-expect-step="basicInfo">
<!-- Markup style: label cells (td.tdl) LEFT of their field, two pairs per row;
     radios wrapped in <label>; a custom select hiding the real <select>;
     工作经历 with the label in the header cell ABOVE and two inputs in one cell. -->
<div class="page">
  <div class="pos">当前位置：用户中心 &gt; <b>个人基本信息</b></div>
  <form id="infoForm" name="infoForm" method="post" action="/028/client/personInfoAction!save.action" onsubmit="return false;">
    <input type="hidden" name="id" value="3301060000028">
    <h3 class="tit">基本情况</h3>
    <table class="tab" cellpadding="0" cellspacing="0">
      <tr>
        <td class="tdl"><font color=red>*</font>姓名：</td>
        <td><input type="text" class="txt" id="column3" name="column3" maxlength="20" value="" data-expect-meaning="name"></td>
        <td class="tdl"><font color=red>*</font>身份证号码：</td>
        <td><input type="text" class="txt" id="column5" name="column5" maxlength="18" value="" data-expect-meaning="idNumber"></td>
      </tr>
      <tr>
        <td class="tdl"><font color=red>*</font>性别：</td>
        <td>
          <label><input type="radio" name="column7" id="column7_1" value="1" data-expect-meaning="gender">男</label>&nbsp;&nbsp;
          <label><input type="radio" name="column7" id="column7_2" value="2" data-expect-meaning="gender">女</label>
        </td>
        <td class="tdl"><font color=red>*</font>出生日期：</td>
        <td><input type="text" class="txt Wdate" id="column9" name="column9" placeholder="yyyy-MM-dd" value="" data-expect-meaning="birthDate"></td>
      </tr>
      <tr>
        <td class="tdl"><font color=red>*</font>民族：</td>
        <td>
          <select class="sel" id="column11" name="column11" data-expect-meaning="ethnicity">
            <option value="">请选择</option>
            <option value="01">汉族</option>
            <option value="02">蒙古族</option>
            <option value="03">回族</option>
            <option value="04">藏族</option>
            <option value="05">维吾尔族</option>
            <option value="06">苗族</option>
            <option value="07">彝族</option>
            <option value="08">壮族</option>
            <option value="09">布依族</option>
            <option value="10">朝鲜族</option>
            <option value="11">满族</option>
            <option value="12">侗族</option>
            <option value="13">瑶族</option>
            <option value="14">白族</option>
            <option value="15">土家族</option>
            <option value="16">哈尼族</option>
            <option value="17">哈萨克族</option>
            <option value="18">傣族</option>
            <option value="19">黎族</option>
            <option value="20">傈僳族</option>
            <option value="21">佤族</option>
            <option value="22">畲族</option>
            <option value="23">高山族</option>
            <option value="24">拉祜族</option>
            <option value="25">水族</option>
            <option value="26">东乡族</option>
            <option value="27">纳西族</option>
            <option value="28">景颇族</option>
            <option value="29">柯尔克孜族</option>
            <option value="30">土族</option>
            <option value="31">达斡尔族</option>
            <option value="32">仫佬族</option>
            <option value="33">羌族</option>
            <option value="34">布朗族</option>
            <option value="35">撒拉族</option>
            <option value="36">毛南族</option>
            <option value="37">仡佬族</option>
            <option value="38">锡伯族</option>
            <option value="39">阿昌族</option>
            <option value="40">普米族</option>
            <option value="41">塔吉克族</option>
            <option value="42">怒族</option>
            <option value="43">乌孜别克族</option>
            <option value="44">俄罗斯族</option>
            <option value="45">鄂温克族</option>
            <option value="46">德昂族</option>
            <option value="47">保安族</option>
            <option value="48">裕固族</option>
            <option value="49">京族</option>
            <option value="50">塔塔尔族</option>
            <option value="51">独龙族</option>
            <option value="52">鄂伦春族</option>
            <option value="53">赫哲族</option>
            <option value="54">门巴族</option>
            <option value="55">珞巴族</option>
            <option value="56">基诺族</option>
          </select>
        </td>
        <td class="tdl"><font color=red>*</font>政治面貌：</td>
        <td>
          <select class="sel" id="column12" name="column12" data-expect-meaning="politicalStatus">
            <option value="">请选择</option>
            <option value="01">中共党员</option>
            <option value="02">中共预备党员</option>
            <option value="03">共青团员</option>
            <option value="04">民革党员</option>
            <option value="05">民盟盟员</option>
            <option value="06">民建会员</option>
            <option value="07">民进会员</option>
            <option value="08">农工党党员</option>
            <option value="09">致公党党员</option>
            <option value="10">九三学社社员</option>
            <option value="11">台盟盟员</option>
            <option value="12">无党派人士</option>
            <option value="13">群众</option>
          </select>
        </td>
      </tr>
      <tr>
        <td class="tdl"><font color=red>*</font>手机号码：</td>
        <td><input type="text" class="txt" id="column15" name="column15" maxlength="11" value="" data-expect-meaning="mobile"></td>
        <td class="tdl">电子邮箱：</td>
        <td><input type="text" class="txt" id="column16" name="column16" value="" data-expect-meaning="email"></td>
      </tr>
      <tr>
        <td class="tdl">通讯地址：</td>
        <td colspan="3"><input type="text" class="txt long" id="column18" name="column18" value="" data-expect-meaning="address"></td>
      </tr>
      <tr>
        <td class="tdl">邮政编码：</td>
        <td colspan="3"><input type="text" class="txt short" id="column19" name="column19" maxlength="6" value="" data-expect-meaning="postcode"></td>
      </tr>
    </table>

    <h3 class="tit">学历学位（最高学历）</h3>
    <table class="tab" cellpadding="0" cellspacing="0">
      <tr>
        <td class="tdl"><font color=red>*</font>学历：</td>
        <td>
          <select class="sel" id="column23" name="column23" data-expect-meaning="eduLevel">
            <option value="">请选择</option>
            <option value="11">博士研究生</option>
            <option value="14">硕士研究生</option>
            <option value="21">大学本科</option>
            <option value="31">大学专科</option>
            <option value="41">中等专科</option>
            <option value="61">高中</option>
            <option value="90">其他</option>
          </select>
        </td>
        <td class="tdl">学位：</td>
        <td><input type="text" class="txt" id="column23_1" name="column23_1" value="" data-expect-meaning="degree"></td>
      </tr>
      <tr>
        <td class="tdl"><font color=red>*</font>毕业院校：</td>
        <td><input type="text" class="txt" id="column24" name="column24" value="" data-expect-meaning="school"></td>
        <td class="tdl"><font color=red>*</font>所学专业：</td>
        <td><input type="text" class="txt" id="column25" name="column25" value="" data-expect-meaning="eduMajor"></td>
      </tr>
      <tr>
        <td class="tdl"><font color=red>*</font>毕业时间：</td>
        <td><input type="text" class="txt Wdate" id="column26" name="column26" placeholder="yyyy-MM-dd" value="" data-expect-meaning="graduation"></td>
        <td class="tdl">是否全日制：</td>
        <td>
          <label><input type="radio" name="column27" id="column27_1" value="1" data-expect-meaning="fullTime">是</label>&nbsp;&nbsp;
          <label><input type="radio" name="column27" id="column27_0" value="0" data-expect-meaning="fullTime">否</label>
        </td>
      </tr>
    </table>

    <h3 class="tit">工作情况</h3>
    <table class="tab" cellpadding="0" cellspacing="0">
      <tr>
        <td class="tdl"><font color=red>*</font>现工作单位名称：</td>
        <td>
          <input type="text" class="txt" id="column31" name="column31" readonly="readonly" value="杭州某某智能装备有限公司" data-expect-meaning="employer">
          <span class="tip">由用人单位绑定</span>
        </td>
        <td class="tdl">所在部门：</td>
        <td><input type="text" class="txt" id="column32" name="column32" value="" data-expect-meaning="department"></td>
      </tr>
      <tr>
        <td class="tdl">现任职务：</td>
        <td><input type="text" class="txt" id="column33" name="column33" value="" data-expect-meaning="position"></td>
        <td class="tdl"><font color=red>*</font>参加工作时间：</td>
        <td><input type="text" class="txt Wdate" id="column35" name="column35" placeholder="yyyy-MM-dd" value="" data-expect-meaning="workStart"></td>
      </tr>
      <tr>
        <td class="tdl"><font color=red>*</font>从事专业技术工作时间：</td>
        <td><input type="text" class="txt Wdate" id="column36" name="column36" placeholder="yyyy-MM-dd" value="" data-expect-meaning="professionalStart"></td>
        <td class="tdl"><font color=red>*</font>现专业技术资格：</td>
        <td>
          <select id="column41" name="column41" data-expect-meaning="currentTitle">
            <option value="">请选择</option>
            <option value="000">无</option>
            <option value="415">技术员</option>
            <option value="414">助理工程师</option>
            <option value="413">工程师</option>
            <option value="412">高级工程师</option>
            <option value="411">正高级工程师</option>
          </select>
        </td>
      </tr>
      <tr>
        <td class="tdl">取得资格时间：</td>
        <td>
          <input type="text" class="txt Wdate" id="column42" name="column42" placeholder="yyyy-MM-dd" disabled="disabled" value="" data-expect-meaning="currentTitleDate">
          <span class="tip" id="column42_note">请先选择现专业技术资格</span>
        </td>
        <td class="tdl">聘任时间：</td>
        <td><input type="text" class="txt Wdate" id="column43" name="column43" placeholder="yyyy-MM-dd" value="" data-expect-meaning="appointmentDate"></td>
      </tr>
    </table>

    <h3 class="tit">工作经历 <a href="javascript:;" id="addHistory" style="font-size:12px;font-weight:normal;margin-left:10px">+ 添加一行</a></h3>
    <table class="tab list" id="historyTable" cellpadding="0" cellspacing="0">
      <tr>
        <th style="width:330px">起止时间</th>
        <th>工作单位</th>
        <th style="width:180px">职务</th>
        <th style="width:60px">操作</th>
      </tr>
      <tr class="history-row">
        <td>
          起 <input type="text" class="txt Wdate" name="t61column9_1" id="t61column9_1" placeholder="yyyy-MM" data-expect-meaning="historyStart">
          止 <input type="text" class="txt Wdate" name="t61column10_1" id="t61column10_1" placeholder="yyyy-MM" data-expect-meaning="historyEnd">
        </td>
        <td><input type="text" class="txt" style="width:95%" name="t61column11_1" id="t61column11_1" data-expect-meaning="historyEmployer"></td>
        <td><input type="text" class="txt" style="width:90%" name="t61column12_1" id="t61column12_1" data-expect-meaning="historyPosition"></td>
        <td><a href="javascript:;" class="del-row">删除</a></td>
      </tr>
    </table>

    <div class="btn-bar">
      <input type="button" class="btn" id="btnSave" value="保存">
    </div>
  </form>
</div>
<script type="text/javascript" src="/028/client/js/common.js"></script>
<script type="text/javascript" src="/028/client/js/xselect.js"></script>
<script type="text/javascript">
  // 现专业技术资格: a custom widget; choosing a title enables 取得资格时间 and writes a note.
  var titleSelect = document.getElementById('column41');
  var titleDate = document.getElementById('column42');
  var titleNote = document.getElementById('column42_note');
  renderXSelect(titleSelect);
  titleSelect.addEventListener('change', function () {
    var option = titleSelect.options[titleSelect.selectedIndex];
    var hasTitle = titleSelect.value !== '' && titleSelect.value !== '000';
    titleDate.disabled = !hasTitle;
    if (!hasTitle) titleDate.value = '';
    titleNote.textContent = hasTitle
      ? '请填写取得“' + option.text + '”资格的时间（以资格证书为准）'
      : (titleSelect.value === '000' ? '无专业技术资格，不需填写' : '请先选择现专业技术资格');
  });

  // 工作经历 rows: a new row gets the next generated ids.
  var historyTable = document.getElementById('historyTable');
  var nextRow = 2;
  document.getElementById('addHistory').addEventListener('click', function () {
    var row = historyTable.querySelector('tr.history-row').cloneNode(true);
    var inputs = row.querySelectorAll('input');
    for (var i = 0; i < inputs.length; i++) {
      var base = inputs[i].name.replace(/_\d+$/, '');
      inputs[i].name = inputs[i].id = base + '_' + nextRow;
      inputs[i].value = '';
    }
    nextRow++;
    historyTable.tBodies[0].appendChild(row);
  });
  historyTable.addEventListener('click', function (event) {
    if (!event.target.classList.contains('del-row')) return;
    if (historyTable.querySelectorAll('tr.history-row').length > 1) event.target.closest('tr').remove();
  });

  document.getElementById('btnSave').addEventListener('click', function () {
    Zcps.post('/028/client/personInfoAction!save.action', document.getElementById('infoForm'))
      .then(function (answer) { Zcps.msg(answer.ok ? '保存成功' : '保存失败'); })
      .catch(function () { Zcps.msg('保存失败，请稍后再试'); });
  });
</script>
</body>
</html>
