import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAN_ID,
  HZ_2024,
  PLANS,
  choosablePlans,
  derivePlan,
  findPlanNames,
  getPlan,
  listPlans,
  parsePlanName,
  planById,
  planFromName,
  resolvePlan,
  shiftDate,
} from './plans-helpers';
import { parseDate } from '../../../lib/rules/helpers/dates';
import { PLAN_SERIES } from '../../../lib/rules/plans';

describe('plans known as data', () => {
  it('the default plan is the guide’s 2024 plan', () => {
    const plan = getPlan();
    expect(plan.id).toBe(DEFAULT_PLAN_ID);
    expect(plan.id).toBe('hz-manufacturing-engineer-2024');
    expect(plan).toMatchObject({
      name: '2024年度杭州市制造业专业工程师资格评审申报计划',
      basis: 'data',
      followsGuide: true,
      workYearsCutoff: '2024-12-31',
      assessmentYears: [2021, 2022, 2023],
      appointmentYears: 4,
      paperDeadline: '2024-09-30',
      reportLimit: 1000,
      reportWarnAbove: 950,
      achievementsHint: 5,
    });
    expect(plan.photo).toMatchObject({
      bytesPassMin: 30720,
      bytesPassMax: 1000000,
      bytesErrorAtOrBelow: 30000,
      bytesErrorAtOrAbove: 1048576,
      minWidth: 215,
      minHeight: 300,
      ratioMin: 0.65,
      ratioMax: 0.8,
      fix: { targetRatio: 5 / 7, maxWidth: 413, maxHeight: 579, bytesMin: 40000, bytesMax: 900000 },
    });
  });

  it.each([[undefined], ['no-such-plan'], [''], ['hz-manufacturing-engineer-20x5']])('getPlan(%j) falls back to the default', (id) => {
    expect(getPlan(id).id).toBe(DEFAULT_PLAN_ID);
  });

  it('lists the plans known as data, newest first', () => {
    expect(listPlans().map((plan) => plan.id)).toEqual(['hz-manufacturing-engineer-2024']);
    expect(Object.keys(PLANS)).toEqual(['hz-manufacturing-engineer-2024']);
  });

  it.each(Object.values(PLANS).map((plan) => [plan.id, plan] as const))('%s is internally consistent', (id, plan) => {
    expect(plan.id).toBe(id);
    expect(plan.name).toContain(String(plan.year));
    expect(parsePlanName(plan.name)).toMatchObject({ year: plan.year });
    expect(planFromName(parsePlanName(plan.name)!).id).toBe(id);
    expect(parseDate(plan.workYearsCutoff!)?.day).toBeDefined();
    expect(parseDate(plan.paperDeadline!)?.day).toBeDefined();
    const years = plan.assessmentYears!;
    expect(years).toHaveLength(3);
    expect(years.every((year, i) => i === 0 || year === (years[i - 1] as number) + 1)).toBe(true);
    expect(years.at(-1)).toBe(plan.year - 1);
    expect(plan.reportWarnAbove!).toBeLessThan(plan.reportLimit!);
    const p = plan.photo;
    expect(p.bytesErrorAtOrBelow).toBeLessThan(p.bytesPassMin);
    expect(p.bytesPassMin).toBeLessThan(p.bytesPassMax);
    expect(p.bytesPassMax).toBeLessThan(p.bytesErrorAtOrAbove);
    expect(p.ratioMin).toBeLessThan(p.ratioMax);
    expect(p.fix.targetRatio).toBeGreaterThanOrEqual(p.ratioMin);
    expect(p.fix.targetRatio).toBeLessThanOrEqual(p.ratioMax);
    expect(p.fix.bytesMin).toBeGreaterThan(p.bytesPassMin);
    expect(p.fix.bytesMax).toBeLessThan(p.bytesPassMax);
    expect(p.fix.maxWidth).toBeGreaterThan(p.minWidth);
    expect(p.fix.maxHeight).toBeGreaterThan(p.minHeight);
  });
});

