/**
 * Which platform page this document shows, read like a person reads it: the
 * highlighted item of the wizard's step bar, headings, button captions, the
 * page title and which kinds of fields are present. Never URLs or ids.
 * Every clue is a row of STEP_CLUES; the best total wins when it is clear.
 */
import type { Meaning } from '../meanings';
import type { Step } from '../steps';
import type { Field } from './fields';
import { matchKey } from './match';
import { isHidden } from './visible';
import { nfkc } from './text';
import { OWN_ATTR } from '../assistant/own';

export type ClueSignal = 'active' | 'heading' | 'button' | 'title' | 'text';

export type StepClue =
  | { step: Step; signal: ClueSignal; pattern: string | RegExp; weight: number }
  | { step: Step; signal: 'meaning'; meaning: Meaning; weight: number };

/** Scores; strings are contained-in tests on normalised text (no spaces, NFKC, lower case). */
export const STEP_CLUES: readonly StepClue[] = [
  // 个人基本信息
  { step: 'basicInfo', signal: 'heading', pattern: '个人基本信息', weight: 5 },
  { step: 'basicInfo', signal: 'active', pattern: '个人基本信息', weight: 5 },
  { step: 'basicInfo', signal: 'title', pattern: '个人基本信息', weight: 3 },
  { step: 'basicInfo', signal: 'button', pattern: /^保存/, weight: 1 },
  ...(
    ['name', 'idNumber', 'gender', 'birthDate', 'ethnicity', 'politicalStatus', 'eduLevel', 'school', 'employer', 'workStart'] as const
  ).map((meaning) => ({ step: 'basicInfo' as const, signal: 'meaning' as const, meaning, weight: 1 })),

  // 我的业绩档案
  { step: 'archive', signal: 'heading', pattern: '业绩档案', weight: 5 },
  { step: 'archive', signal: 'active', pattern: '业绩档案', weight: 5 },
  { step: 'archive', signal: 'title', pattern: '业绩档案', weight: 3 },
  { step: 'archive', signal: 'button', pattern: /^(新增|添加)(业绩|成果)?$/, weight: 2 },
  { step: 'archive', signal: 'button', pattern: /^保存/, weight: 1 },
  ...(
    ['achKind', 'achTitle', 'achDate', 'achRole', 'achRank', 'achCollective', 'achPublication', 'achIssn', 'achDescription'] as const
  ).map((meaning) => ({ step: 'archive' as const, signal: 'meaning' as const, meaning, weight: 1 })),

  // 评审计划 with 马上申报
  { step: 'plan', signal: 'button', pattern: '马上申报', weight: 6 },
  { step: 'plan', signal: 'heading', pattern: /申报计划|评审计划/, weight: 4 },
  { step: 'plan', signal: 'title', pattern: /申报计划|评审计划/, weight: 3 },
  { step: 'plan', signal: 'text', pattern: '可评审专业', weight: 2 },

  // the wizard
  { step: 'photo', signal: 'active', pattern: '证件照', weight: 6 },
  { step: 'photo', signal: 'heading', pattern: '上传证件照', weight: 4 },
  { step: 'photo', signal: 'meaning', meaning: 'photo', weight: 3 },

  { step: 'commitment', signal: 'active', pattern: '承诺', weight: 6 },
  { step: 'commitment', signal: 'heading', pattern: /个人承诺|承诺书|保证书/, weight: 4 },
  { step: 'commitment', signal: 'text', pattern: '真实性保证书', weight: 3 },
  { step: 'commitment', signal: 'text', pattern: /扫.{0,6}二维码/, weight: 2 },

  { step: 'declaration', signal: 'active', pattern: '填写申报信息', weight: 6 },
  { step: 'declaration', signal: 'heading', pattern: '填写申报信息', weight: 4 },
  { step: 'declaration', signal: 'meaning', meaning: 'selfReport', weight: 3 },
  { step: 'declaration', signal: 'meaning', meaning: 'office', weight: 2 },
  { step: 'declaration', signal: 'meaning', meaning: 'applicationType', weight: 2 },
  { step: 'declaration', signal: 'meaning', meaning: 'major', weight: 1 },
  { step: 'declaration', signal: 'meaning', meaning: 'workYears', weight: 1 },
  { step: 'declaration', signal: 'meaning', meaning: 'assessment', weight: 1 },
  { step: 'declaration', signal: 'meaning', meaning: 'exceptionalDetail', weight: 1 },

  { step: 'achievements', signal: 'active', pattern: '相关业绩', weight: 6 },
  { step: 'achievements', signal: 'heading', pattern: '选择相关业绩', weight: 4 },

  { step: 'attachments', signal: 'active', pattern: '相关附件', weight: 6 },
  { step: 'attachments', signal: 'heading', pattern: '上传相关附件', weight: 4 },
  ...(['attEducation', 'attAppointment', 'attContract', 'attSocial', 'attCpd', 'attWorks', 'attExceptional'] as const).map((meaning) => ({
    step: 'attachments' as const,
    signal: 'meaning' as const,
    meaning,
    weight: 1.5,
  })),

  { step: 'preview', signal: 'active', pattern: /预览|确认提交|确认申报/, weight: 6 },
  { step: 'preview', signal: 'heading', pattern: /预览确认|确认申报信息/, weight: 4 },
  { step: 'preview', signal: 'button', pattern: /^(确认)?提交(申报)?$/, weight: 3 },

  // after submitting
  { step: 'records', signal: 'button', pattern: '马上支付', weight: 6 },
  { step: 'records', signal: 'heading', pattern: '申报记录', weight: 5 },
  { step: 'records', signal: 'title', pattern: '申报记录', weight: 3 },

  { step: 'reviewForm', signal: 'button', pattern: '导出评审表', weight: 6 },
  { step: 'reviewForm', signal: 'heading', pattern: /评审表/, weight: 3 },
  { step: 'reviewForm', signal: 'text', pattern: /带有.{0,4}水印/, weight: 1 },
];

