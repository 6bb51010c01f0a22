// @vitest-environment happy-dom
/** The popup's 申报流程 section: the guide's timeline, the seen state when the background can give it, the reminders and facts. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSender, errorResponse, type Request } from '../../../lib/messaging';
import type { Profile } from '../../../lib/profile/types';
import { PROCESS, Process } from '../../../entrypoints/popup/Process';
import type { PlanChoiceStore } from '../../../entrypoints/popup/plan-choice';
import { parsePlanName } from '../../../lib/rules';
import { settle } from './harness';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const profile = {
  id: 'p',
  label: '本人',
  basic: {},
  education: [],
  work: {},
  history: [],
  achievements: [],
  declaration: { type: '正常申报' },
  assessments: [
    { year: 2021, result: '称职' },
    { year: 2022, result: '优秀' },
    { year: 2023, result: '合格' },
  ],
  continuingEducation: [
    { year: 2022, hours: 72, system: '学习新干线' },
    { year: 2023, hours: 90 },
  ],
} as Profile;

function memoryChoice(initial = ''): PlanChoiceStore & { value: string } {
  const store = {
    value: initial,
    get: async () => store.value,
    set: async (id: string) => {
      store.value = id;
    },
  };
  return store;
}

async function mount(answer: (request: Request) => unknown, props: { today?: string; profile?: Profile; choice?: PlanChoiceStore } = {}) {
  const send = createSender(async (request) => answer(request));
  render(
    <Process send={send} today={props.today ?? '2024-08-01'} profile={props.profile} planChoice={props.choice ?? memoryChoice()} />,
    root,
  );
  // Until the session is read (the first render of a file may wait on module loading).
  for (let i = 0; i < 50 && root.querySelector('[data-session="loading"]'); i += 1) await settle(20);
  await settle(20);
}

/** The session of a tab whose pages named this plan. */
const namedTab = (planName: string) => (request: Request) =>
  request.type === 'session.get'
    ? { type: 'session.findings', steps: {}, plan: { name: parsePlanName(planName) } }
    : errorResponse('badRequest', 'x', 'x');

const items = () => [...root.querySelectorAll<HTMLElement>('ol.timeline > li')];
const text = () => root.textContent ?? '';

