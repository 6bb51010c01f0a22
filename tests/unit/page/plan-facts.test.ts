// @vitest-environment happy-dom
/** What a page says about the plan: names (own text, read-only fields, the frames around), stated limits, 可评审专业. */
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/page/fields';
import { readPlanFacts } from '../../../lib/page/plan-facts';
import { pageText } from '../../../lib/page/step';

afterEach(() => {
  document.body.innerHTML = '';
});

function read(html: string) {
  document.body.innerHTML = html;
  return readPlanFacts(document, pageText(document), collectFields(document));
}

describe('readPlanFacts', () => {
  it('reads the plan name of a breadcrumb, with widths and spaces as pages write them', () => {
    const facts = read('<div class="pos">当前位置：职称评审申报 &gt; <b>２０２６ 年度 杭州市制造业专业工程师资格评审申报计划</b></div>');
    expect(facts.names.map((n) => n.year)).toEqual([2026]);
  });

  it('reads a plan name shown in a read-only field', () => {
    const facts = read(
      '<table><tr><td>申报计划：</td><td><input readonly value="2031年度杭州市制造业专业工程师资格评审申报计划"></td></tr></table>',
    );
    expect(facts.names.map((n) => n.year)).toEqual([2031]);
  });

  it('a select of plans: the chosen one', () => {
    const facts = read(`<label>申报计划 <select>
      <option>2026年度杭州市制造业专业工程师资格评审申报计划</option>
      <option selected>2027年度杭州市制造业专业工程师资格评审申报计划</option></select></label>`);
    expect(facts.names.map((n) => n.year)).toEqual([2027]);
  });

  it('a list of several plans with none chosen names no plan', () => {
    const facts = read(`<table><tr><td>2024年度杭州市制造业专业工程师资格评审申报计划</td></tr>
      <tr><td>2026年度杭州市制造业专业工程师资格评审申报计划</td></tr></table>`);
    expect(facts.names).toEqual([]);
  });

  it('reads the plan name of the document title', () => {
    document.title = '2028年度杭州市制造业专业工程师资格评审申报计划 - 填写申报信息';
    const facts = read('<h3>填写申报信息</h3>');
    document.title = '';
    expect(facts.names.map((n) => n.year)).toEqual([2028]);
  });

  it('ignores plan names in scripts', () => {
    expect(read('<script>var n = "2026年度杭州市制造业专业工程师资格评审申报计划";</script><p>你好</p>').names).toEqual([]);
  });

  it('reads the limit a 本人述职 label states, and the plan page’s statements', () => {
    const facts = read(`
      <p>专业工作年限指从事工程技术工作整年年限，计算到2026年12月31日。考核情况指近三年（2023-2025）单位考核情况。</p>
      <table><tr><td>本人述职（限1500字以内）：</td><td><textarea></textarea></td></tr></table>`);
    expect(facts.stated).toMatchObject({
      workYearsCutoff: '2026-12-31',
      assessmentYears: [2023, 2024, 2025],
      reportLimit: 1500,
      reportWarnAbove: 1425,
    });
  });

  it('reads a 本人述职 limit given only in the placeholder', () => {
    const facts = read('<label>本人述职 <textarea placeholder="请填写专业工作业绩情况，不超过800字"></textarea></label>');
    expect(facts.stated.reportLimit).toBe(800);
  });

  it.each([
    ['a list', '<h3>可评审专业</h3><ul><li>机械工程</li><li>电气工程</li><li>自动化</li></ul>', ['机械工程', '电气工程', '自动化']],
    ['a table row', '<table><tr><th>可评审专业：</th><td>机械工程、电气工程，自动化</td></tr></table>', ['机械工程', '电气工程', '自动化']],
    ['a paragraph', '<div><b>【可评审专业】</b></div><p>机械工程，电气工程</p>', ['机械工程', '电气工程']],
    ['a mention only', '<p>专业名称详见评审计划“可评审专业”。</p>', undefined],
  ])('reads 可评审专业 from %s', (_what, html, want) => {
    expect(read(html).stated.majors).toEqual(want);
  });
});
