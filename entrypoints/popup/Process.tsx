/**
 * 申报流程: the plan the checks follow (what the current tab named, or a
 * manual choice), the guide's whole process (一.1 … 二.8) as a timeline with
 * what the on-page assistant has seen of each step in this browser session,
 * the payment reminder, the paper deadline of that plan, and the facts the
 * guide asks for that the profile holds (考核情况 of the plan's years,
 * 继续教育学时 per year). A <details> element: keyboard usable as it is.
 */
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../lib/profile/types';
import { choosablePlans, daysBetween, formatAssessment, remindersFor, resolvePlan } from '../../lib/rules';
import type { PlanFacts } from '../../lib/rules';
import type { Finding, Plan } from '../../lib/rules/types';
import type { Step } from '../../lib/steps';
import type { Send } from './api';
import { browserPlanChoice, type PlanChoiceStore } from './plan-choice';
import { PlanChooser } from './PlanChooser';

export interface ProcessProps {
  send: Send;
  /** YYYY-MM-DD, for the days left. */
  today: string;
  profile?: Profile;
  /** Where the manual plan choice is kept (extension storage; tests pass their own). */
  planChoice?: PlanChoiceStore;
}

/** A plan parameter, or 未知 when the plan does not say. */
function known(value: string | number | undefined): string {
  return value === undefined ? '未知' : String(value);
}

interface ProcessItem {
  guide: string;
  title: string;
  detail: (plan: Plan) => string;
  /** The platform page of this item, when the assistant can see it. */
  step?: Step;
}

/** The guide's process, in its order (附件2 一、二). */
export const PROCESS: readonly ProcessItem[] = [
  { guide: '一.1', title: '完善个人基本信息', step: 'basicInfo', detail: () => '“个人基本信息”菜单：填写内容、上传资料后点击“保存”' },
  {
    guide: '一.1',
    title: '业绩档案并经单位审核',
    step: 'archive',
    detail: () => '“我的业绩档案”保存后，须经用人单位审查通过，申报时才能提取',
  },
  {
    guide: '二',
    title: '马上申报',
    step: 'plan',
    detail: (plan) => `用户中心首页 → 职称评审申报 → “${plan.name}”，查看所有要求后点击最下方“马上申报”`,
  },
  {
    guide: '二.1',
    title: '上传证件照',
    step: 'photo',
    detail: () => '1 寸或 2 寸白底证件照，JPG/JPEG 格式；助手在选择照片时检查大小、像素和宽高比',
  },
  {
    guide: '二.2',
    title: '签署个人承诺',
    step: 'commitment',
    detail: () => '扫描页面上的二维码，在线签署《专业技术资格申报材料真实性保证书》，字迹端正清晰',
  },
  {
    guide: '二.3',
    title: '填写申报信息',
    step: 'declaration',
    detail: (plan) =>
      `本人述职（限 ${known(plan.reportLimit)} 字）、受理点、申报类型、从事专业、专业工作年限（算至 ${known(plan.workYearsCutoff)}）、考核情况`,
  },
  {
    guide: '二.4',
    title: '选择相关业绩',
    step: 'achievements',
    detail: () => '突出专业代表性，不宜过多过杂；集体项目须提供本人系主要贡献者依据',
  },
  {
    guide: '二.5',
    title: '上传相关附件',
    step: 'attachments',
    detail: (plan) =>
      `近 ${known(plan.appointmentYears)} 年聘书（正常申报）、劳动（聘用）合同、社保证明、继续教育学时登记证明、著作/论文（确定一篇代表作）、破格审批表（破格申报）`,
  },
  {
    guide: '二.6',
    title: '预览确认并提交',
    step: 'preview',
    detail: () => '预览所有申报信息无误后点击“提交”；助手会列出前面各步仍未解决的错误',
  },
  { guide: '二.6', title: '单位审核', detail: () => '提交后由所在单位审核' },
  {
    guide: '二.7',
    title: '资格审查 → 缴费',
    step: 'records',
    detail: () => '资格审查通过后，按 12333 短信提示在“我的申报记录”点击“马上支付”',
  },
  {
    guide: '二.8',
    title: '报送纸质材料',
    step: 'reviewForm',
    detail: (plan) => `导出带水印的评审表，单位盖章后报送受理部门（截止日期：${known(plan.paperDeadline)}）`,
  },
];

type SessionView =
  | { state: 'loading' }
  | { state: 'seen'; steps: Partial<Record<Step, Finding[]>>; applicationType?: string; plan?: PlanFacts }
  | { state: 'unavailable'; why: string };

