// @vitest-environment happy-dom
/**
 * 工作经历 / 学历 rows from the profile's lists (lib/fill/records.ts and the
 * record cells of planFill): which row takes which item, rows never taken
 * from the applicant, new rows only through the page's own button.
 */
import { describe, expect, test } from 'vitest';
import { collectFields } from '../../../lib/page/fields';
import { resetLabelCache } from '../../../lib/page/labels';
import { assignRows, itemSummary, listItems, pageRows, planAdditions } from '../../../lib/fill/records';
import { planFill } from '../../../lib/fill/plan';
import { getPlan } from '../../../lib/rules/plans';
import { html, sampleProfile } from './helpers';

const profile = sampleProfile();

function page(rows: string, button = '<button type="button" id="add">添加一行</button>') {
  html(`<h3>工作经历 ${button}</h3><table><tr><th>起始时间</th><th>终止时间</th><th>工作单位</th><th>职务</th></tr>${rows}</table>`);
  resetLabelCache();
  return collectFields(document);
}
const row = (employer = '') =>
  `<tr><td><input placeholder="yyyy-MM"></td><td><input placeholder="yyyy-MM"></td><td><input value="${employer}"></td><td><input></td></tr>`;

describe('assignRows', () => {
  test('empty rows take the items in order; the items left over are listed', () => {
    const rows = pageRows(page(row()));
    const { byRow, left } = assignRows(rows, listItems('history', profile));
    expect([...byRow.values()]).toEqual([0]);
    expect(left).toEqual([1]);
  });

  test('a row that already holds an item keeps it; a row with something else is left alone', () => {
    const rows = pageRows(page(row('某研究所') + row('杭州示例精密机械有限公司') + row()));
    const { byRow, left } = assignRows(rows, listItems('history', profile));
    expect(byRow.get(rows[0]!.record.row)).toBeUndefined();
    expect(byRow.get(rows[1]!.record.row)).toBe(1);
    expect(byRow.get(rows[2]!.record.row)).toBe(0);
    expect(left).toEqual([]);
  });
});

describe('planFill on record rows', () => {
  test('cells take their row’s item, dates in the field’s format; a foreign row is named, not overwritten', () => {
    const entries = planFill(page(row('某研究所') + row()), profile, getPlan(), []);
    const cells = entries.filter((e) => e.field.record);
    expect(
      cells.filter((e) => e.field.record?.index === 0).every((e) => e.action === 'skip' && e.reason === '本行已有其他内容，不覆盖'),
    ).toBe(true);
    const second = cells.filter((e) => e.field.record?.index === 1);
    expect(second.map((e) => e.value)).toEqual(['2012-07', '2015-06', '宁波示例模具有限公司', '技术员']);
    expect(second.every((e) => e.ticked)).toBe(true);
    expect(second[2]?.label).toBe('工作经历第 2 行 · 工作单位');
  });
});

describe('planAdditions', () => {
  test('items no row takes get a new row through the page’s 添加 button, with what it will hold', () => {
    const fields = page(row());
    const rows = pageRows(fields);
    const items = { history: listItems('history', profile), education: listItems('education', profile) };
    const additions = planAdditions(rows, items, { history: [1], education: [0] });
    expect(additions).toHaveLength(1);
    expect(additions[0]).toMatchObject({ list: 'history', item: 1, label: '工作经历（新增一行）', ticked: true });
    expect(additions[0]!.button.id).toBe('add');
    expect(additions[0]!.summary).toBe('2015-07-01 至 至今 · 杭州示例精密机械有限公司 · 机械工程师');
  });

  test('no button, no new row', () => {
    const fields = page(row(), '');
    expect(
      planAdditions(pageRows(fields), { history: listItems('history', profile), education: [] }, { history: [1], education: [] }),
    ).toEqual([]);
  });

  test('itemSummary of an education item', () => {
    expect(itemSummary('education', listItems('education', profile)[0]!)).toBe(
      '2008-09-01 至 2012-06-30 · 浙江工业大学 · 机械设计制造及其自动化 · 大学本科',
    );
  });
});
