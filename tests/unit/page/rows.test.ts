// @vitest-environment happy-dom
/**
 * Repeated rows read as lists of records (lib/page/rows.ts): which tables
 * and boxes are lists, what they hold, and the meaning each cell takes there.
 */
import { describe, expect, it } from 'vitest';
import { collectFields, type Field } from '../../../lib/page/fields';
import { resetLabelCache } from '../../../lib/page/labels';
import { addButtonFor } from '../../../lib/page/add-button';

function load(markup: string): Field[] {
  document.body.innerHTML = markup;
  resetLabelCache();
  return collectFields(document);
}

const byName = (fields: Field[], name: string) => fields.find((f) => f.el.getAttribute('name') === name);
const meanings = (fields: Field[]) => Object.fromEntries(fields.map((f) => [String(f.el.getAttribute('name')), f.meaning ?? '']));
/** Two 工作经历 rows named s (start), e (end), u (employer), p (position) with the row's number: what each must mean. */
const TWO_JOBS = {
  s1: 'historyStart',
  e1: 'historyEnd',
  u1: 'historyEmployer',
  p1: 'historyPosition',
  s2: 'historyStart',
  e2: 'historyEnd',
  u2: 'historyEmployer',
  p2: 'historyPosition',
};
const records = (fields: Field[]) =>
  Object.fromEntries(fields.map((f) => [String(f.el.getAttribute('name')), f.record ? `${f.record.list}${f.record.index}` : '']));

