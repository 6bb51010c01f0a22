/**
 * Four markup styles nobody here has seen on the real platform, written by
 * hand to cover what docs/design.md says to expect. Ids are deliberately
 * meaningless (column19, t61column9, f4 …): only the visible text labels them.
 * Each fixture lists, per control, the label and meaning the scan must find.
 */
import type { Meaning } from '../../../lib/meanings';
import type { FieldKind } from '../../../lib/page/fields';
import type { LabelSource } from '../../../lib/page/labels';

export interface Expected {
  /** CSS selector of the control (for a group: its first member). */
  sel: string;
  label: string;
  meaning?: Meaning;
  kind?: FieldKind;
  source?: LabelSource | 'group';
  options?: string[];
}

export interface Fixture {
  name: string;
  html: string;
  expected: Expected[];
}

/** (1) JSP table: label cells with a red asterisk and a full-width colon, labels above, colspans, ranges. */
export const JSP_TABLE: Fixture = {
  name: 'JSP table',
  html: `
<form name="form1" method="post" action="declareAction!save.action">
<table class="tab_main" width="100%" border="0" cellspacing="1">
  <tr><th colspan="4" class="tab_title">个人基本信息</th></tr>
  <tr>
    <td class="td_l" width="15%"><font color="red">*</font>姓名：</td>
    <td><input type="text" id="column19" name="column19" value="张三" class="inputText"></td>
    <td class="td_l"><font color="red">*</font>性\u3000别：</td>
    <td><label><input type="radio" name="column20" value="1" checked>男</label>&nbsp;<label><input type="radio" name="column20" value="2">女</label></td>
  </tr>
  <tr>
    <td class="td_l"><font color="red">*</font></td>
    <td class="td_l">身份证号码：</td>
    <td colspan="2"><input type="text" id="column21" name="column21"></td>
  </tr>
  <tr>
    <td colspan="2" class="td_l">出生日期：</td>
    <td colspan="2"><input type="text" id="column22" class="Wdate" onclick="WdatePicker({dateFmt:'yyyy-MM-dd'})"></td>
  </tr>
  <tr>
    <td class="td_l">邮政编码</td>
    <td><font color="red">*</font></td>
    <td colspan="2"><input type="text" id="column25"></td>
  </tr>
  <tr>
    <td class="td_l">民族：</td>
    <td><select id="column23_1" name="column23_1"><option value="">--请选择--</option><option value="01">汉族</option><option value="02">回族</option></select></td>
    <td class="td_l">政治面貌：</td>
    <td><select id="column24" name="column24"><option value="">请选择</option><option value="1">中共党员</option><option value="13">群众</option></select></td>
  </tr>
  <tr>
    <td class="td_l">在校时间</td>
    <td colspan="3">入学时间<input type="text" id="t61column9" class="Wdate"> 毕业时间<input type="text" id="t61column10" class="Wdate"></td>
  </tr>
  <tr>
    <td class="td_l">任职期间</td>
    <td colspan="3"><input type="text" id="t62column1"> 至 <input type="text" id="t62column2"></td>
  </tr>
</table>
<table class="tab_list">
  <thead><tr><th>学历</th><th>毕业院校</th><th colspan="2">起止时间</th><th>是否全日制</th></tr></thead>
  <tbody>
  <tr><td><select id="column31"><option>大学本科</option><option>硕士研究生</option></select></td><td><input id="column32"></td><td><input id="column33"></td><td><input id="column34"></td><td><input type="checkbox" id="column35" name="column35" value="1"></td></tr>
  <tr><td><select id="column41"><option>大学本科</option></select></td><td><input id="column42"></td><td><input id="column43"></td><td><input id="column44"></td><td><input type="checkbox" id="column45" name="column45" value="1"></td></tr>
  </tbody>
</table>
<table class="tab_main">
  <tr><td class="td_l">本人述职<br><span style="color:#999">（限1000字以内）</span></td><td colspan="3"><textarea id="column50" rows="10"></textarea></td></tr>
  <tr><td class="td_l">从事专业</td><td><input id="column51"></td><td class="td_l">专业工作年限</td><td><input id="column52"></td></tr>
  <tr><td class="td_l">现从事专业</td><td><input id="column53"></td><td class="td_l">所学专业</td><td><input id="column54"></td></tr>
</table>
</form>`,
  expected: [
    { sel: '#column19', label: '姓名', meaning: 'name', source: 'cell', kind: 'text' },
    { sel: '[name=column20]', label: '性 别', meaning: 'gender', kind: 'radio', source: 'group', options: ['男', '女'] },
    { sel: '#column21', label: '身份证号码', meaning: 'idNumber', source: 'cell' },
    { sel: '#column22', label: '出生日期', meaning: 'birthDate', kind: 'date' },
    { sel: '#column25', label: '邮政编码', meaning: 'postcode', source: 'cell' },
    { sel: '#column23_1', label: '民族', meaning: 'ethnicity', kind: 'select', options: ['汉族', '回族'] },
    { sel: '#column24', label: '政治面貌', meaning: 'politicalStatus', options: ['中共党员', '群众'] },
    { sel: '#t61column9', label: '在校时间 入学时间', meaning: 'eduStart', kind: 'date' },
    { sel: '#t61column10', label: '在校时间 毕业时间', meaning: 'graduation', kind: 'date' },
    { sel: '#t62column1', label: '任职期间' },
    { sel: '#t62column2', label: '任职期间 至' },
    { sel: '#column31', label: '学历', meaning: 'eduLevel', source: 'cellAbove' },
    { sel: '#column32', label: '毕业院校', meaning: 'school', source: 'cellAbove' },
    { sel: '#column33', label: '起止时间', source: 'cellAbove' },
    { sel: '#column34', label: '起止时间', source: 'cellAbove' },
    { sel: '#column35', label: '是否全日制', meaning: 'fullTime', kind: 'checkbox', source: 'cellAbove' },
    { sel: '#column41', label: '学历', meaning: 'eduLevel', source: 'cellAbove' },
    { sel: '#column42', label: '毕业院校', meaning: 'school' },
    { sel: '#column45', label: '是否全日制', meaning: 'fullTime' },
    { sel: '#column50', label: '本人述职(限1000字以内)', meaning: 'selfReport', kind: 'textarea' },
    { sel: '#column51', label: '从事专业', meaning: 'major' },
    { sel: '#column52', label: '专业工作年限', meaning: 'workYears' },
    { sel: '#column53', label: '现从事专业', meaning: 'currentMajor' },
    { sel: '#column54', label: '所学专业', meaning: 'eduMajor' },
  ],
};

