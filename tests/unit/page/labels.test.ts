// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields, type Field } from '../../../lib/page/fields';
import { forgetLabel, inferLabel, resetLabelCache } from '../../../lib/page/labels';
import { FIXTURES } from './fixtures';

function load(html: string): Field[] {
  document.body.innerHTML = html;
  resetLabelCache();
  return collectFields(document);
}

function fieldOf(fields: Field[], sel: string): Field | undefined {
  const el = document.querySelector(sel);
  return fields.find((f) => f.el === el);
}

describe.each(FIXTURES)('$name', (fixture) => {
  let fields: Field[] = [];
  beforeEach(() => {
    fields = load(fixture.html);
  });

  it.each(fixture.expected)('$sel → $label', (exp) => {
    const field = fieldOf(fields, exp.sel);
    expect(field, `no field for ${exp.sel}`).toBeDefined();
    expect(field!.label).toBe(exp.label);
    expect(field!.meaning).toBe(exp.meaning);
    if (exp.meaning) expect(field!.confidence).toBeGreaterThan(0);
    else expect(field!.confidence).toBe(0);
    if (exp.kind) expect(field!.kind).toBe(exp.kind);
    if (exp.source) expect(field!.labelSource).toBe(exp.source);
    if (exp.options) expect(field!.options).toEqual(exp.options);
  });

  it('finds no field the fixture does not list', () => {
    const listed = new Set(fixture.expected.map((e) => document.querySelector(e.sel)));
    const extra = fields.filter((f) => !listed.has(f.el)).map((f) => `${f.el.outerHTML.slice(0, 60)} → ${f.label}`);
    // The JSP fixture lists most but not all repeated row controls.
    if (fixture.name === 'JSP table') {
      expect(extra.every((e) => /column4[34]/.test(e))).toBe(true);
    } else {
      expect(extra).toEqual([]);
    }
  });
});

