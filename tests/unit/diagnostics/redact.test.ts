// @vitest-environment happy-dom
/**
 * 页面诊断's copy of a page: nothing of the sample profile survives, no run
 * of 6+ digits, no e-mail, no name from the page header, no script; the
 * page's own choice words stay; and the copy is a page on which the
 * assistant finds the same fields with the same labels and meanings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MASK, profileStrings, redactPage } from '../../../lib/diagnostics/redact';
import { collectFields } from '../../../lib/page/fields';
import { resetLabelCache } from '../../../lib/page/labels';
import type { Profile, ProfileFile } from '../../../lib/profile/types';

const SAMPLE = (JSON.parse(readFileSync('tests/fixtures/profile.sample.json', 'utf8')) as ProfileFile).profiles[0]!;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Every string of the profile (2 characters or more), as the applicant typed it. */
function profileLeaves(profile: Profile): string[] {
  const out: string[] = [];
  const visit = (v: unknown, key: string) => {
    if (typeof v === 'string' && v.trim().length >= 2 && key !== 'id' && key !== 'label') out.push(v.trim());
    else if (Array.isArray(v)) v.forEach((x) => visit(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
  };
  visit(profile, '');
  return out;
}

const b = SAMPLE.basic;
const w = SAMPLE.work;
const d = SAMPLE.declaration;
const a = SAMPLE.achievements[0]!;

/**
 * A page full of the sample profile: in values, texts, attributes, the
 * header, a summary table, links. The profile's vocabulary words (政治面貌,
 * 学历, 考核结果 …) stand in cells of their own, as a summary shows them;
 * inside a longer text they are left alone by design (see redact.ts).
 */
const PERSONAL = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${b.name}的申报</title>
<style>.logo{background:url(/img/logo.png?u=${b.idNumber})}.c{color:#336699}</style>
<script>var user = {"name":"${b.name}","id":"${b.idNumber}"};</script></head>
<body onload="init()">
<div class="header">
  <span class="welcome-text">欢迎您，${b.name}（个人用户）</span>
  <span class="username">王小五</span>
  <span>用户名：赵六</span> <span>您好 李四</span>
  <a href="/logout.action?uid=330106199003151236&amp;mail=${b.email}">退出</a>
</div>
<!-- 当前用户 ${b.name} ${b.mobile} -->
<h3>个人基本信息</h3>
<table class="c">
  <tr><td>姓名：</td><td><input id="f1" name="f1" value="${b.name}" title="${b.name}"></td>
      <td>身份证号码：</td><td><input id="f2" name="f2" value="${b.idNumber}" data-old="${b.idNumber}"></td></tr>
  <tr><td>手机号码：</td><td><input id="f3" name="f3" value="${b.mobile}" onchange="check(this)"></td>
      <td>电子邮箱：</td><td><input id="f4" name="f4" type="email" value="${b.email}"></td></tr>
  <tr><td>出生日期：</td><td><input id="f5" name="f5" value="1990年03月15日"></td>
      <td>通讯地址：</td><td><input id="f6" name="f6" value="${b.address}" placeholder="请输入通讯地址"></td></tr>
  <tr><td>工作单位：</td><td><input id="f7" name="f7" readonly value="${w.employer}"></td>
      <td>所在部门：</td><td><input id="f8" name="f8" value="${w.department}"></td></tr>
  <tr><td>本人述职：</td><td colspan="3"><textarea id="f9" name="f9">${d.selfReport}</textarea></td></tr>
</table>
<input type="hidden" name="token" value="${b.idNumber}-${b.mobile}">
<h4>申报信息预览</h4>
<table class="summary">
  <tr><th>姓名</th><td>${b.name}</td><th>证件号码</th><td>${b.idNumber}</td></tr>
  <tr><th>政治面貌</th><td>${b.politicalStatus}</td><th>民族</th><td> ${b.ethnicity} </td></tr>
  <tr><th>学历</th><td>${SAMPLE.education[0]!.level}</td><th>学位</th><td>${SAMPLE.education[0]!.degree}</td></tr>
  <tr><th>毕业院校</th><td>${SAMPLE.education[0]!.school}（${SAMPLE.education[0]!.major}）</td><th>毕业时间</th><td>${SAMPLE.education[0]!.graduation}</td></tr>
  <tr><th>现任职务</th><td>${w.position}</td><th>现专业技术资格</th><td>${w.currentTitle}</td><td>${w.currentTitleDate} 取得</td></tr>
  <tr><th>从事专业</th><td>${w.currentMajor}</td><th>受理点</th><td>${d.office}</td></tr>
  <tr><th>申报类型</th><td>${d.type}</td><th>工作经历</th><td>${SAMPLE.history[0]!.start} 至 ${SAMPLE.history[0]!.end} ${SAMPLE.history[0]!.employer} ${SAMPLE.history[0]!.position}</td></tr>
  <tr><th>考核</th><td>${SAMPLE.assessments[0]!.result}</td><td>${SAMPLE.assessments[1]!.result}</td><th>继续教育</th><td>${SAMPLE.continuingEducation[0]!.system}</td></tr>
  <tr><th>业绩</th><td>${a.title}</td><td>${a.kind}</td><td>${a.role}</td></tr>
  <tr><th>发表</th><td>${a.publication} ${a.issn}</td><td colspan="2">${a.description}</td></tr>
  <tr><th>联系</th><td colspan="3">如有疑问请发邮件至 service@zcps.example.cn 或拨打 0571-88888888</td></tr>
</table>
<img src="/upload/files/123456789/${b.name}.jpg" alt="${b.name}的照片">
<iframe src="/028/client/declare/info.jsp?uid=330106199003151236"></iframe>
<a href="javascript:void(save('${b.idNumber}'))" class="btn">保存</a>
<script>document.write('${b.name}')</script>
</body></html>`;

describe('页面诊断 redaction', () => {
  const doc = parse(PERSONAL);
  // What the applicant typed after the page loaded is not in any attribute, and must not come out either.
  (doc.getElementById('f8') as HTMLInputElement).value = '新部门 13900001111';
  const { html, counts } = redactPage(doc, { secrets: profileStrings(SAMPLE), step: '个人基本信息' });

  it('keeps no string of the sample profile', () => {
    const leaves = profileLeaves(SAMPLE);
    expect(leaves.length).toBeGreaterThan(30);
    for (const value of leaves) expect(html, value).not.toContain(value);
    expect(html).not.toContain('1990年03月15日');
    expect(counts.secrets).toBeGreaterThan(20);
  });

  it('keeps no run of 6 or more digits (colours like #336699 are no number) and no e-mail address', () => {
    expect(html.match(/(?<!#)[0-9０-９]{6,}/gu)).toBeNull();
    expect(html).toContain('#336699');
    expect(html.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/gu)).toBeNull();
    expect(counts.digits).toBeGreaterThan(0);
    expect(counts.emails).toBeGreaterThan(0);
  });

  it('masks the names in the page header, whether profile names or not', () => {
    for (const name of ['王小五', '赵六', '李四']) expect(html).not.toContain(name);
    expect(html).toContain(`欢迎您，${MASK}`);
    expect(html).toContain(`用户名：${MASK}`);
    expect(counts.names).toBeGreaterThanOrEqual(3);
  });

  it('drops scripts, event handlers, javascript: links, style URLs, sources, comments and typed values', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/url\((?!\))/i);
    expect(html).not.toContain('<img src');
    expect(html).not.toContain('新部门');
    expect(html).not.toContain('当前用户');
    const copy = parse(html);
    expect(copy.querySelector('iframe')?.hasAttribute('src')).toBe(false);
    expect(copy.querySelector('iframe')?.getAttribute('data-diagnostic-src')).toBe('/028/client/declare/info.jsp');
    expect(copy.querySelector('textarea')?.textContent).toBe('');
    expect([...copy.querySelectorAll('input')].every((i) => !i.hasAttribute('value'))).toBe(true);
    expect(counts).toMatchObject({ scripts: 2, handlers: 2, frames: 1 });
  });

  it('keeps the structure: tags, classes, ids, names, placeholders, label texts', () => {
    const copy = parse(html);
    expect(copy.querySelectorAll('input').length).toBe(doc.querySelectorAll('input').length);
    expect(copy.getElementById('f6')?.getAttribute('placeholder')).toBe('请输入通讯地址');
    expect(copy.getElementById('f7')?.hasAttribute('readonly')).toBe(true);
    expect(copy.querySelector('table.summary')).not.toBeNull();
    expect(copy.body.textContent).toContain('身份证号码：');
    expect(copy.documentElement.getAttribute('lang')).toBe('zh-CN');
  });
});

describe('the page’s own words and choices', () => {
  it('keeps option and radio words that equal profile values, and what is chosen', () => {
    const doc = parse(`<body>
      <p>从事专业：<select id="m"><option value="">请选择</option><option>机械工程</option><option>电气工程</option></select></p>
      <p>政治面貌：<label><input type="radio" name="p" value="中共党员">中共党员</label><label><input type="radio" name="p" value="群众">群众</label></p>
      <p>著作/论文/报告/成果：<input type="file" name="works"></p>
      <p>论文</p></body>`);
    (doc.getElementById('m') as HTMLSelectElement).selectedIndex = 1;
    (doc.querySelector('input[value=中共党员]') as HTMLInputElement).checked = true;
    const { html } = redactPage(doc, { secrets: profileStrings(SAMPLE) });
    const copy = parse(html);
    expect([...copy.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['请选择', '机械工程', '电气工程']);
    expect(copy.querySelectorAll('option')[1]!.hasAttribute('selected')).toBe(true);
    expect(copy.querySelector('input[value=中共党员]')?.hasAttribute('checked')).toBe(true);
    // A profile word inside a longer label stays; the same word standing alone as data goes.
    expect(copy.body.textContent).toContain('著作/论文/报告/成果');
    expect([...copy.querySelectorAll('p')].at(-1)!.textContent).toBe(MASK);
  });

  it('gives layers the panel’s column pulled in their own style back', () => {
    const doc = parse(`<body>
      <div id="bar" style="left: 0px; right: 320px !important;" data-zcps-pulled="left: 0px;">栏</div>
      <div id="pane" style="right: 320px !important; max-width: 500px !important;" data-zcps-pulled="">区</div></body>`);
    const copy = parse(redactPage(doc, { secrets: profileStrings(undefined) }).html);
    expect(copy.getElementById('bar')!.getAttribute('style')).toBe('left: 0px;');
    expect(copy.getElementById('pane')!.hasAttribute('style')).toBe(false);
    expect(copy.querySelector('[data-zcps-pulled]')).toBeNull();
  });

  it('without a profile still masks digits, e-mails and header names', () => {
    const doc = parse('<body><div class="top">欢迎您，张伟</div><p>330106199003151236 zhangwei@example.com</p></body>');
    const { html } = redactPage(doc, { secrets: profileStrings(undefined) });
    expect(html).not.toContain('张伟');
    expect(html).not.toContain('330106');
    expect(html).not.toContain('example.com');
  });
});

describe('the copy is a test page', () => {
  const PAGES = [
    'tests/site/public/028/client/person/baseInfo.jsp',
    'tests/site/public/028/client/declare/info.jsp',
    'tests/site/public/028/client/declare/attach.jsp',
    'tests/site/public/other/layui.html',
    'tests/site/public/other/bootstrap.html',
    'tests/site/public/other/layers.html',
  ];

  const fieldsOf = (doc: Document) => {
    resetLabelCache();
    return collectFields(doc).map((f) => `${f.kind} ${f.label} → ${f.meaning ?? '-'}`);
  };

  for (const file of PAGES) {
    it(`${file}: the assistant finds the same fields, labels and meanings`, () => {
      const doc = parse(readFileSync(file, 'utf8'));
      // Filled in with the sample profile, as an applicant's page would be.
      const values = [b.name, b.idNumber, b.mobile, b.email, w.employer, d.selfReport];
      doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=text], input:not([type]), textarea').forEach((el, i) => {
        el.value = values[i % values.length]!;
        if (el instanceof HTMLInputElement) el.setAttribute('value', el.value);
      });
      const before = fieldsOf(doc);
      const { html } = redactPage(doc, { secrets: profileStrings(SAMPLE) });
      const after = fieldsOf(parse(html));
      expect(before.length).toBeGreaterThan(2);
      expect(after).toEqual(before);
      for (const value of values) expect(html).not.toContain(value);
    });
  }
});