/** (2) layui-like: label.layui-form-label + block, a hidden select drawn by .layui-form-select, hidden radios drawn by stand-ins. */
export const LAYUI: Fixture = {
  name: 'layui-like',
  html: `
<form class="layui-form" lay-filter="f">
  <div class="layui-form-item">
    <label class="layui-form-label"><span style="color:red">*</span>姓名</label>
    <div class="layui-input-block"><input type="text" name="xm" id="f1" class="layui-input" placeholder="请输入" autocomplete="off"></div>
  </div>
  <div class="layui-form-item">
    <div class="layui-inline">
      <label class="layui-form-label">出生年月</label>
      <div class="layui-input-inline"><input type="text" id="f2" class="layui-input" lay-key="1" readonly></div>
    </div>
    <div class="layui-inline">
      <label class="layui-form-label">民族</label>
      <div class="layui-input-inline"><input type="text" id="f3" class="layui-input"></div>
    </div>
  </div>
  <div class="layui-form-item">
    <label class="layui-form-label">最高学历</label>
    <div class="layui-input-block">
      <select id="f4" name="xl" lay-verify="required" style="display:none"><option value="">请选择</option><option value="1">大学本科</option><option value="2" selected>硕士研究生</option></select>
      <div class="layui-unselect layui-form-select"><div class="layui-select-title"><input type="text" placeholder="请选择" value="硕士研究生" readonly class="layui-input layui-unselect"><i class="layui-edge"></i></div><dl class="layui-anim layui-anim-upbit"><dd lay-value="" class="layui-select-tips">请选择</dd><dd lay-value="1">大学本科</dd><dd lay-value="2" class="layui-this">硕士研究生</dd></dl></div>
    </div>
  </div>
  <div class="layui-form-item" pane>
    <label class="layui-form-label">性别</label>
    <div class="layui-input-block">
      <input type="radio" name="sex" value="1" title="男" style="display:none"><div class="layui-unselect layui-form-radio"><i class="layui-anim layui-icon">\ue643</i><div>男</div></div>
      <input type="radio" name="sex" value="2" title="女" style="display:none" checked><div class="layui-unselect layui-form-radio layui-form-radioed"><i class="layui-anim layui-icon">\ue63f</i><div>女</div></div>
    </div>
  </div>
  <div class="layui-form-item layui-form-text">
    <label class="layui-form-label">个人述职</label>
    <div class="layui-input-block"><textarea id="f5" class="layui-textarea" placeholder="请输入内容"></textarea></div>
  </div>
  <div class="layui-form-item">
    <label class="layui-form-label">证件照</label>
    <div class="layui-input-block">
      <div id="picker" class="webuploader-container"><div class="webuploader-pick">选择文件</div><div style="position:absolute;top:0;left:0"><input type="file" id="f6" name="file" class="webuploader-element-invisible" accept="image/jpeg" style="display:none"><label style="opacity:0;display:block"></label></div></div>
    </div>
  </div>
  <div class="layui-form-item">
    <label class="layui-form-label">受理点</label>
    <div class="layui-input-block">
      <select id="f7" name="sld" hidden><option value="">请选择</option><option value="a">市直单位职称受理点</option><option value="b">上城区经信局</option></select>
      <div class="x-sel" role="combobox" aria-expanded="false">请选择</div>
    </div>
  </div>
  <div class="layui-form-item">
    <label class="layui-form-label">政治面貌</label>
    <div class="layui-input-block">
      <select id="f8" name="zzmm" style="display:none"><option value="1">中共党员</option><option value="13" selected>群众</option></select>
      <span class="shown">群众</span>
    </div>
  </div>
  <div class="layui-form-item">
    <label class="layui-form-label">学位</label>
    <div class="layui-input-block">
      <select id="f9" name="xw" style="display:none"><option value="">请选择</option><option>学士</option></select>
    </div>
  </div>
</form>`,
  expected: [
    { sel: '#f1', label: '姓名', meaning: 'name', source: 'label' },
    { sel: '#f2', label: '出生年月', meaning: 'birthDate', kind: 'date', source: 'label' },
    { sel: '#f3', label: '民族', meaning: 'ethnicity', source: 'label' },
    { sel: '#f4', label: '最高学历', meaning: 'eduLevel', kind: 'select', options: ['大学本科', '硕士研究生'] },
    { sel: '[name=sex]', label: '性别', meaning: 'gender', kind: 'radio', options: ['男', '女'] },
    { sel: '#f5', label: '个人述职', meaning: 'selfReport', kind: 'textarea' },
    { sel: '#f6', label: '证件照', meaning: 'photo', kind: 'file' },
    { sel: '#f7', label: '受理点', meaning: 'office', kind: 'select' },
    { sel: '#f8', label: '政治面貌', meaning: 'politicalStatus', kind: 'select' },
  ],
};