/** Below this the page is not recognised. */
const MIN_SCORE = 4;

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, caption, [class*=title], [class*=header], [class*=heading], th[colspan]';
const BUTTON_SELECTOR = 'button, input[type=button], input[type=submit], a, [role=button], [onclick]';
const MENU_SELECTOR = 'nav, [role=navigation], [role=menu], [role=menubar], [role=tablist], [class*=menu], [class*=nav], [class*=sidebar]';
const STEP_BAR_CLASS = /step|wizard|progress|flow|process|schedule/i;
const ACTIVE_TOKEN = /^(?:active|current|cur|on|now|doing|selected|process|layui-this)$|[-_](?:active|current|process|doing|now)$/i;

const MAX_ELEMENTS = 400;
const MAX_SHORT_TEXT = 30;
const MAX_PAGE_TEXT = 60_000;

/** The page's step, or undefined when unknown or ambiguous (a shell frame holding only a menu and an iframe). */
export function detectStep(doc: Document, fields: readonly Field[], text?: string): Step | undefined {
  try {
    const shell = fields.length === 0 && doc.querySelector('iframe, frame') !== null;
    const seen = collectSignals(doc, shell, text);
    const meanings = new Set<Meaning>();
    for (const f of fields) if (f.meaning) meanings.add(f.meaning);

    const scores = new Map<Step, number>();
    for (const clue of STEP_CLUES) {
      let hit: boolean;
      if (clue.signal === 'meaning') hit = meanings.has(clue.meaning);
      else hit = seen[clue.signal].some((text) => test(clue.pattern, text));
      if (hit) scores.set(clue.step, (scores.get(clue.step) ?? 0) + clue.weight);
    }
    let best: Step | undefined;
    let bestScore = 0;
    let second = 0;
    for (const [step, score] of scores) {
      if (score > bestScore) {
        second = bestScore;
        best = step;
        bestScore = score;
      } else if (score > second) second = score;
    }
    if (!best || bestScore < MIN_SCORE || bestScore === second) return undefined;
    return best;
  } catch {
    return undefined;
  }
}

function test(pattern: string | RegExp, text: string): boolean {
  if (typeof pattern === 'string') return text.includes(pattern);
  pattern.lastIndex = 0;
  return pattern.test(text);
}

type Signals = Record<ClueSignal, string[]>;