describe('plan names read from page text', () => {
  type Want = { year: number; city: string; field: string; title: string } | undefined;
  it.each<[string, Want]>([
    ['2024年度杭州市制造业专业工程师资格评审申报计划', { year: 2024, city: '杭州市', field: '制造业', title: '工程师' }],
    [
      '选择“2026年度杭州市制造业专业工程师资格评审申报计划”，查看所有要求后',
      { year: 2026, city: '杭州市', field: '制造业', title: '工程师' },
    ],
    ['2026 年度 杭州市 制造业专业 工程师 资格评审申报计划', { year: 2026, city: '杭州市', field: '制造业', title: '工程师' }],
    ['２０２７年度杭州市制造业专业工程师资格评审申报计划', { year: 2027, city: '杭州市', field: '制造业', title: '工程师' }],
    ['2031年度\u3000杭州市制造业专业工程师资格评审申报计划', { year: 2031, city: '杭州市', field: '制造业', title: '工程师' }],
    [
      '当前位置：用户中心 > 职称评审申报 > 2025年度杭州市制造业专业工程师资格评审申报计划',
      { year: 2025, city: '杭州市', field: '制造业', title: '工程师' },
    ],
    ['2026年杭州市制造业专业工程师资格评审申报计划', { year: 2026, city: '杭州市', field: '制造业', title: '工程师' }],
    ['2026年度杭州制造业专业工程师评审申报计划', { year: 2026, city: '杭州市', field: '制造业', title: '工程师' }],
    ['杭州市2026年度制造业专业工程师资格评审申报计划', { year: 2026, city: '杭州市', field: '制造业', title: '工程师' }],
    ['2026年度杭州市制造业工程专业工程师资格评审申报计划', { year: 2026, city: '杭州市', field: '制造业工程', title: '工程师' }],
    ['2026年度杭州市制造业专业（中级）工程师资格评审申报计划', { year: 2026, city: '杭州市', field: '制造业', title: '工程师' }],
    ['2024年度杭州市工程技术人员助理工程师资格认定计划', { year: 2024, city: '杭州市', field: '', title: '助理工程师' }],
    ['2024年度浙江省工程技术人员高级工程师资格评审申报计划', { year: 2024, city: '浙江省', field: '', title: '高级工程师' }],
    ['2025年度省工程技术人员正高级工程师资格评审申报计划', { year: 2025, city: '浙江省', field: '', title: '正高级工程师' }],
    ['2026年度宁波市经济专业中级经济师资格评审申报计划', { year: 2026, city: '宁波市', field: '经济', title: '中级经济师' }],
    ['2026年度温州市建设工程专业工程师资格评审申报计划', { year: 2026, city: '温州市', field: '建设工程', title: '工程师' }],
    ['2026年度杭州市建设工程专业工程师资格评审申报计划', { year: 2026, city: '杭州市', field: '建设工程', title: '工程师' }],
    ['2025年度嘉兴市会计专业高级会计师评审计划', { year: 2025, city: '嘉兴市', field: '会计', title: '高级会计师' }],
    ['2026年度湖州市农业技术人员农艺师资格评审申报计划', { year: 2026, city: '湖州市', field: '农业技术人员', title: '农艺师' }],
    ['2026年度某某行业专业技术资格评审申报计划', { year: 2026, city: '', field: '某某行业技术', title: '' }],
    ['2026年度工作计划', undefined],
    ['2026年度培训计划安排', undefined],
    ['本人述职限1000字以内', undefined],
    [
      '<td>1</td><td>2026年度杭州市制造业专业工程师资格评审申报计划</td>'.replace(/<[^>]+>/gu, ''),
      { year: 2026, city: '杭州市', field: '制造业', title: '工程师' },
    ],
    ['', undefined],
  ])('%j', (text, want) => {
    const name = parsePlanName(text);
    if (want === undefined) expect(name).toBeUndefined();
    else expect(name).toMatchObject(want);
  });

  it('finds every distinct name of a plan list, once each', () => {
    const list = `1 2024年度杭州市制造业专业工程师资格评审申报计划 中级 申报中
      2 2024年度杭州市工程技术人员助理工程师资格认定计划 初级 已结束
      3 2024年度杭州市制造业专业工程师资格评审申报计划 查看`;
    expect(findPlanNames(list).map((n) => n.title)).toEqual(['工程师', '助理工程师']);
  });
});