/** (3) bootstrap-like: .form-group > label[for] + input.form-control, help text after, bootstrap-select. */
export const BOOTSTRAP: Fixture = {
  name: 'bootstrap-like',
  html: `
<div class="container"><form class="form-horizontal">
  <div class="form-group"><label for="a1" class="control-label">电子邮箱</label><input id="a1" type="email" class="form-control"><small class="form-text text-muted">用于接收审核通知</small></div>
  <div class="form-group"><label for="a2">手机号码</label><input id="a2" class="form-control"><span class="help-block">请填写11位手机号</span></div>
  <div class="form-group row"><label for="a3" class="col-sm-2 col-form-label">联系电话</label><div class="col-sm-10"><input id="a3" class="form-control"></div></div>
  <div class="form-group"><label for="a4">通讯地址</label><input id="a4" class="form-control"></div>
  <div class="form-group"><label for="a5">现工作单位</label><input id="a5" class="form-control" readonly></div>
  <div class="form-group"><label>所在部门</label><input id="a7" class="form-control"></div>
  <div class="form-group"><label for="a8">聘任时间</label><input type="date" id="a8" class="form-control"></div>
  <div class="form-group"><label for="a9">申报类型</label>
    <div class="dropdown bootstrap-select form-control">
      <select id="a9" class="selectpicker" tabindex="-98" style="display:none"><option>正常申报</option><option>破格申报</option><option>转（兼）评</option><option>技能人才申报</option></select>
      <button type="button" class="btn dropdown-toggle" role="combobox"><div class="filter-option">正常申报</div></button>
      <div class="dropdown-menu"><div class="bs-searchbox"><input type="search" class="form-control" autocomplete="off"></div><ul class="dropdown-menu inner"></ul></div>
    </div>
  </div>
  <div class="form-check"><input class="form-check-input" type="checkbox" id="a10" name="jtxm"><label class="form-check-label" for="a10">是否集体项目</label></div>
  <div class="form-group"><label for="a11">业绩简介</label><textarea id="a11" class="form-control"></textarea><small>不超过500字</small></div>
  <div class="form-group"><label for="a12">附件</label><input type="file" class="form-control-file" id="a12"></div>
  <input type="hidden" name="token" value="x">
  <button type="submit" class="btn btn-primary">保存</button>
</form></div>`,
  expected: [
    { sel: '#a1', label: '电子邮箱', meaning: 'email', source: 'for' },
    { sel: '#a2', label: '手机号码', meaning: 'mobile', source: 'for' },
    { sel: '#a3', label: '联系电话', meaning: 'mobile', source: 'for' },
    { sel: '#a4', label: '通讯地址', meaning: 'address' },
    { sel: '#a5', label: '现工作单位', meaning: 'employer' },
    { sel: '#a7', label: '所在部门', meaning: 'department', source: 'label' },
    { sel: '#a8', label: '聘任时间', meaning: 'appointmentDate', kind: 'date' },
    {
      sel: '#a9',
      label: '申报类型',
      meaning: 'applicationType',
      kind: 'select',
      options: ['正常申报', '破格申报', '转（兼）评', '技能人才申报'],
    },
    { sel: '#a10', label: '是否集体项目', meaning: 'achCollective', kind: 'checkbox', source: 'choice' },
    { sel: '#a11', label: '业绩简介', meaning: 'achDescription', kind: 'textarea' },
    { sel: '#a12', label: '附件', meaning: 'achFile', kind: 'file' },
  ],
};

