// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFields, fieldFor, readChoices, readValue, type Field } from '../../../lib/page/fields';
import { inferLabel, resetLabelCache } from '../../../lib/page/labels';
import { detectStep } from '../../../lib/page/step';

/** Odd elements and broken structures the scan must survive: no throw, a sensible answer or none. */
describe('broken DOM never throws', () => {
  it('labels detached controls from their own subtree', () => {
    resetLabelCache();
    const row = document.createElement('div');
    row.innerHTML = '<span>邮编</span><input id="x">';
    const input = row.querySelector('input')!;
    expect(() => inferLabel(input)).not.toThrow();
    expect(inferLabel(input)?.text).toBe('邮编');
    const lone = document.createElement('input');
    expect(inferLabel(lone)).toBeUndefined();
  });

  it('survives cells outside tables, bad spans, dangling aria ids and odd label targets', () => {
    document.body.innerHTML = `
      <div><td>孤立单元格</td><input id="a"></div>
      <table><tr><td colspan="abc" rowspan="-4">身份证号</td><td colspan="99999"><input id="b"></td></tr></table>
      <input id="c" aria-labelledby="missing also-missing">
      <label for='we"ird'>手机</label><input id='we"ird'>
      <svg><text>图</text></svg>
      <x-widget><input id="d" placeholder="请输入民族"></x-widget>`;
    resetLabelCache();
    for (const id of ['a', 'b', 'c', 'we"ird', 'd']) {
      expect(() => inferLabel(document.getElementById(id)!)).not.toThrow();
    }
    expect(inferLabel(document.getElementById('b')!)?.text).toBe('身份证号');
    expect(inferLabel(document.getElementById('c')!)).toBeUndefined();
    expect(inferLabel(document.getElementById('we"ird')!)?.text).toBe('手机');
    expect(inferLabel(document.getElementById('d')!)?.text).toBe('民族');
    expect(inferLabel(document.querySelector('svg')!)).toBeUndefined();
    expect(() => collectFields(document)).not.toThrow();
  });

  it('handles empty selects, option-only selects and a table of only controls', () => {
    document.body.innerHTML = `
      <select id="e"></select>
      <table><tr><td><input id="f"></td></tr><tr><td><input id="g"></td></tr></table>`;
    resetLabelCache();
    const fields = collectFields(document);
    expect(fields.map((f) => f.label)).toEqual(['', '', '']);
    expect(fields.every((f) => f.labelSource === 'none' && f.meaning === undefined && f.confidence === 0)).toBe(true);
    expect(fields[0]!.options).toEqual([]);
    expect(readValue(fields[0]!)).toBe('');
  });

  it('reads values of fields whose elements were removed or replaced', () => {
    document.body.innerHTML = '<table><tr><td>姓名</td><td><input id="n" value="李四"></td></tr></table>';
    resetLabelCache();
    const [field] = collectFields(document);
    document.body.innerHTML = '';
    expect(readValue(field!)).toBe('李四');
    const broken = { ...field!, kind: 'select', el: document.createElement('div') } as Field;
    expect(readValue(broken)).toBe('');
    expect(readChoices({ ...field!, members: [null as unknown as HTMLInputElement] })).toEqual([]);
    expect(fieldFor(document.createElement('span'))).toBeUndefined();
  });

  it('scans an empty document, a detached element and a document without body', () => {
    document.body.innerHTML = '';
    expect(collectFields(document)).toEqual([]);
    expect(collectFields(document.createElement('div'))).toEqual([]);
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.removeChild(doc.body);
    expect(collectFields(doc)).toEqual([]);
    expect(detectStep(doc, [])).toBeUndefined();
  });

  it('does not loop on deeply nested markup', () => {
    let html = '<input id="deep" placeholder="出生日期">';
    for (let i = 0; i < 300; i += 1) html = `<div>${html}</div>`;
    document.body.innerHTML = html;
    resetLabelCache();
    const fields = collectFields(document);
    expect(fields).toHaveLength(1);
    expect(fields[0]!.meaning).toBe('birthDate');
  });
});