describe('deriving a year nobody put in data', () => {
  it.each([
    [2026, { workYearsCutoff: '2026-12-31', assessmentYears: [2023, 2024, 2025], paperDeadline: '2026-09-30' }],
    [2031, { workYearsCutoff: '2031-12-31', assessmentYears: [2028, 2029, 2030], paperDeadline: '2031-09-30' }],
    [2019, { workYearsCutoff: '2019-12-31', assessmentYears: [2016, 2017, 2018], paperDeadline: '2019-09-30' }],
  ])('%i', (year, want) => {
    const plan = planById(`hz-manufacturing-engineer-${year}`)!;
    expect(plan).toMatchObject({ ...want, year, basis: 'derived', followsGuide: true, derivedFrom: { id: HZ_2024.id, year: 2024 } });
    expect(plan.name).toBe(`${year}年度杭州市制造业专业工程师资格评审申报计划`);
  });

  it('moves 29 February to the 28th in a common year', () => {
    expect(shiftDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftDate('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('a derived plan for year Y is the 2024 plan moved by Y − 2024 (property)', () => {
    const series = PLAN_SERIES[0]!;
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), (year) => {
        const d = year - 2024;
        const plan = derivePlan(series, HZ_2024, year);
        const move = (date: string) => `${Number(date.slice(0, 4)) + d}${date.slice(4)}`;
        expect(plan.workYearsCutoff).toBe(move(HZ_2024.workYearsCutoff!));
        expect(plan.paperDeadline).toBe(move(HZ_2024.paperDeadline!));
        expect(plan.assessmentYears).toEqual(HZ_2024.assessmentYears!.map((y) => y + d));
        // Everything but what names the plan, says where it comes from or moves with the year is the 2024 plan's.
        const moved = ['id', 'name', 'year', 'basis', 'derivedFrom', 'workYearsCutoff', 'paperDeadline', 'assessmentYears', 'majors'];
        const unmoved = (p: object) => Object.fromEntries(Object.entries(p).filter(([key]) => !moved.includes(key)));
        expect(unmoved(plan)).toEqual(unmoved(HZ_2024));
        // By id: the data itself for the data year, the same derivation for every other.
        expect(planById(plan.id)).toEqual(year === 2024 ? HZ_2024 : plan);
      }),
    );
  });

  it('offers the data years and the years around today for a manual choice', () => {
    expect(choosablePlans(2026).map((p) => p.year)).toEqual([2027, 2026, 2025, 2024]);
    expect(choosablePlans(2024).map((p) => p.year)).toEqual([2025, 2024, 2023]);
  });
});

describe('which plan applies', () => {
  const name = (text: string) => parsePlanName(text)!;

  it('a page naming a known year uses its data', () => {
    expect(resolvePlan({ name: name('2024年度杭州市制造业专业工程师资格评审申报计划') })).toMatchObject({ id: HZ_2024.id, basis: 'data' });
  });

  it('a page naming another year of the series derives it, keeping the page’s own name', () => {
    const plan = resolvePlan({ name: name('2026 年度杭州市制造业专业工程师资格评审申报计划') });
    expect(plan).toMatchObject({ year: 2026, basis: 'derived', assessmentYears: [2023, 2024, 2025] });
    expect(plan.name).toBe('2026年度杭州市制造业专业工程师资格评审申报计划');
  });

  it('a plan of another series or city keeps no guide parameter and does not follow the guide', () => {
    const plan = resolvePlan({ name: name('2026年度宁波市经济专业中级经济师资格评审申报计划') });
    expect(plan).toMatchObject({ basis: 'other', followsGuide: false, year: 2026 });
    expect(plan.assessmentYears).toBeUndefined();
    expect(plan.workYearsCutoff).toBeUndefined();
    expect(plan.reportLimit).toBeUndefined();
    expect(plan.paperDeadline).toBeUndefined();
  });

  it('no name anywhere: the guide’s plan, marked as assumed', () => {
    expect(resolvePlan({})).toMatchObject({ id: HZ_2024.id, basis: 'assumed', followsGuide: true });
  });

  it('what the page states wins over data, and is listed', () => {
    const plan = resolvePlan({
      name: name('2026年度杭州市制造业专业工程师资格评审申报计划'),
      stated: { reportLimit: 1500, reportWarnAbove: 1425 },
    });
    expect(plan).toMatchObject({ reportLimit: 1500, reportWarnAbove: 1425, assessmentYears: [2023, 2024, 2025] });
    expect(plan.stated).toEqual(['reportLimit', 'reportWarnAbove']);
    const other = resolvePlan({
      name: name('2026年度宁波市经济专业中级经济师资格评审申报计划'),
      stated: { reportLimit: 2000, assessmentYears: [2023, 2024, 2025] },
    });
    expect(other).toMatchObject({ reportLimit: 2000, assessmentYears: [2023, 2024, 2025], followsGuide: false });
  });

  it('a manual choice wins over the page, and ignores what a page of another plan states', () => {
    const plan = resolvePlan(
      { name: name('2024年度杭州市制造业专业工程师资格评审申报计划'), stated: { workYearsCutoff: '2024-12-31' } },
      'hz-manufacturing-engineer-2026',
    );
    expect(plan).toMatchObject({ year: 2026, workYearsCutoff: '2026-12-31' });
    expect(plan.stated).toBeUndefined();
  });

  it('an unknown manual choice falls back to reading the page', () => {
    expect(resolvePlan({ name: name('2026年度杭州市制造业专业工程师资格评审申报计划') }, 'gone-plan').year).toBe(2026);
  });
});