/** (4) plain form: wrapping labels, label[for] naming the name, aria, placeholders, dl, checkbox text after, legends. */
export const PLAIN: Fixture = {
  name: 'plain form',
  html: `
<form>
  <p><label>姓名 <input name="n1"></label></p>
  <p><label for="sfzh">身份证号</label> <input name="sfzh"></p>
  <p><input name="csrq" aria-label="出生日期"></p>
  <p><span id="lbl-mz">民族</span> <input name="mz" aria-labelledby="lbl-mz"></p>
  <p><input name="yx" placeholder="请输入电子邮箱"></p>
  <dl>
    <dt>毕业院校</dt><dd><input name="school"></dd>
    <dt>所学专业</dt><dd><input name="zy"></dd>
  </dl>
  <p><input type="checkbox" name="qrz" id="qrz" value="1"> <label for="qrz">全日制</label></p>
  <fieldset><legend>政治面貌</legend>
    <label><input type="radio" name="zzmm" value="1">中共党员</label>
    <label><input type="radio" name="zzmm" value="2">群众</label>
  </fieldset>
  <fieldset><legend>申报类型</legend>
    <input type="radio" name="sblx" id="t1" value="1"><label for="t1">正常申报</label>
    <input type="radio" name="sblx" id="t2" value="2"><label for="t2">破格申报</label>
    <input type="radio" name="sblx" id="t3" value="3"><label for="t3">转（兼）评</label>
    <input type="radio" name="sblx" id="t4" value="4"><label for="t4">技能人才申报</label>
  </fieldset>
  <div>考核情况 <textarea name="khqk"></textarea></div>
  <select name="xw"><option value="">请选择学位</option><option>工学学士</option></select>
  <input name="zw" title="现任职务">
  <div>手机：<input name="m1"> 邮箱：<input name="e1"></div>
  <fieldset><legend>单位联系方式</legend>
    <p><input name="x1" placeholder="固定电话"></p>
    <p><input name="x2" placeholder="传真"></p>
  </fieldset>
</form>`,
  expected: [
    { sel: '[name=n1]', label: '姓名', meaning: 'name', source: 'wrap' },
    { sel: '[name=sfzh]', label: '身份证号', meaning: 'idNumber', source: 'for' },
    { sel: '[name=csrq]', label: '出生日期', meaning: 'birthDate', source: 'aria' },
    { sel: '[name=mz]', label: '民族', meaning: 'ethnicity', source: 'aria' },
    { sel: '[name=yx]', label: '电子邮箱', meaning: 'email', source: 'placeholder' },
    { sel: '[name=school]', label: '毕业院校', meaning: 'school', source: 'dt' },
    { sel: '[name=zy]', label: '所学专业', meaning: 'eduMajor', source: 'dt' },
    { sel: '[name=qrz]', label: '全日制', meaning: 'fullTime', kind: 'checkbox', source: 'choice' },
    { sel: '[name=zzmm]', label: '政治面貌', meaning: 'politicalStatus', kind: 'radio', source: 'group', options: ['中共党员', '群众'] },
    {
      sel: '[name=sblx]',
      label: '申报类型',
      meaning: 'applicationType',
      kind: 'radio',
      options: ['正常申报', '破格申报', '转（兼）评', '技能人才申报'],
    },
    { sel: '[name=khqk]', label: '考核情况', meaning: 'assessment', kind: 'textarea', source: 'sibling' },
    { sel: '[name=xw]', label: '学位', meaning: 'degree', source: 'option' },
    { sel: '[name=zw]', label: '现任职务', meaning: 'position', source: 'title' },
    { sel: '[name=m1]', label: '手机', meaning: 'mobile' },
    { sel: '[name=e1]', label: '邮箱', meaning: 'email' },
    { sel: '[name=x1]', label: '固定电话', source: 'placeholder' },
    { sel: '[name=x2]', label: '传真', source: 'placeholder' },
  ],
};

export const FIXTURES: readonly Fixture[] = [JSP_TABLE, LAYUI, BOOTSTRAP, PLAIN];