describe('tables of rows', () => {
  it('a 工作经历 table under its heading: each row a record, 工作单位 a past employer, 起 … 止 its start and end', () => {
    const fields = load(`
      <h3>工作经历</h3>
      <table><tr><th>起止时间</th><th>工作单位</th><th>职务</th></tr>
        <tr><td>起 <input name="s1"> 止 <input name="e1"></td><td><input name="u1"></td><td><input name="p1"></td></tr>
        <tr><td>起 <input name="s2"> 止 <input name="e2"></td><td><input name="u2"></td><td><input name="p2"></td></tr>
      </table>`);
    expect(meanings(fields)).toEqual(TWO_JOBS);
    expect(records(fields)).toMatchObject({ s1: 'history0', p1: 'history0', s2: 'history1', u2: 'history1' });
  });

  it('a header of two rows (起止时间 over 起 | 止) and a 序号 column: each row a record, the numbers name nothing', () => {
    const fields = load(`
      <table>
        <tr><th rowspan="2">序号</th><th colspan="2">起止时间</th><th rowspan="2">工作单位</th><th rowspan="2">职务</th></tr>
        <tr><th>起</th><th>止</th></tr>
        <tr><td>1</td><td><input name="s1"></td><td><input name="e1"></td><td><input name="u1"></td><td><input name="p1"></td></tr>
        <tr><td>2</td><td><input name="s2"></td><td><input name="e2"></td><td><input name="u2"></td><td><input name="p2"></td></tr>
      </table>`);
    // Before: no list (the captions were split over two rows), 工作单位 the current employer, and the second row labelled '2'.
    expect(meanings(fields)).toEqual(TWO_JOBS);
    expect(records(fields)).toMatchObject({ s1: 'history0', p1: 'history0', s2: 'history1', p2: 'history1' });
    expect(byName(fields, 's2')?.label).toBe('起');
  });

  it('row numbers in <th scope=row> cells do not make the rows form rows', () => {
    const fields = load(`
      <table><thead><tr><th>#</th><th>工作单位</th><th>职务</th><th>开始时间</th><th>结束时间</th></tr></thead><tbody>
        <tr><th scope="row">1</th><td><input name="u1"></td><td><input name="p1"></td><td><input name="s1" type="month"></td><td><input name="e1" type="month"></td></tr>
        <tr><th scope="row">2</th><td><input name="u2"></td><td><input name="p2"></td><td><input name="s2" type="month"></td><td><input name="e2" type="month"></td></tr>
      </tbody></table>`);
    expect(meanings(fields)).toEqual(TWO_JOBS);
    expect(records(fields)).toMatchObject({ u1: 'history0', u2: 'history1' });
  });

  it('a one-character caption word counts only as a word: the 从 of 从事何种专业技术工作 is no start date, 自何年月 is', () => {
    const fields = load(`
      <table><tr><th>自何年月</th><th>至何年月</th><th>工作单位</th><th>从事何种专业技术工作</th></tr>
        <tr><td><input name="s1"></td><td><input name="e1"></td><td><input name="u1"></td><td><input name="w1"></td></tr>
        <tr><td><input name="s2"></td><td><input name="e2"></td><td><input name="u2"></td><td><input name="w2"></td></tr>
      </table>`);
    expect(meanings(fields)).toEqual({
      s1: 'historyStart',
      e1: 'historyEnd',
      u1: 'historyEmployer',
      w1: '',
      s2: 'historyStart',
      e2: 'historyEnd',
      u2: 'historyEmployer',
      w2: '',
    });
  });

  it('a form table with label cells is no list, even under a 学历 heading', () => {
    const fields = load(`
      <h3>学历学位（最高学历）</h3>
      <table><tr><td class="tdl">学历：</td><td><input name="a"></td><td class="tdl">毕业院校：</td><td><input name="b"></td></tr></table>`);
    expect(meanings(fields)).toEqual({ a: 'eduLevel', b: 'school' });
    expect(fields.every((f) => f.record === undefined)).toBe(true);
  });

  it('captions above each row of single fields (label-above style) make no list', () => {
    const fields = load(`
      <table>
        <tr><td>从事专业：</td><td>专业工作年限：</td></tr><tr><td><input name="m"></td><td><input name="y"></td></tr>
        <tr><td colspan="2">受理点：</td></tr><tr><td colspan="2"><input name="o"></td></tr>
      </table>`);
    expect(meanings(fields)).toEqual({ m: 'major', y: 'workYears', o: 'office' });
    expect(fields.every((f) => f.record === undefined)).toBe(true);
  });

  it('two lists in one table, named by categories written down the side (rowspan)', () => {
    const fields = load(`
      <table>
        <tr><td>姓名</td><td colspan="3"><input name="n"></td></tr>
        <tr><td rowspan="2">学习经历</td><td>起止年月</td><td>毕业院校</td><td>学历</td></tr>
        <tr><td><input name="a">至<input name="b"></td><td><input name="c"></td><td><input name="d"></td></tr>
        <tr><td rowspan="2">工作经历</td><td>起止时间</td><td>工作单位</td><td>职务</td></tr>
        <tr><td><input name="w1">—<input name="w2"></td><td><input name="w3"></td><td><input name="w4"></td></tr>
      </table>`);
    expect(meanings(fields)).toEqual({
      n: 'name',
      a: 'eduStart',
      b: 'graduation',
      c: 'school',
      d: 'eduLevel',
      w1: 'historyStart',
      w2: 'historyEnd',
      w3: 'historyEmployer',
      w4: 'historyPosition',
    });
  });

  it('captions drawn as a table of their own (el-table): every row of the body table is a record', () => {
    const fields = load(`
      <div class="el-form-item"><label class="el-form-item__label">著作/论文/报告/成果</label><div class="el-form-item__content">
        <div class="el-table"><div class="el-table__header-wrapper"><table><thead><tr><th>类型</th><th>名称</th><th>附件</th><th>代表作</th></tr></thead></table></div>
        <div class="el-table__body-wrapper"><table><tbody>
          <tr><td><select name="k"><option>论文</option></select></td><td><input name="t"></td><td><input type="file" name="f"></td><td><input type="checkbox" name="r"></td></tr>
        </tbody></table></div></div>
      </div></div>`);
    expect(meanings(fields)).toEqual({ k: 'achKind', t: 'achTitle', f: 'attWorks', r: '' });
    expect(byName(fields, 'f')?.record?.container.classList.contains('el-table')).toBe(true);
  });
});

