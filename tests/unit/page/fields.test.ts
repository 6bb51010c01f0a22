// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields, fieldFor, readChoices, readValue, type Field } from '../../../lib/page/fields';
import { inferLabel, resetLabelCache } from '../../../lib/page/labels';
import { BOOTSTRAP, JSP_TABLE, LAYUI, PLAIN } from './fixtures';

function load(html: string): Field[] {
  document.body.innerHTML = html;
  resetLabelCache();
  return collectFields(document);
}

const byId = (id: string): HTMLElement => document.getElementById(id)!;
const find = (fields: Field[], el: Element | null): Field => {
  const f = fields.find((x) => x.el === el);
  if (!f) throw new Error('no field');
  return f;
};

describe('hidden controls and their stand-ins', () => {
  let fields: Field[] = [];
  beforeEach(() => {
    fields = load(LAYUI.html);
  });

  it('keeps a hidden select drawn by .layui-form-select, with the widget as anchor', () => {
    const f = find(fields, byId('f4'));
    expect(f.widget?.classList.contains('layui-form-select')).toBe(true);
    expect(f.anchor).toBe(f.widget);
  });

  it('does not report the input inside the custom select as a field', () => {
    const inner = document.querySelector('.layui-select-title input');
    expect(fields.some((f) => f.el === inner)).toBe(false);
  });

  it('finds a role=combobox stand-in and a plain element showing the chosen text', () => {
    expect(find(fields, byId('f7')).widget?.getAttribute('role')).toBe('combobox');
    expect(find(fields, byId('f8')).widget?.className).toBe('shown');
  });

  it('drops a hidden select without a stand-in', () => {
    expect(fields.some((f) => f.el === byId('f9'))).toBe(false);
  });

  it('uses WebUploader’s pick button as the widget of the hidden file input', () => {
    const f = find(fields, byId('f6'));
    expect(f.widget?.className).toBe('webuploader-pick');
    expect(f.anchor).toBe(f.widget);
  });

  it('keeps layui radios drawn by stand-ins; the anchor is the block holding the group', () => {
    const f = fields.find((x) => x.kind === 'radio')!;
    expect(f.members).toHaveLength(2);
    expect(f.anchor.className).toBe('layui-input-block');
    expect(readValue(f)).toBe('女');
  });

  it('skips type=hidden, display:none and hidden-attribute controls', () => {
    const more = load(`
      <input type="hidden" name="token" value="1">
      <input id="a" style="display:none" placeholder="姓名">
      <div hidden><input id="b" placeholder="性别"></div>
      <div style="display:none"><select id="c"><option>请选择</option></select></div>
      <input id="d" placeholder="民族">`);
    expect(more.map((f) => f.el.id)).toEqual(['d']);
  });

  it('finds the wrapper of bootstrap-select and ignores its search box', () => {
    const boot = load(BOOTSTRAP.html);
    const f = find(boot, byId('a9'));
    expect(f.widget?.classList.contains('bootstrap-select')).toBe(true);
    expect(boot.some((x) => x.el.matches('.bs-searchbox input'))).toBe(false);
  });
});

describe('readValue / readChoices', () => {
  it('reads text, select text (not 请选择), radios, checkbox groups and files', () => {
    const fields = load(`
      <table>
      <tr><td>姓名</td><td><input id="n" value="  张三 "></td></tr>
      <tr><td>学历</td><td><select id="s"><option value="">--请选择--</option><option value="1">大学本科</option></select></td></tr>
      <tr><td>性别</td><td><label><input type="radio" name="g" value="1">男</label><label><input type="radio" name="g" value="2" checked>女</label></td></tr>
      <tr><td>申报类型</td><td>
        <label><input type="checkbox" name="t" value="1" checked>正常申报</label>
        <label><input type="checkbox" name="t" value="3" checked>转（兼）评</label>
        <label><input type="checkbox" name="t" value="4">技能人才申报</label></td></tr>
      <tr><td>证件照</td><td><input type="file" id="p"></td></tr>
      </table>`);
    const [name, select, gender, type, photo] = fields;
    expect(readValue(name!)).toBe('  张三 ');
    expect(readValue(select!)).toBe('');
    (byId('s') as HTMLSelectElement).value = '1';
    expect(readValue(select!)).toBe('大学本科');
    expect(readValue(gender!)).toBe('女');
    expect(readChoices(gender!)).toEqual(['女']);
    expect(type!.options).toEqual(['正常申报', '转（兼）评', '技能人才申报']);
    expect(readChoices(type!)).toEqual(['正常申报', '转（兼）评']);
    expect(readValue(type!)).toBe('正常申报、转（兼）评');
    expect(photo!.meaning).toBe('photo');
    expect(readValue(photo!)).toBe('');
    expect(readChoices(name!)).toEqual([]);
  });

  it('reads option labels written as text right after each radio', () => {
    const fields = load(
      '<div>是否全日制：<input type="radio" name="q" value="1" checked>是 <input type="radio" name="q" value="0">否</div>',
    );
    expect(fields).toHaveLength(1);
    expect(fields[0]!.label).toBe('是否全日制');
    expect(fields[0]!.meaning).toBe('fullTime');
    expect(fields[0]!.options).toEqual(['是', '否']);
    expect(readValue(fields[0]!)).toBe('是');
  });
});

