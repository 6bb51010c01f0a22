// @vitest-environment happy-dom
/**
 * The reading rules issue 12 added, each on the smallest markup that needs
 * it: labels whose `for` names no element, a label written for a widget's
 * text box, radios in boxes of their own, a caption in the control's own
 * cell, validation messages that name nothing, list widgets without a
 * <select>, stand-ins drawn apart, date boxes by their box, a disabled
 * display beside the field it shows, and meanings that depend on the step.
 */
import { describe, expect, it } from 'vitest';
import { choiceStandIn, kindOf, listWidgetOf } from '../../../lib/page/controls';
import { collectFields, readValue, type Field } from '../../../lib/page/fields';
import { resetLabelCache } from '../../../lib/page/labels';
import { ownersByMeaning, readPage } from '../../../lib/page/read-page';

function load(markup: string): Field[] {
  document.body.innerHTML = markup;
  resetLabelCache();
  return collectFields(document);
}
const at = (fields: Field[], sel: string) =>
  fields.find((f) => f.el === document.querySelector(sel) || f.members.includes(document.querySelector(sel) as HTMLInputElement));

describe('labels', () => {
  it('a label whose for names no element labels the control in its form item (Element UI)', () => {
    const fields = load(`<div class="el-form-item"><label for="name" class="el-form-item__label">姓名</label>
      <div class="el-form-item__content"><div class="el-input"><input id="x" class="el-input__inner"></div></div></div>`);
    expect(at(fields, '#x')).toMatchObject({ label: '姓名', meaning: 'name', labelSource: 'label' });
  });

  it('a label whose for names another field still does not', () => {
    const fields = load(
      `<div><label for="a">姓名</label><input id="a"></div><div><label for="a">姓名</label><span><input id="b"></span></div>`,
    );
    expect(at(fields, '#b')?.meaning).toBeUndefined();
  });

  it('a hidden select takes the label written for the text box its widget draws (EasyUI label option)', () => {
    const fields = load(`<div><select id="s" style="display:none"><option value="">请选择</option><option>大学本科</option></select>
      <label for="tb1">最高学历:</label><span class="textbox combo"><input id="tb1" class="textbox-text" readonly></span></div>`);
    expect(at(fields, '#s')).toMatchObject({ meaning: 'eduLevel', kind: 'select' });
    expect(fields.some((f) => f.el.id === 'tb1')).toBe(false);
  });

  it('a group whose members sit in boxes of their own is named by the label of all of them, not by one option', () => {
    const fields = load(`<table><tr><td class="x-label">申报类型:</td><td><div role="radiogroup">
      <table><tr><td><input type="radio" name="t" id="r1"><label>正常申报</label></td></tr></table>
      <table><tr><td><input type="radio" name="t" id="r2"><label>破格申报</label></td></tr></table></div></td></tr></table>`);
    expect(at(fields, '#r1')).toMatchObject({ label: '申报类型', meaning: 'applicationType' });
  });

  it('a caption in the control’s own cell, when nothing beside or above names it', () => {
    const fields = load(
      `<table><tr><td>姓名</td><td><input id="n"></td><td rowspan="2"><img alt=""><br><input type="file" id="p"><br>近期免冠照片</td></tr></table>`,
    );
    expect(at(fields, '#p')?.meaning).toBe('photo');
  });

  it('a validation message in the row above names nothing (Struts errorMessage rows)', () => {
    const fields = load(`<table><tr><td class="tdLabel">本人述职:</td><td><textarea id="r"></textarea></td></tr>
      <tr errorFor="x"><td colspan="2"><span class="errorMessage">本人述职不能超过1000字</span></td></tr>
      <tr><td></td><td><input type="checkbox" id="c"><label for="c">本人承诺以上信息真实</label></td></tr></table>`);
    expect(at(fields, '#c')?.label).toBe('本人承诺以上信息真实');
    expect(at(fields, '#c')?.meaning).toBeUndefined();
  });
});

