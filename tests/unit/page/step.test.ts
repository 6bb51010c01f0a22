// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Step } from '../../../lib/steps';
import { collectFields } from '../../../lib/page/fields';
import { resetLabelCache } from '../../../lib/page/labels';
import { STEP_CLUES, detectStep } from '../../../lib/page/step';

const WIZARD = ['上传证件照', '签署个人承诺', '填写申报信息', '选择相关业绩', '上传相关附件', '预览确认提交'];

/** A step bar with item `active` highlighted; earlier items marked done. */
function stepBar(active: number, doneClass = 'done'): string {
  const items = WIZARD.map((name, i) => {
    const cls = i === active ? 'step-item active' : i < active ? `step-item ${doneClass}` : 'step-item';
    return `<li class="${cls}"><span class="step-num">${i + 1}</span><span class="step-title">${name}</span></li>`;
  }).join('');
  return `<div class="step-wrap"><ul class="steps">${items}</ul></div>`;
}

const NEXT = '<div class="btns"><input type="button" class="btn" value="上一步"> <input type="button" class="btn" value="下一步"></div>';

const PAGES: [Step, string, string][] = [
  [
    'basicInfo',
    '',
    `
    <div class="main-title">个人基本信息</div>
    <table><tr><td>姓名：</td><td><input></td><td>性别：</td><td><select><option>男</option><option>女</option></select></td></tr>
    <tr><td>身份证号码：</td><td><input></td><td>出生日期：</td><td><input class="Wdate"></td></tr>
    <tr><td>民族：</td><td><input></td><td>政治面貌：</td><td><input></td></tr></table>
    <input type="button" value="保 存">`,
  ],
  [
    'archive',
    '',
    `
    <h3>我的业绩档案</h3><div class="toolbar"><button type="button">新增业绩</button></div>
    <table><tr><td>业绩类型</td><td><select><option>论文</option></select></td></tr>
    <tr><td>成果名称</td><td><input></td></tr><tr><td>发表时间</td><td><input></td></tr>
    <tr><td>本人排名</td><td><input></td></tr></table><button>保存</button>`,
  ],
  [
    'plan',
    '',
    `
    <h2 class="plan-name">2024年度杭州市制造业专业工程师资格评审申报计划</h2>
    <div class="content"><p>申报时间：2024年7月1日至7月31日</p><p>可评审专业：机械工程、电气工程、电子信息</p></div>
    <div class="btn-area"><a href="javascript:void(0)" class="btn btn-red">马上申报</a></div>`,
  ],
  [
    'photo',
    '',
    `${stepBar(0)}
    <table><tr><td>证件照</td><td><img src="default.jpg" alt=""><input type="file" accept="image/jpeg"></td></tr></table>
    <p>如自己上传照片，应为1寸、2寸白底证件照</p>${NEXT}`,
  ],
  [
    'commitment',
    '',
    `${stepBar(1)}
    <div class="qr"><img src="qr.png" alt=""><p>请使用手机扫描二维码，在线签署《专业技术资格申报材料真实性保证书》</p></div>${NEXT}`,
  ],
  [
    'declaration',
    '',
    `${stepBar(2)}
    <table><tr><td>本人述职</td><td><textarea></textarea></td></tr>
    <tr><td>受理点</td><td><select><option>请选择</option><option>市直单位职称受理点</option></select></td></tr>
    <tr><td>从事专业</td><td><input></td></tr><tr><td>专业工作年限</td><td><input></td></tr></table>${NEXT}`,
  ],
  [
    'achievements',
    '',
    `${stepBar(3)}
    <table><tr><th></th><th>业绩名称</th><th>类型</th></tr>
    <tr><td><input type="checkbox" name="yj"></td><td>某型减速器设计</td><td>项目</td></tr>
    <tr><td><input type="checkbox" name="yj"></td><td>论文一篇</td><td>论文</td></tr></table>${NEXT}`,
  ],
  [
    'attachments',
    '',
    `${stepBar(4)}
    <table><tr><td>劳动（聘用）合同</td><td><input type="file"></td></tr>
    <tr><td>社保证明</td><td><input type="file"></td></tr>
    <tr><td>继续教育学时登记证明</td><td><input type="file"></td></tr></table>${NEXT}`,
  ],
  [
    'preview',
    '',
    `${stepBar(5)}
    <div class="section-title">个人基本信息</div><table><tr><td>姓名</td><td>张三</td></tr></table>
    <div class="btns"><input type="button" value="上一步"> <input type="button" value="提交"></div>`,
  ],
  [
    'records',
    '',
    `
    <div class="panel-heading">我的申报记录</div>
    <table><tr><th>申报计划</th><th>状态</th><th>操作</th></tr>
    <tr><td>2024年度杭州市制造业专业工程师资格评审申报计划</td><td>资格审查通过</td><td><a href="#" onclick="pay()">马上支付</a></td></tr></table>`,
  ],
  [
    'reviewForm',
    '',
    `
    <div class="box"><p>请导出带有“浙江省专业技术任职资格申报与评审管理平台”水印的评审表，经所在单位加盖公章后报送。</p>
    <button type="button" class="btn">导出评审表</button></div>`,
  ],
  // The same wizard step when the bar keeps finished steps highlighted too: the last highlighted wins.
  [
    'attachments',
    'bar highlighting finished steps',
    `${stepBar(4, 'active')}<table><tr><td>社保证明</td><td><input type="file"></td></tr></table>${NEXT}`,
  ],
  [
    'basicInfo',
    'title only plus fields',
    `<table><tr><td>姓名</td><td><input></td></tr><tr><td>身份证号</td><td><input></td></tr></table>`,
  ],
];

function detect(html: string, title = ''): Step | undefined {
  document.title = title;
  document.body.innerHTML = html;
  resetLabelCache();
  return detectStep(document, collectFields(document));
}

describe('detectStep', () => {
  it.each(PAGES)('%s %s', (step, note, html) => {
    const title = note === 'title only plus fields' ? '个人基本信息' : '';
    expect(detect(html, title)).toBe(step);
  });

  it('returns undefined for a shell page holding only a menu and an iframe', () => {
    const shell = `
      <div class="header"><span class="sys-title">浙江省专业技术人员职称申报评审系统</span></div>
      <div class="left-menu"><ul>
        <li class="active"><a href="#">个人基本信息</a></li><li><a href="#">我的业绩档案</a></li>
        <li><a href="#">职称评审申报</a></li><li><a href="#">我的申报记录</a></li></ul></div>
      <iframe name="mainFrame" src="about:blank"></iframe>`;
    expect(detect(shell, '个人基本信息')).toBeUndefined();
  });

  it('returns undefined for an unknown page', () => {
    expect(detect('<h1>欢迎使用</h1><p>请从左侧菜单进入。</p><input placeholder="搜索">')).toBeUndefined();
    expect(detect('')).toBeUndefined();
  });

  it('ignores hidden headings and buttons (content of other tabs)', () => {
    const html = `<div style="display:none"><h3>我的业绩档案</h3><button>马上支付</button></div>
      <div class="main-title">个人基本信息</div><table><tr><td>姓名</td><td><input></td></tr></table>`;
    expect(detect(html)).toBe('basicInfo');
    expect(detect('<div hidden><button>马上申报</button></div>')).toBeUndefined();
  });

  it('returns undefined when two steps score the same', () => {
    expect(detect('<button>马上申报</button><button>马上支付</button>')).toBeUndefined();
  });

  it('names only known steps in its clue table', () => {
    const steps = new Set(STEP_CLUES.map((c) => c.step));
    expect(steps.size).toBe(11);
  });
});