const CSS = `
.process { margin: 12px 0; border: 1px solid var(--line, #d0d7de); border-radius: 6px; }
.process > summary { padding: 8px 12px; cursor: pointer; font-weight: 600; }
.process > summary:focus-visible { outline: 2px solid var(--focus, #0b57d0); outline-offset: 2px; }
.process .process-body { padding: 0 12px 12px; }
.process h3 { font-size: 14px; margin: 14px 0 6px; }
.process ol.timeline { list-style: none; margin: 0; padding: 0; }
.process ol.timeline li { position: relative; padding: 2px 0 8px 22px; border-left: 2px solid var(--line, #d0d7de); margin-left: 6px; }
.process ol.timeline li::before { content: ''; position: absolute; left: -7px; top: 7px; width: 10px; height: 10px; border-radius: 50%;
  background: #fff; border: 2px solid var(--line, #d0d7de); }
.process ol.timeline li[data-state='done']::before { background: var(--ok, #1a7f37); border-color: var(--ok, #1a7f37); }
.process ol.timeline li[data-state='open']::before { background: var(--error, #b3261e); border-color: var(--error, #b3261e); }
.process .guide { display: inline-block; min-width: 3em; color: var(--muted, #59636e); font-size: 12px; }
.process .state { margin-left: 6px; font-size: 12px; }
.process li[data-state='done'] .state { color: var(--ok, #1a7f37); }
.process li[data-state='open'] .state { color: var(--error, #b3261e); }
.process .detail { margin: 0; color: var(--muted, #59636e); font-size: 12px; }
.process .deadline { font-weight: 600; }
.process ul.facts { margin: 0; padding-left: 18px; }
.process .missing { color: var(--error, #b3261e); }
.process .plan-chooser label { display: block; font-size: 12px; margin: 6px 0 2px; }
.process .plan-chooser select { font: inherit; max-width: 100%; }
.process .plan-line { font-weight: 600; color: inherit; }
.process .plan-note { color: var(--warn, #874d00); }
`;