describe('申报流程', () => {
  it('lists the whole guide process in order, 一.1 to 二.8', async () => {
    await mount(() => errorResponse('noTab', 'x', 'x'));
    const titles = items().map((li) => li.querySelector('strong')?.textContent);
    expect(titles).toEqual(PROCESS.map((p) => p.title));
    expect(titles[0]).toBe('完善个人基本信息');
    expect(titles).toContain('上传证件照');
    expect(titles.at(-1)).toBe('报送纸质材料');
    expect(items()[0]?.querySelector('.guide')?.textContent).toBe('一.1');
    expect(items().at(-1)?.querySelector('.guide')?.textContent).toBe('二.8');
  });

  it('from the popup (no tab) it says the progress cannot be read and shows no seen state', async () => {
    await mount(() => errorResponse('noTab', '没有标签页', 'no tab'));
    expect(root.querySelector('[data-session]')?.getAttribute('data-session')).toBe('unavailable');
    expect(text()).toContain('不显示检查进度');
    expect(items().every((li) => li.dataset.state === 'unseen')).toBe(true);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toContain('重新读取进度');
  });

  it('with the session it marks the steps seen, done or with open errors', async () => {
    await mount((request) =>
      request.type === 'session.get'
        ? {
            type: 'session.findings',
            applicationType: '破格申报',
            steps: {
              photo: [],
              declaration: [{ ruleId: 'report.required', level: 'error', message: '本人述职未填写', messageEn: '' }],
            },
          }
        : errorResponse('badRequest', 'x', 'x'),
    );
    const byStep = (step: string) => items().find((li) => li.dataset.step === step)!;
    expect(byStep('photo').dataset.state).toBe('done');
    expect(byStep('photo').textContent).toContain('已检查 · 无错误');
    expect(byStep('declaration').dataset.state).toBe('open');
    expect(byStep('declaration').textContent).toContain('1 个错误未解决');
    expect(byStep('declaration').textContent).toContain('本人述职未填写');
    expect(byStep('attachments').dataset.state).toBe('unseen');
    expect(text()).toContain('申报类型：破格申报');
  });

  it.each([
    ['2024-08-01', '还剩 60 天'],
    ['2024-09-30', '今天是截止日'],
    ['2024-10-02', '已于 2024-09-30 截止'],
  ])('on %s the paper deadline says %s', async (today, words) => {
    await mount(() => errorResponse('noTab', 'x', 'x'), { today });
    expect(root.querySelector('.deadline')?.textContent).toContain(words);
    expect(root.querySelector('[data-finding-rule="payment.reminder"]')?.textContent).toContain('马上支付');
  });

  it('shows the plan years’ 考核 results and the canonical text, and hours per year', async () => {
    await mount(() => errorResponse('noTab', 'x', 'x'), { profile });
    expect(text()).toContain('考核情况（2021、2022、2023）');
    expect(text()).toContain('“考核情况”应填：2021年称职、2022年优秀、2023年合格');
    const hours = [...root.querySelectorAll('ul.facts li')].map((li) => li.textContent).filter((t) => t?.includes('学时'));
    expect(hours).toEqual(['2023 年：90 学时', '2022 年：72 学时（学习新干线）']);
  });

  it('names a missing 考核 year and missing hours', async () => {
    await mount(() => errorResponse('noTab', 'x', 'x'), {
      profile: { ...profile, assessments: [{ year: 2021, result: '称职' }], continuingEducation: [] },
    });
    const missing = [...root.querySelectorAll('.missing')].map((el) => el.textContent);
    expect(missing).toContain('2022 年：档案中未填写');
    expect(missing).toContain('2023 年：档案中未填写');
    expect(text()).toContain('档案中没有继续教育学时记录');
  });

  it('follows the plan the current tab named: a derived year’s dates and 考核 years', async () => {
    await mount(namedTab('2026年度杭州市制造业专业工程师资格评审申报计划'), { today: '2026-08-01', profile });
    expect(root.querySelector('[data-detected]')?.textContent).toContain(
      '2026年度杭州市制造业专业工程师资格评审申报计划（按 2024 年指南推算）',
    );
    expect(root.querySelector('.deadline')?.textContent).toBe('截止 2026-09-30，还剩 60 天');
    expect(text()).toContain('考核情况（2023、2024、2025）');
    expect(text()).toContain('专业工作年限（算至 2026-12-31）');
  });

  it('a past plan shows its deadline as past, not as a countdown', async () => {
    await mount(namedTab('2024年度杭州市制造业专业工程师资格评审申报计划'), { today: '2026-11-29' });
    expect(root.querySelector('.deadline')?.textContent).toBe('已于 2024-09-30 截止（本计划的报送期已过）');
    expect(root.querySelector('summary')?.textContent).not.toContain('天');
  });

  it('a plan of another series: unknown dates say 未知, and the note says which checks are off', async () => {
    await mount(namedTab('2026年度宁波市经济专业中级经济师资格评审申报计划'), { today: '2026-08-01' });
    expect(root.querySelector('.deadline')?.textContent).toContain('未知');
    expect(text()).toContain('考核情况（年份未知）');
    expect(root.querySelector('.plan-note')?.textContent).toContain('未启用');
  });

  it('a manual choice is stored and wins over what the tab named; 自动识别 goes back', async () => {
    const choice = memoryChoice();
    await mount(namedTab('2026年度杭州市制造业专业工程师资格评审申报计划'), { today: '2026-08-01', choice });
    const select = root.querySelector<HTMLSelectElement>('#plan-choice')!;
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.value)).toContain('hz-manufacturing-engineer-2027');
    select.value = 'hz-manufacturing-engineer-2027';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(5);
    expect(choice.value).toBe('hz-manufacturing-engineer-2027');
    expect(text()).toContain('考核情况（2024、2025、2026）');
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(5);
    expect(choice.value).toBe('');
    expect(text()).toContain('考核情况（2023、2024、2025）');
  });

  it('no plan named in the tab: says so, and checks by the guide’s plan', async () => {
    await mount(() => errorResponse('noTab', 'x', 'x'));
    expect(root.querySelector('[data-detected]')?.textContent).toContain('未识别到申报计划');
    expect(root.querySelector('.plan-line')?.getAttribute('data-basis')).toBe('assumed');
  });

  it('is a details element with a summary: keyboard reachable, opened by Enter or Space natively', async () => {
    await mount(() => errorResponse('noTab', 'x', 'x'));
    const summary = root.querySelector('details.process > summary');
    expect(summary?.textContent).toContain('申报流程与提醒');
    expect(summary?.textContent).toContain('还剩 60 天');
  });
});