describe('boxes that repeat', () => {
  const row = (n: number) =>
    `<div class="row job"><input name="s${n}" placeholder="开始年月"><input name="e${n}" placeholder="结束年月"><input name="u${n}" placeholder="工作单位"></div>`;

  it('two boxes of the same fields under 工作经历 are two records', () => {
    const fields = load(`<fieldset><legend>工作经历</legend><div id="jobs">${row(1)}${row(2)}</div></fieldset>`);
    expect(meanings(fields)).toEqual({
      s1: 'historyStart',
      e1: 'historyEnd',
      u1: 'historyEmployer',
      s2: 'historyStart',
      e2: 'historyEnd',
      u2: 'historyEmployer',
    });
    expect(records(fields)).toMatchObject({ s1: 'history0', s2: 'history1' });
  });

  it('one box is a record only when the page offers to add more', () => {
    const lone = load(`<fieldset><legend>工作经历</legend><div id="jobs">${row(1)}</div></fieldset>`);
    expect(lone.every((f) => f.record === undefined)).toBe(true);
    const withButton = load(
      `<fieldset><legend>工作经历 <button type="button">+ 添加</button></legend><div id="jobs">${row(1)}</div></fieldset>`,
    );
    expect(records(withButton)).toEqual({ s1: 'history0', e1: 'history0', u1: 'history0' });
  });

  it('record boxes with a title each (经历一, 经历二) are records, 起止时间 [起] - [止] a start and an end', () => {
    const fields = load(`<h4>工作经历</h4>
      <div class="exp"><p class="t">经历一</p><div><label>起止时间</label><input name="s1"> - <input name="e1"></div>
        <div><label>工作单位</label><input name="u1"></div><div><label>职务</label><input name="p1"></div></div>
      <div class="exp"><p class="t">经历二</p><div><label>起止时间</label><input name="s2"> - <input name="e2"></div>
        <div><label>工作单位</label><input name="u2"></div><div><label>职务</label><input name="p2"></div></div>`);
    // Before: the titles ran into the first labels, the boxes differed, and 工作单位 read as the current employer.
    expect(meanings(fields)).toEqual(TWO_JOBS);
    expect(records(fields)).toMatchObject({ s1: 'history0', e1: 'history0', s2: 'history1', p2: 'history1' });
  });

  it('rows of a grid drawn without <table> and without classes (<li> rows under a caption row) are records', () => {
    const fields = load(`<h4>工作经历</h4><ul class="grid">
      <li class="hd"><span>起止时间</span><span>工作单位</span><span>职务</span><span>操作</span></li>
      <li><span><input name="s1"> - <input name="e1"></span><span><input name="u1"></span><span><input name="p1"></span><span><a href="#">删除</a></span></li>
      <li><span><input name="s2"> - <input name="e2"></span><span><input name="u2"></span><span><input name="p2"></span><span><a href="#">删除</a></span></li>
    </ul>`);
    // Before: no list, and 工作单位 read as the current employer in every row (一键填写 would have filled it there).
    expect(meanings(fields)).toEqual(TWO_JOBS);
    expect(records(fields)).toMatchObject({ s1: 'history0', p1: 'history0', e2: 'history1', u2: 'history1' });
  });
});

describe('the page’s own 添加 button of a list', () => {
  it('picks the button near the list that names no other list', () => {
    const fields = load(`<div class="card">
      <h4>学历信息</h4><table><tr><th>学历</th><th>毕业院校</th></tr><tr><td><input name="l"></td><td><input name="s"></td></tr></table>
      <button id="addEdu">添加学历</button>
      <h4>工作经历</h4><table><tr><th>工作单位</th><th>职务</th></tr><tr><td><input name="u"></td><td><input name="p"></td></tr></table>
      <button id="addJob">新增</button></div>`);
    expect(addButtonFor(byName(fields, 's')!.record!)?.id).toBe('addEdu');
    expect(addButtonFor(byName(fields, 'u')!.record!)?.id).toBe('addJob');
  });

  it('inside a table of several lists, only a button right after this list’s rows', () => {
    const fields = load(`<table>
      <tr><td rowspan="2">学习经历</td><td>毕业院校</td><td>学历</td></tr>
      <tr><td><input name="s"></td><td><input name="l"></td></tr>
      <tr><td rowspan="3">工作经历</td><td>工作单位</td><td>职务</td></tr>
      <tr><td><input name="u"></td><td><input name="p"></td></tr>
      <tr><td colspan="2"><input type="button" id="add" value="增加一行"></td></tr></table>`);
    expect(addButtonFor(byName(fields, 'u')!.record!)?.id).toBe('add');
    expect(addButtonFor(byName(fields, 's')!.record!)).toBeUndefined();
  });
});

describe('not lists', () => {
  it('a form table with a header row over label cells stays a form, whatever its title', () => {
    const fields = load(`<h3>工作经历</h3><table><tr><th>项目</th><th>内容</th></tr>
      <tr><td>工作单位</td><td><input name="u"></td></tr><tr><td>职务</td><td><input name="p"></td></tr></table>`);
    expect(fields.every((f) => f.record === undefined)).toBe(true);
    // 职务 keeps its page meaning, not a 工作经历 row's.
    expect(byName(fields, 'p')?.meaning).toBe('position');
  });
});