function collectSignals(doc: Document, shell: boolean, text: string | undefined): Signals {
  const signals: Signals = { active: [], heading: [], button: [], title: [], text: [] };
  signals.active = activeStepTexts(doc);
  // Step-bar captions name every step; only the highlighted one counts (above).
  // The text first: it is the cheap test, and most candidates have none that fits.
  for (const el of limited(doc.querySelectorAll(HEADING_SELECTOR))) {
    const text = shortText(el.textContent);
    if (text && !inMenu(el) && !stepBarOf(el) && !isHidden(el)) signals.heading.push(text);
  }
  for (const el of limited(doc.querySelectorAll(BUTTON_SELECTOR))) {
    const raw = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.textContent;
    const text = shortText(raw);
    if (text && !inMenu(el) && !stepBarOf(el) && !isHidden(el)) signals.button.push(text);
  }
  // A shell frame's title and text speak for the whole site, not for one page.
  if (!shell) {
    const title = matchKey(doc.title ?? '');
    if (title) signals.title.push(title);
    signals.text.push(text ?? pageText(doc));
  }
  return signals;
}

function limited(list: NodeListOf<Element>): Element[] {
  const out: Element[] = [];
  for (const el of list) {
    out.push(el);
    if (out.length >= MAX_ELEMENTS) break;
  }
  return out;
}

function shortText(raw: string | null | undefined): string {
  if (!raw) return '';
  const text = matchKey(raw.length > 200 ? raw.slice(0, 200) : raw);
  return text.length > 0 && text.length <= MAX_SHORT_TEXT ? text : '';
}

function inMenu(el: Element): boolean {
  const menu = el.closest(MENU_SELECTOR);
  return menu !== null && !STEP_BAR_CLASS.test(menu.getAttribute('class') ?? '');
}

/** The highlighted item of each step bar (the last one when completed steps stay highlighted too). */
function activeStepTexts(doc: Document): string[] {
  const lastPerBar = new Map<Element, string>();
  let looked = 0;
  for (const el of doc.querySelectorAll(MAYBE_ACTIVE)) {
    if (++looked > 5000) break;
    if (!isActive(el)) continue;
    const bar = el.parentElement && stepBarOf(el.parentElement);
    if (!bar) continue;
    const text = shortText(el.textContent);
    if (text && !isHidden(el)) lastPerBar.set(bar, text);
  }
  return [...lastPerBar.values()];
}

/** A superset of what isActive accepts, so that the selector engine, not script, skips the rest of the page. */
const MAYBE_ACTIVE =
  '[aria-current], [class*=active], [class*=cur], [class~=on], [class*=now], [class*=doing], [class*=selected], [class*=process], [class*=this]';

function isActive(el: Element): boolean {
  const current = el.getAttribute('aria-current');
  if (current && current !== 'false') return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  return cls.split(/\s+/).some((token) => ACTIVE_TOKEN.test(token));
}

/** The step bar the element is part of: itself or an ancestor up to four levels with a step-like class. */
function stepBarOf(el: Element): Element | undefined {
  let a: Element | null = el;
  for (let i = 0; a && i < 4; i += 1, a = a.parentElement) {
    if (STEP_BAR_CLASS.test(a.getAttribute('class') ?? '')) return a;
  }
  return undefined;
}

/**
 * The page's readable text, normalised (NFKC, no whitespace, lower case), bounded. textContent is one native
 * call (a JS walk over a 1000-field page costs milliseconds); the text of
 * scripts and styles is taken out again, since page scripts name steps too.
 */
export function pageText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  let text = body.textContent ?? '';
  // Scripts are no page text, and neither are the assistant's own hints and counters: they quote the plan's
  // words (需为 2021、2022、2023, 已输入 N / 1000 字), and read as the page's own they would change the plan.
  for (const el of body.querySelectorAll(`script, style, noscript, template, [${OWN_ATTR}]`)) {
    const code = el.textContent;
    if (code) text = text.replace(code, '');
  }
  if (text.length > MAX_PAGE_TEXT) text = text.slice(0, MAX_PAGE_TEXT);
  return nfkc(text).replace(/\s+/g, '').toLowerCase();
}
