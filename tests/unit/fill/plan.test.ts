// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { applyFill, planFill, type FillEntry } from '../../../lib/fill/plan';
import type { LearnedMapping } from '../../../lib/messaging';
import type { Field } from '../../../lib/page/fields';
import { getPlan } from '../../../lib/rules/plans';
import { $, field, group, html, recordEvents, sampleProfile } from './helpers';

const plan = getPlan();
const profile = sampleProfile();

/** A page like 个人基本信息 / 填写申报信息, with every case the planner must tell apart. */
function page(): Field[] {
  html(`<form>
    <input id="name">
    <input id="mobile" value="13900000000">
    <input id="email" value="ZhangWei@example.com">
    <input id="employer" readonly value="杭州某某智能装备有限公司">
    <input id="titleDate" disabled placeholder="yyyy-MM-dd">
    <input id="proof" type="file">
    <input id="mystery">
    <textarea id="detail"></textarea>
    <select id="ethnicity"><option value="">请选择</option><option value="02">蒙古族</option></select>
    <select id="political"><option value="">请选择</option><option value="01">中共党员</option></select>
    <input id="years"> <input id="assessment">
    <label><input type="radio" name="gender" value="1">男</label><label><input type="radio" name="gender" value="2">女</label>
    <label><input type="radio" name="ft" value="1">全日制</label><label><input type="radio" name="ft" value="0">非全日制</label>
    <input id="birth" placeholder="yyyy年MM月dd日">
    <input id="workStart" value="2012/7/1">
    <input id="historyEmployer">
    <input id="postcode" maxlength="4">
    <input id="dept" value="--请选择--">
  </form>`);
  return [
    field($('#name'), 'text', { label: '姓名', meaning: 'name' }),
    field($('#mobile'), 'text', { label: '手机号码', meaning: 'mobile' }),
    field($('#email'), 'text', { label: '电子邮箱', meaning: 'email' }),
    field($('#employer'), 'text', { label: '现工作单位名称', meaning: 'employer' }),
    field($('#titleDate'), 'date', { label: '取得资格时间', meaning: 'currentTitleDate' }),
    field($('#proof'), 'file', { label: '佐证材料', meaning: 'typeProof' }),
    field($('#mystery'), 'text', { label: '起止时间', confidence: 0 }),
    field($('#detail'), 'textarea', { label: '破格申报的具体内容', meaning: 'exceptionalDetail' }),
    field($('#ethnicity'), 'select', { label: '民族', meaning: 'ethnicity', options: ['蒙古族'] }),
    field($('#political'), 'select', { label: '政治面貌', meaning: 'politicalStatus', options: ['中共党员'] }),
    field($('#years'), 'text', { label: '专业工作年限', meaning: 'workYears' }),
    field($('#assessment'), 'text', { label: '考核情况', meaning: 'assessment' }),
    group('gender', 'radio', { label: '性别', meaning: 'gender' }),
    group('ft', 'radio', { label: '是否全日制', meaning: 'fullTime' }),
    field($('#birth'), 'date', { label: '出生日期', meaning: 'birthDate' }),
    field($('#workStart'), 'date', { label: '参加工作时间', meaning: 'workStart' }),
    field($('#historyEmployer'), 'text', { label: '工作单位', meaning: 'employer' }),
    field($('#postcode'), 'text', { label: '邮政编码', meaning: 'postcode' }),
    field($('#dept'), 'text', { label: '所在部门', meaning: 'department' }),
  ];
}