describe('inferLabel', () => {
  it('caches per element: the same object twice, a new one after forgetLabel', () => {
    document.body.innerHTML = '<table><tr><td>姓名：</td><td><input id="x"></td></tr></table>';
    resetLabelCache();
    const el = document.getElementById('x')!;
    const first = inferLabel(el);
    expect(first).toEqual({ text: '姓名', source: 'cell' });
    expect(inferLabel(el)).toBe(first);
    forgetLabel(el);
    const again = inferLabel(el);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('labels a radio by its group, not by its own wrapping label', () => {
    document.body.innerHTML =
      '<table><tr><td>是否全日制</td><td><label><input type="radio" name="q" value="1">是</label><label><input type="radio" name="q" value="0">否</label></td></tr></table>';
    resetLabelCache();
    const radios = document.querySelectorAll('input');
    expect(inferLabel(radios[0]!)?.text).toBe('是否全日制');
    expect(inferLabel(radios[1]!)?.text).toBe('是否全日制');
  });

  it('skips an asterisk-only cell and a cell of only spaces before the label cell', () => {
    document.body.innerHTML =
      '<table><tr><td>通讯地址</td><td><font color="red">＊</font></td><td>&nbsp;</td><td><input id="x"></td></tr></table>';
    resetLabelCache();
    expect(inferLabel(document.getElementById('x')!)?.text).toBe('通讯地址');
  });

  it('does not take the label of the field before it in the same row', () => {
    document.body.innerHTML =
      '<table><tr><td>姓名</td><td><input id="a"></td><td><input id="b"></td></tr><tr><td>x</td><td>照片</td><td>y</td></tr></table>';
    resetLabelCache();
    expect(inferLabel(document.getElementById('a')!)?.text).toBe('姓名');
    expect(inferLabel(document.getElementById('b')!)).toBeUndefined();
  });

  it('reads the cell above through a rowspan column', () => {
    document.body.innerHTML = `<table>
      <tr><th rowspan="3">学习经历</th><th>毕业院校</th><th>所学专业</th></tr>
      <tr><td><input id="s1"></td><td><input id="m1"></td></tr>
      <tr><td><input id="s2"></td><td><input id="m2"></td></tr></table>`;
    resetLabelCache();
    expect(inferLabel(document.getElementById('s2')!)?.text).toBe('毕业院校');
    expect(inferLabel(document.getElementById('m2')!)?.text).toBe('所学专业');
  });

  it('does not take the caption of a form row above for a full-width control below it', () => {
    const fields = load(`<table>
      <tr><td class="tdl">工作单位：</td><td><input id="employer"></td></tr>
      <tr><td colspan="2"><input id="mail" placeholder="请输入电子邮箱"></td></tr>
      <tr><td colspan="2">通讯地址</td></tr>
      <tr><td colspan="2"><input id="address"></td></tr></table>`);
    // 工作单位 names the box beside it; the box below has only its placeholder (before: 工作单位 → employer, a wrong meaning).
    expect(fieldOf(fields, '#mail')).toMatchObject({ label: '电子邮箱', labelSource: 'placeholder', meaning: 'email' });
    // A caption row of its own, without controls, still names the row below.
    expect(fieldOf(fields, '#address')).toMatchObject({ label: '通讯地址', labelSource: 'cellAbove', meaning: 'address' });
    expect(fieldOf(fields, '#employer')).toMatchObject({ label: '工作单位', meaning: 'employer' });
  });

  it('reads a table drawn without <table> by column: div rows of cells under a row of captions', () => {
    const fields = load(`<div class="table">
      <div class="tr"><div class="th">学习起止时间</div><div class="th">毕业院校</div><div class="th">所学专业</div><div class="th">学历</div></div>
      <div class="tr"><div class="td"><input id="t1"> 至 <input id="t2"></div><div class="td"><input id="school"></div>
        <div class="td"><input id="major"></div><div class="td"><select id="level"><option>本科</option></select></div></div></div>
      <div class="r"><div class="c">基本信息</div><div class="c"></div><div class="c"></div><div class="c"></div></div>
      <div class="r"><div class="c">姓名</div><div class="c"><input id="name"></div><div class="c">性别</div><div class="c"><input id="gender"></div></div>`);
    // Before: every cell took the whole header row ('学习起止时间毕业院校所学专业学历') and the meaning school.
    expect(fieldOf(fields, '#school')).toMatchObject({ label: '毕业院校', labelSource: 'cellAbove', meaning: 'school' });
    expect(fieldOf(fields, '#major')).toMatchObject({ label: '所学专业', meaning: 'eduMajor' });
    expect(fieldOf(fields, '#level')).toMatchObject({ label: '学历', meaning: 'eduLevel' });
    expect(fieldOf(fields, '#t1')?.label).toMatch(/^学习起止时间/);
    // Caption beside the control: a form row, not a column of the title row above.
    expect(fieldOf(fields, '#name')?.meaning).toBe('name');
    expect(fieldOf(fields, '#gender')?.meaning).toBe('gender');
  });

  it('gives the second box of a pair after one caption that caption (联系电话：[区号] - [号码]), not a legend', () => {
    const fields = load(`<div><span>联系电话：</span><input id="area"> - <input id="number"></div>
      <fieldset><legend>单位联系方式</legend><p><input id="phone" placeholder="固定电话"></p><p><input id="fax" placeholder="传真"></p></fieldset>`);
    expect(fieldOf(fields, '#area')?.label).toBe('联系电话');
    expect(fieldOf(fields, '#number')?.label).toBe('联系电话');
    // A legend names the section: the second box keeps its own placeholder.
    expect(fieldOf(fields, '#fax')?.label).toBe('传真');
  });

  it('names an upload in a table of materials by the row’s material, not by a 是/否 flag cell beside it', () => {
    const fields = load(`<table><tr><th>序号</th><th>材料名称</th><th>是否必传</th><th>上传</th><th>状态</th></tr>
      <tr><td>1</td><td>学历学位证书</td><td>是</td><td><input type="file" id="edu"></td><td>未上传</td></tr>
      <tr><td>2</td><td>劳动（聘用）合同</td><td>否</td><td><input type="file" id="contract"></td><td>未上传</td></tr></table>`);
    // Before: both were labelled '是' / '否' and meant nothing.
    expect(fieldOf(fields, '#edu')).toMatchObject({ label: '学历学位证书', meaning: 'attEducation' });
    expect(fieldOf(fields, '#contract')).toMatchObject({ meaning: 'attContract' });
  });

  it('prefers a caption row above over a note beside the control', () => {
    document.body.innerHTML = `<table>
      <tr><td colspan="2"><font color=red>*</font>从事专业：</td><td>专业工作年限：</td><td>考核情况：</td></tr>
      <tr><td><select id="major"><option>请选择</option><option>机械工程</option></select></td>
        <td class="tip">详见评审计划</td><td><input id="years"> 年</td><td><input id="exam" placeholder="如：2021年称职"></td></tr>
      <tr><td>邮政编码</td><td><input id="post"></td><td>备注</td><td><input id="note"></td></tr></table>`;
    resetLabelCache();
    expect(inferLabel(document.getElementById('major')!)?.text).toBe('从事专业');
    expect(inferLabel(document.getElementById('years')!)?.text).toBe('专业工作年限');
    expect(inferLabel(document.getElementById('exam')!)?.text).toBe('考核情况');
    // A row with controls above is no caption row: the cell beside still labels.
    expect(inferLabel(document.getElementById('post')!)?.text).toBe('邮政编码');
    expect(inferLabel(document.getElementById('note')!)?.text).toBe('备注');
  });

  it("never reads the assistant's own hints as label text", () => {
    document.body.innerHTML = `<dl>
      <dt>社保证明</dt>
      <dd><div class="zcps-hint" data-zcps-own>未上传社保证明：需上传历年参保证明</div><input type="file" id="social"></dd></dl>
      <table><tr><td><div data-zcps-own>提示</div></td><td><input id="x"></td></tr></table>`;
    const fields = collectFields(document);
    const social = fields.find((f) => f.el.id === 'social');
    expect(social?.label).toBe('社保证明');
    expect(social?.meaning).toBe('attSocial');
    expect(fields.find((f) => f.el.id === 'x')?.label ?? '').not.toContain('提示');
  });

  it('does not take the list of uploaded files for the picker of a hidden file input', () => {
    document.body.innerHTML = `<table><tr><td>佐证材料：</td><td>
      <a class="btn">上传文件</a><input type="file" id="proof" style="display:none"><ul class="file-list"><li>证明.pdf</li></ul></td></tr></table>`;
    const proof = collectFields(document).find((f) => f.el.id === 'proof');
    expect(proof?.widget?.tagName).not.toBe('UL');
  });

  it('ignores help text after the control and hidden text before it', () => {
    document.body.innerHTML = '<div><span>邮箱</span><span style="display:none">旧标签</span><input id="x"><span>例如 a@b.cn</span></div>';
    resetLabelCache();
    expect(inferLabel(document.getElementById('x')!)?.text).toBe('邮箱');
  });

  it('reads a label cell without its hidden hints and option lists', () => {
    document.body.innerHTML = `<table><tr>
      <td>最高学历<span style="display:none">旧值</span><select style="display:none"><option>大学本科</option></select></td>
      <td><input id="x"></td></tr></table>`;
    // Through the scan: it knows the hidden select has no stand-in and so is no field.
    const fields = collectFields(document);
    expect(fields.map((f) => [f.el.id, f.label, f.meaning])).toEqual([['x', '最高学历', 'eduLevel']]);
  });

  it('does not take a label[for] of another control as its own', () => {
    document.body.innerHTML = '<div><label for="other">姓名</label><input id="x"></div><input id="other">';
    resetLabelCache();
    expect(inferLabel(document.getElementById('x')!)).toBeUndefined();
  });
});