describe('controls', () => {
  it('a readonly text box in a select-like box is a list widget; a plain one and a select’s drawn text box are not', () => {
    document.body.innerHTML = `<div class="el-select" id="w"><div class="el-input"><input id="a" readonly></div></div>
      <div><input id="b"></div>
      <select id="s" style="display:none"></select><div class="layui-form-select"><input id="c" readonly></div>`;
    expect(listWidgetOf(document.querySelector('#a')!)?.id).toBe('w');
    expect(listWidgetOf(document.querySelector('#b')!)).toBeUndefined();
    expect(listWidgetOf(document.querySelector('#c')!)).toBeUndefined();
  });

  it('an ant-select shows its choice in an item, not in its input', () => {
    const fields = load(`<div class="ant-form-item"><label for="o">受理点</label><div class="ant-select"><div class="ant-select-selector">
      <input id="o" role="combobox" readonly><span class="ant-select-selection-item" title="西湖区经信局">西湖区经信局</span></div></div></div>`);
    const office = at(fields, '#o')!;
    expect(office).toMatchObject({ kind: 'select', meaning: 'office' });
    expect(office.widget?.classList.contains('ant-select')).toBe(true);
    expect(readValue(office)).toBe('西湖区经信局');
  });

  it('stand-ins drawn after all the inputs are paired with them by order', () => {
    document.body.innerHTML = `<div><input type="radio" name="g" id="m" style="display:none"><input type="radio" name="g" id="f" style="display:none">
      <div class="layui-form-radio" id="sm">男</div><div class="layui-form-radio" id="sf">女</div></div>`;
    expect(choiceStandIn(document.querySelector('#m')!)?.id).toBe('sm');
    expect(choiceStandIn(document.querySelector('#f')!)?.id).toBe('sf');
  });

  it('date boxes by their own words or their box, not by words that merely contain “date”', () => {
    document.body.innerHTML = `<div class="el-date-editor"><input id="a"></div><span class="textbox combo datebox"><input id="b"></span>
      <input id="c" class="textbox-text validatebox-text"><div class="update-panel"><input id="d"></div>`;
    const kind = (id: string) => kindOf(document.querySelector<HTMLInputElement>(id)!);
    expect([kind('#a'), kind('#b'), kind('#c'), kind('#d')]).toEqual(['date', 'date', 'text', 'text']);
  });
});

describe('meanings by context', () => {
  it('a disabled display beside the field it shows: the editable one owns the meaning', () => {
    const fields =
      load(`<div class="item"><label>受理点</label><div><select id="o"><option value="">请选择</option><option>西湖区经信局</option></select>
      <input id="a" disabled placeholder="受理点地址"></div></div>
      <div><label>受理点</label><input id="d" disabled></div>`);
    expect(at(fields, '#a')?.meaning).toBeUndefined();
    expect(at(fields, '#d')?.meaning).toBe('office');
    expect(ownersByMeaning(fields).get('office')?.el.id).toBe('o');
  });

  it('two fields in one captioned box are named by their own words where the caption alone decides (联系方式: 手机 …, 邮箱 …)', () => {
    const fields = load(`<table><tr><td>联系方式</td><td>手机 <input id="m"> 邮箱 <input id="e"></td></tr>
      <tr><td>现工作单位</td><td>名称 <input id="u"> 电话 <input id="t"></td></tr></table>`);
    expect(at(fields, '#m')?.meaning).toBe('mobile');
    expect(at(fields, '#e')?.meaning).toBe('email');
    // The caption qualifies the words here: the 单位's phone is not the applicant's mobile.
    expect(at(fields, '#t')?.meaning).toBeUndefined();
  });

  it('取得现职称时间 and 现职称取得时间 are the date of the current title', () => {
    const fields = load('<label for="a">取得现职称时间</label><input id="a"><label for="b">现职称取得时间</label><input id="b">');
    expect(at(fields, '#a')?.meaning).toBe('currentTitleDate');
    expect(at(fields, '#b')?.meaning).toBe('currentTitleDate');
  });

  it('现从事专业 is the current major on 个人基本信息 and the declared one on 填写申报信息', () => {
    document.body.innerHTML =
      '<h2>个人基本信息</h2><label for="m">现从事专业</label><input id="m"><label for="n">姓名</label><input id="n"><label for="i">身份证号码</label><input id="i">';
    resetLabelCache();
    expect(readPage(document).fields.find((f) => f.el.id === 'm')?.meaning).toBe('currentMajor');
    document.body.innerHTML =
      '<h2>填写申报信息</h2><label for="m">现从事专业</label><input id="m"><label for="r">本人述职</label><textarea id="r"></textarea>';
    resetLabelCache();
    const reading = readPage(document);
    expect(reading.step).toBe('declaration');
    expect(reading.fields.find((f) => f.el.id === 'm')?.meaning).toBe('major');
  });
});