function byLabel(entries: readonly FillEntry[], label: string): FillEntry {
  const entry = entries.find((e) => e.label === label);
  if (!entry) throw new Error(`no entry ${label}`);
  return entry;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('planFill', () => {
  test.each<[string, Partial<FillEntry>]>([
    ['姓名', { action: 'fill', value: '张伟', ticked: true, current: '' }],
    ['手机号码', { action: 'fill', value: '13812345678', ticked: false, current: '13900000000' }],
    ['电子邮箱', { action: 'skip', reason: '已是该值', ticked: false }],
    ['现工作单位名称', { action: 'skip', reason: '只读' }],
    ['取得资格时间', { action: 'skip', reason: '已禁用' }],
    ['佐证材料', { action: 'skip', reason: '文件需手动选择' }],
    ['起止时间', { action: 'skip', reason: '未识别的字段', unmatched: true }],
    ['破格申报的具体内容', { action: 'skip', reason: '档案中没有该项' }],
    ['民族', { action: 'skip', reason: '选项中没有“汉族”' }],
    ['政治面貌', { action: 'fill', value: '中共党员', ticked: true }],
    ['专业工作年限', { action: 'fill', value: '12', ticked: true }],
    ['考核情况', { action: 'fill', value: '2021年称职、2022年优秀、2023年称职', ticked: true }],
    ['性别', { action: 'fill', value: '男', ticked: true }],
    ['是否全日制', { action: 'fill', value: '全日制', ticked: true }],
    ['出生日期', { action: 'fill', value: '1990年03月15日', ticked: true }],
    ['参加工作时间', { action: 'skip', reason: '已是该值', value: '2012/7/1' }],
    ['工作单位', { action: 'skip', reason: '档案项“现工作单位”已用于“现工作单位名称”' }],
    ['邮政编码', { action: 'skip', reason: '档案中的值有 6 字，超过本栏上限 4 字' }],
    ['所在部门', { action: 'fill', value: '技术研发部', ticked: true }],
  ])('%s', (label, want) => {
    const entry = byLabel(planFill(page(), profile, plan, []), label);
    expect(entry).toMatchObject(want);
  });

  test('a learned mapping to an unknown meaning or to no profile field is ignored', () => {
    const planted = [
      { step: 'basicInfo', label: '起止时间', meaning: 'everything' },
      { step: 'basicInfo', label: '起止时间', path: 'id' },
    ] as unknown as LearnedMapping[];
    expect(byLabel(planFill(page(), profile, plan, planted), '起止时间')).toMatchObject({ action: 'skip', unmatched: true });
    const fair: LearnedMapping[] = [{ step: 'basicInfo', label: '起止时间', path: 'work.department' }];
    expect(byLabel(planFill(page(), profile, plan, fair), '起止时间')).toMatchObject({ action: 'fill', value: '技术研发部' });
  });

  test('a meaning goes to its surest field, not to a vaguer one earlier on the page', () => {
    html('<input id="phone"><input id="mobile">');
    const fields = [
      field($('#phone'), 'text', { label: '联系电话', meaning: 'mobile', confidence: 0.6 }),
      field($('#mobile'), 'text', { label: '手机号码', meaning: 'mobile', confidence: 0.9 }),
    ];
    const entries = planFill(fields, profile, plan, []);
    expect(byLabel(entries, '手机号码')).toMatchObject({ action: 'fill', value: '13812345678' });
    expect(byLabel(entries, '联系电话')).toMatchObject({ action: 'skip', reason: '档案项“手机号码”已用于“手机号码”' });
  });

  test('a different value is explained and never ticked', () => {
    const entry = byLabel(planFill(page(), profile, plan, []), '手机号码');
    expect(entry.reason).toContain('13900000000');
    expect(entry.reason).toContain('勾选');
  });

  test('entries follow the page order, one per field', () => {
    const fields = page();
    expect(planFill(fields, profile, plan, []).map((e) => e.field)).toEqual(fields);
  });

  test('a learned mapping gives an unknown field its meaning (on its step only)', () => {
    const learned: LearnedMapping[] = [
      { step: 'basicInfo', label: '起止时间', meaning: 'workStart' },
      { step: 'declaration', label: '姓名', meaning: 'idNumber' },
    ];
    const entries = planFill(page(), profile, plan, learned, { step: 'basicInfo' });
    expect(byLabel(entries, '起止时间')).toMatchObject({ action: 'fill', meaning: 'workStart', value: '2012-07-01', ticked: true });
    expect(byLabel(entries, '姓名')).toMatchObject({ meaning: 'name', value: '张伟' });
  });

  test('a learned mapping by profile path', () => {
    const learned: LearnedMapping[] = [{ step: 'basicInfo', label: '起止时间', path: 'history[0].employer' }];
    expect(byLabel(planFill(page(), profile, plan, learned), '起止时间')).toMatchObject({ action: 'fill', value: '宁波示例模具有限公司' });
  });

  test('the add-entry form takes the chosen achievement', () => {
    html(`<select id="kind"><option value="">请选择业绩类型</option><option value="1">论文</option><option value="3">项目</option></select>
      <input id="title"><input id="date" placeholder="yyyy-MM"><input id="rank">
      <label><input type="radio" name="col" value="1">是</label><label><input type="radio" name="col" value="0" checked>否</label>`);
    const fields = [
      field($('#kind'), 'select', { label: '业绩类型', meaning: 'achKind' }),
      field($('#title'), 'text', { label: '业绩名称', meaning: 'achTitle' }),
      field($('#date'), 'date', { label: '完成时间', meaning: 'achDate' }),
      field($('#rank'), 'text', { label: '本人排名', meaning: 'achRank' }),
      group('col', 'radio', { label: '是否集体项目', meaning: 'achCollective' }),
    ];
    const [first, second] = profile.achievements;
    const one = planFill(fields, profile, plan, [], { achievement: first });
    expect(one.map((e) => [e.label, e.action, e.value ?? e.reason])).toEqual([
      ['业绩类型', 'fill', '论文'],
      ['业绩名称', 'fill', '数控机床主轴箱热变形分析与结构优化'],
      ['完成时间', 'fill', '2022-05'],
      ['本人排名', 'fill', '1'],
      ['是否集体项目', 'skip', '否'],
    ]);
    const two = planFill(fields, profile, plan, [], { achievement: second });
    expect(byLabel(two, '是否集体项目')).toMatchObject({ action: 'fill', value: '是', ticked: false, current: '否' });
    expect(byLabel(planFill(fields, profile, plan, []), '业绩名称')).toMatchObject({ action: 'skip', reason: '档案中没有该项' });
  });

  test('a picker-looking field of another meaning takes its value as text', async () => {
    html('<input id="y" class="Wdate">');
    const entries = planFill([field($('#y'), 'date', { label: '专业工作年限', meaning: 'workYears' })], profile, plan, []);
    expect(entries[0]).toMatchObject({ action: 'fill', value: '12' });
    expect((await applyFill(entries)).filled).toBe(1);
    expect($<HTMLInputElement>('#y').value).toBe('12');
  });

  test('a month-only date is not filled into a field that needs a day', () => {
    html('<input id="d" placeholder="yyyy-MM-dd">');
    const entries = planFill([field($('#d'), 'date', { label: '完成时间', meaning: 'achDate' })], profile, plan, [], {
      achievement: profile.achievements[0],
    });
    expect(entries[0]).toMatchObject({ action: 'skip' });
    expect(entries[0]?.reason).toContain('只到月份');
  });
});

describe('applyFill', () => {
  test('writes the ticked entries only, counts, and undo restores every field with events', async () => {
    const fields = page();
    const entries = planFill(fields, profile, plan, []);
    const log = recordEvents(['change']);
    const outcome = await applyFill(entries);
    const fills = entries.filter((e) => e.action === 'fill' && e.ticked);
    expect(outcome.filled).toBe(fills.length);
    expect(outcome.skipped).toBe(entries.length - fills.length);
    expect(outcome.failed).toEqual([]);
    expect($<HTMLInputElement>('#name').value).toBe('张伟');
    expect($<HTMLInputElement>('#mobile').value).toBe('13900000000');
    expect($<HTMLSelectElement>('#political').value).toBe('01');
    expect($<HTMLInputElement>('#birth').value).toBe('1990年03月15日');
    expect((document.querySelector('input[name=ft][value="1"]') as HTMLInputElement).checked).toBe(true);
    expect($<HTMLInputElement>('#employer').value).toBe('杭州某某智能装备有限公司');
    expect(log.length).toBeGreaterThanOrEqual(fills.length);

    log.length = 0;
    await outcome.undo();
    expect($<HTMLInputElement>('#name').value).toBe('');
    expect($<HTMLSelectElement>('#political').value).toBe('');
    expect($<HTMLInputElement>('#birth').value).toBe('');
    expect($<HTMLInputElement>('#dept').value).toBe('--请选择--');
    expect(Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio]')).some((r) => r.checked)).toBe(false);
    expect(log).toContain('change:name');
    expect(log).toContain('change:political');
    expect(log.length).toBe(fills.length);
    // A second undo changes nothing.
    log.length = 0;
    await outcome.undo();
    expect(log).toEqual([]);
  });

  test('an unticked different value stays; ticking it overwrites and undo brings it back', async () => {
    const entries = planFill(page(), profile, plan, []);
    const mobile = byLabel(entries, '手机号码');
    expect((await applyFill([mobile])).filled).toBe(0);
    expect($<HTMLInputElement>('#mobile').value).toBe('13900000000');
    const outcome = await applyFill([{ ...mobile, ticked: true }]);
    expect(outcome.filled).toBe(1);
    expect($<HTMLInputElement>('#mobile').value).toBe('13812345678');
    await outcome.undo();
    expect($<HTMLInputElement>('#mobile').value).toBe('13900000000');
  });

  test('a field the applicant changed after the preview is left alone', async () => {
    const entries = planFill(page(), profile, plan, []);
    const name = byLabel(entries, '姓名');
    $<HTMLInputElement>('#name').value = '李四';
    const outcome = await applyFill([name]);
    expect(outcome).toMatchObject({ filled: 0, skipped: 1, failed: [] });
    expect(outcome.stale).toEqual([name]);
    expect($<HTMLInputElement>('#name').value).toBe('李四');
  });

  test('a field the page refuses is reported as failed, not filled', async () => {
    const entries = planFill(page(), profile, plan, []);
    const name = byLabel(entries, '姓名');
    $<HTMLInputElement>('#name').readOnly = true;
    const outcome = await applyFill([name]);
    expect(outcome).toMatchObject({ filled: 0, skipped: 1 });
    expect(outcome.failed).toEqual([name]);
  });
});