export function Process({ send, today, profile, planChoice = browserPlanChoice }: ProcessProps) {
  const [session, setSession] = useState<SessionView>({ state: 'loading' });
  const [choice, setChoice] = useState('');
  const [choiceError, setChoiceError] = useState<string>();

  const load = async () => {
    setSession({ state: 'loading' });
    const tabId = await activeTabId();
    const answer = await send(tabId === undefined ? { type: 'session.get' } : { type: 'session.get', tabId });
    if (answer.type === 'session.findings') {
      setSession({ state: 'seen', steps: answer.steps, applicationType: answer.applicationType, plan: answer.plan });
    } else if (answer.code === 'noTab') {
      setSession({ state: 'unavailable', why: '弹出窗口不属于平台页面所在的标签页，读不到助手在页面上记录的检查结果。' });
    } else {
      setSession({ state: 'unavailable', why: answer.message });
    }
  };
  useEffect(() => {
    void load();
    void planChoice.get().then(setChoice);
  }, []);

  const choose = (id: string) => {
    setChoice(id);
    setChoiceError(undefined);
    planChoice.set(id).catch(() => setChoiceError('无法保存所选计划，请重新打开弹窗后再试。'));
  };

  const facts = session.state === 'seen' ? session.plan : undefined;
  const detected = facts?.name ? resolvePlan(facts) : undefined;
  const plan = resolvePlan(facts, choice || undefined);
  const days = plan.paperDeadline === undefined ? undefined : daysBetween(today, plan.paperDeadline);
  const reminders = remindersFor('records', plan, today);
  const payment = reminders.find((f) => f.ruleId === 'payment.reminder');
  const paper = reminders.find((f) => f.ruleId === 'paper.deadline');
  const type = (session.state === 'seen' ? session.applicationType : undefined) ?? profile?.declaration.type;

  return (
    <details class="process" id="process">
      <style>{CSS}</style>
      <summary>
        申报流程与提醒
        {days !== undefined && days >= 0 && <span class="state">（纸质材料{deadlineShort(days)}）</span>}
      </summary>
      <div class="process-body">
        <PlanChooser
          detected={detected}
          plan={plan}
          choice={choice}
          choices={choosablePlans(Number(today.slice(0, 4)))}
          onChoose={choose}
          error={choiceError}
        />
        <p class="detail" role="status" data-session={session.state}>
          {session.state === 'loading' && '正在读取本次会话的检查进度…'}
          {session.state === 'seen' && '标记来自本次浏览器会话中助手在平台页面上的检查（仅记录错误）。'}
          {session.state === 'unavailable' && `以下只列出流程，不显示检查进度：${session.why}`}
        </p>
        {session.state === 'unavailable' && (
          <button type="button" onClick={() => void load()}>
            重新读取进度
          </button>
        )}
        {type && <p class="detail">申报类型：{type}</p>}

        <h3 id="process-steps">申报步骤（附件2）</h3>
        <ol class="timeline" aria-labelledby="process-steps">
          {PROCESS.map((item) => {
            const seen = session.state === 'seen' && item.step ? session.steps[item.step] : undefined;
            const state = seen === undefined ? 'unseen' : seen.length > 0 ? 'open' : 'done';
            return (
              <li key={`${item.guide}-${item.title}`} data-step={item.step} data-state={state}>
                <span class="guide">{item.guide}</span>
                <strong>{item.title}</strong>
                {seen !== undefined && (
                  <span class="state">{seen.length > 0 ? `已检查 · ${seen.length} 个错误未解决` : '已检查 · 无错误'}</span>
                )}
                <p class="detail">{item.detail(plan)}</p>
                {seen !== undefined && seen.length > 0 && (
                  <ul class="facts">
                    {seen.map((finding, i) => (
                      <li key={i} class="missing" data-finding-rule={finding.ruleId}>
                        {finding.message}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>

        <h3>缴费（二.7）</h3>
        {payment && <p data-finding-rule="payment.reminder">{payment.message}</p>}

        <h3>纸质材料（二.8）</h3>
        <p class="deadline" data-days={days}>
          {deadlineText(plan.paperDeadline, days)}
        </p>
        {paper && <p data-finding-rule="paper.deadline">{paper.message}</p>}

        <h3>考核情况（{plan.assessmentYears?.join('、') ?? '年份未知'}）</h3>
        <Assessments plan={plan} profile={profile} />

        <h3>继续教育学时</h3>
        <ContinuingEducation profile={profile} />
      </div>
    </details>
  );
}

function deadlineShort(days: number): string {
  return days > 0 ? `还剩 ${days} 天` : '今天截止';
}

/** A countdown only for a deadline still ahead; a past one is a date that passed; an unknown one says so. */
function deadlineText(deadline: string | undefined, days: number | undefined): string {
  if (deadline === undefined) return '截止日期：未知（以申报计划的通知为准）';
  if (days === undefined) return `截止日期 ${deadline}`;
  if (days > 0) return `截止 ${deadline}，还剩 ${days} 天`;
  return days === 0 ? `截止 ${deadline}，今天是截止日` : `已于 ${deadline} 截止（本计划的报送期已过）`;
}

/** The plan's years and the profile's result for each; the page text when all are known. */
function Assessments({ plan, profile }: { plan: Plan; profile?: Profile }) {
  if (plan.assessmentYears === undefined) {
    return <p class="detail">本计划的考核年份未知：以申报计划写明的“近三年”为准。</p>;
  }
  const rows = plan.assessmentYears.map((year) => ({ year, result: profile?.assessments.find((a) => a.year === year)?.result }));
  const complete = rows.every((row) => row.result !== undefined);
  return (
    <>
      <ul class="facts">
        {rows.map((row) => (
          <li key={row.year} class={row.result ? undefined : 'missing'}>
            {row.year} 年：{row.result ?? '档案中未填写'}
          </li>
        ))}
      </ul>
      <p class="detail">
        {complete
          ? `“考核情况”应填：${formatAssessment(rows.map((row) => ({ year: row.year, result: row.result as string })))}`
          : '需逐年提供考核表并体现考核结果；在“我的档案 → 考核”中补全后，一键填写会写入规范文本。'}
      </p>
    </>
  );
}

/** Hours per year as the profile records them, newest first. */
function ContinuingEducation({ profile }: { profile?: Profile }) {
  const rows = [...(profile?.continuingEducation ?? [])].sort((a, b) => b.year - a.year);
  if (rows.length === 0) {
    return <p class="detail missing">档案中没有继续教育学时记录；需上传学习新干线或工信继续教育系统的学时登记证明。</p>;
  }
  return (
    <>
      <ul class="facts">
        {rows.map((row, i) => (
          <li key={`${row.year}-${i}`}>
            {row.year} 年：{row.hours} 学时{row.system ? `（${row.system}）` : ''}
          </li>
        ))}
      </ul>
      <p class="detail">上传的继续教育学时登记证明以学习新干线或工信继续教育系统登记的学分为准。</p>
    </>
  );
}

/** The tab the popup was opened over (its id needs no permission); undefined in a tab of its own. */
async function activeTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url?.startsWith('chrome-extension:') ? undefined : tab?.id;
  } catch {
    return undefined;
  }
}