describe('groups', () => {
  it('groups radios by name, and unnamed radios by their container', () => {
    const fields = load(`
      <form><table>
      <tr><td>性别</td><td><input type="radio" name="a" id="a1"><label for="a1">男</label><input type="radio" name="a" id="a2"><label for="a2">女</label></td></tr>
      <tr><td>是否全日制</td><td><label><input type="radio">是</label><label><input type="radio">否</label></td></tr>
      <tr><td>是否集体项目</td><td><label><input type="radio">是</label><label><input type="radio">否</label></td></tr>
      </table></form>`);
    expect(fields.map((f) => [f.label, f.members.length, f.meaning])).toEqual([
      ['性别', 2, 'gender'],
      ['是否全日制', 2, 'fullTime'],
      ['是否集体项目', 2, 'achCollective'],
    ]);
    // In a table cell the hint goes after the last option, never after the <td>.
    expect(fields[0]!.anchor).toBe(document.querySelector('label[for=a2]'));
    expect(fields[1]!.anchor.tagName).toBe('LABEL');
  });

  it('uses the group role=radiogroup as anchor and its aria-label as label', () => {
    const fields = load(`<div role="radiogroup" aria-label="政治面貌">
      <label><input type="radio" name="z">中共党员</label><label><input type="radio" name="z">群众</label></div>`);
    expect(fields[0]!.label).toBe('政治面貌');
    expect(fields[0]!.anchor.getAttribute('role')).toBe('radiogroup');
  });
});

describe('fieldFor', () => {
  it('maps a control, a group member, a widget and an element inside a widget to their field', () => {
    const fields = load(LAYUI.html);
    const select = find(fields, byId('f4'));
    expect(fieldFor(byId('f4'))).toBe(select);
    expect(fieldFor(document.querySelector('.layui-form-select dd[lay-value="1"]')!)).toBe(select);
    const radios = document.querySelectorAll<HTMLInputElement>('[name=sex]');
    const group = fieldFor(radios[1]!);
    expect(group?.members).toHaveLength(2);
    expect(fieldFor(document.querySelectorAll('.layui-form-radio')[0]!)).toBe(group);
    expect(fieldFor(document.body)).toBeUndefined();
  });
});

describe('scan limits', () => {
  it('stops at the cap', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>备注${i}</td><td><input></td></tr>`).join('');
    document.body.innerHTML = `<table>${rows}</table>`;
    expect(collectFields(document, { cap: 10 })).toHaveLength(10);
    expect(collectFields(document)).toHaveLength(50);
  });

  it('scans one container only when given an element', () => {
    load(PLAIN.html + '<div id="other"><input placeholder="姓名"></div>');
    const fields = collectFields(byId('other'));
    expect(fields.map((f) => f.label)).toEqual(['姓名']);
  });

  it('scans 1000 fields of a JSP-style table (its speed is a figure of npm run bench)', () => {
    const labels = ['姓名', '身份证号码', '出生日期', '民族', '通讯地址', '毕业院校', '所学专业', '现工作单位'];
    const rows = Array.from(
      { length: 500 },
      (_, i) =>
        `<tr><td><font color=red>*</font>${labels[i % 8]}：</td><td><input id="column${i}a"></td>` +
        `<td>${labels[(i + 3) % 8]}：</td><td><select id="column${i}b"><option>请选择</option><option>甲</option></select></td></tr>`,
    ).join('');
    document.body.innerHTML = `<form><table>${rows}</table></form>`;
    resetLabelCache();
    const fields = collectFields(document);
    expect(fields).toHaveLength(1000);
    expect(fields[0]!.meaning).toBe('name');
    expect(fields[1]!.meaning).toBe('ethnicity');
  });
});

describe('JSP fixture details', () => {
  it('labels a radio by its row, not by its option label', () => {
    const fields = load(JSP_TABLE.html);
    const radio = document.querySelector('[name=column20]')!;
    expect(inferLabel(radio)?.source).toBe('cell');
    expect(find(fields, radio).labelSource).toBe('group');
  });
});

describe('a list of rows to tick (选择相关业绩)', () => {
  it('names each checkbox by the rest of its row and reads the ticked ones', () => {
    const fields = load(`<table>
      <tr><th></th><th>业绩名称</th><th>类型</th></tr>
      <tr><td><input type="checkbox" name="yj" value="101"></td><td>某型减速器设计</td><td>项目</td></tr>
      <tr><td><input type="checkbox" name="yj" value="102" checked></td><td>论文一篇</td><td>论文</td></tr></table>`);
    expect(fields).toHaveLength(1);
    expect(fields[0]!.options).toEqual(['某型减速器设计 项目', '论文一篇 论文']);
    expect(readChoices(fields[0]!)).toEqual(['论文一篇 论文']);
  });

  it('keeps two WebUploader pickers in one cell apart', () => {
    const fields = load(`<table><tr><td>社保证明</td><td>
      <div class="webuploader-container"><div class="webuploader-pick">选择文件</div><div><input type="file" id="u1" style="display:none"></div></div>
      <div class="webuploader-container"><div class="webuploader-pick">选择文件</div><div><input type="file" id="u2" style="display:none"></div></div>
      </td></tr></table>`);
    expect(fields).toHaveLength(2);
    const picks = document.querySelectorAll('.webuploader-pick');
    expect(fields[0]!.widget).toBe(picks[0]);
    expect(fields[1]!.widget).toBe(picks[1]);
    expect(fields.map((f) => f.meaning)).toEqual(['attSocial', 'attSocial']);
  });
});

describe("the assistant's own boxes", () => {
  it('never reads a control inside one as a field of the page, and reads the page’s own', () => {
    const fields = load(`
      <table><tr><td>姓名：</td><td><input id="name"></td></tr></table>
      <div data-zcps-own><label>映射到：<select id="ours"><option>姓名</option></select></label></div>`);
    expect(fields.map((f) => f.el.id)).toEqual(['name']);
  });
});
