/**
 * 页面诊断: a copy of the page's form structure that an applicant can send
 * when the assistant does not recognise a page, with nothing personal in it.
 *
 * Kept: tags, classes, ids, attributes, label and other short texts, the
 * page's stylesheets inlined (so hidden originals stay hidden and the copy
 * reads like the page), which radio/checkbox/option is chosen.
 * Dropped: scripts, event-handler attributes, javascript: URLs, url(...) in
 * styles, image and frame sources (a frame keeps its element, not its
 * content), comments, the assistant's own nodes and aria-invalid marks,
 * every typed value (value attributes of text-like inputs and hidden ones,
 * textarea text), long free texts (cut to their beginning); a page layer
 * the panel's column pulled in gets its own style attribute back.
 * Masked wherever they occur, in texts and attribute values: every string
 * of the active profile (its vocabulary words such as 中共党员 or 论文 only
 * where a text is exactly that word; and none that the page itself offers as
 * a choice, such as an option 机械工程 or a radio 男: those are the page's
 * words, and which one is chosen may stay), runs of 6 or more digits,
 * e-mail addresses, and person names after a greeting or in a user-name area
 * of the page header (欢迎您，张三 / 用户名：张三).
 *
 * The result is a complete HTML document: dropped into the test corpus it is
 * a test page, and the assistant finds the same fields and labels in it.
 */
import { PULLED_ATTR } from '../assistant/own';
import type { Profile } from '../profile/types';

export const MASK = '＊＊';

export interface RedactOptions {
  /** The active profile's values (profileStrings). */
  secrets: ProfileSecrets;
  /** What the assistant saw, written into the copy's head comment for whoever reads it. */
  step?: string;
  fields?: ReadonlyArray<{ label: string; meaning?: string }>;
  /** For the head comment; defaults to now. */
  savedAt?: Date;
}

export interface RedactCounts {
  controls: number;
  values: number;
  secrets: number;
  digits: number;
  emails: number;
  names: number;
  scripts: number;
  handlers: number;
  frames: number;
  longTexts: number;
}

export interface Redacted {
  html: string;
  counts: RedactCounts;
}

const DIGITS = /(?<!#)[0-9０-９]{6,}/gu;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const NAME = '[\\u4e00-\\u9fa5·]{2,4}';
/** A name after a greeting, or after a user-name caption and a colon. */
const GREETING_NAME = new RegExp(`(欢迎您|您好)([\\s,，:：!！、]*)(${NAME})`, 'gu');
const CAPTION_NAME = new RegExp(`(用户名|用户|姓名|登录人|当前用户|申报人)(\\s*[:：]\\s*)(${NAME})`, 'gu');
/** Page areas that hold the signed-in user's name. */
const USER_AREA = /(^|[-_\s])(user-?name|uname|real-?name|nick-?name|login-?name|login-?user|user-?info|welcome|current-?user)($|[-_\s])/i;
/** Texts longer than this are free text (instructions, a report), not labels: cut. */
const LONG_TEXT = 60;
const KEPT_OF_LONG = 16;
/** Input types whose value attribute is a caption or a choice, not something typed. */
const CHOICE_OR_CAPTION = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'image']);
const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'data', 'xlink:href', 'ping', 'srcdoc'];
const DROPPED_ELEMENTS = 'script,noscript,link,meta,base,template,object,embed,applet';

/** The profile's strings to mask: `anywhere` inside any text, `whole` only where a text or value is exactly one. */
export interface ProfileSecrets {
  anywhere: string[];
  whole: string[];
}

/**
 * Profile keys whose values are words of the platform's own vocabulary
 * (性别, 学历, 申报类型, 业绩类型 …): masked where a text is exactly such a
 * word, never inside a longer text, or 著作/论文/报告/成果 would lose 论文.
 */
const WORD_KEYS = new Set([
  'basic.gender',
  'basic.ethnicity',
  'basic.politicalStatus',
  'education.level',
  'education.degree',
  'work.currentMajor',
  'work.currentTitle',
  'declaration.type',
  'declaration.major',
  'declaration.office',
  'achievements.kind',
  'achievements.role',
  'assessments.result',
  'continuingEducation.system',
]);

/**
 * The profile's strings worth masking: every text of 2 characters or more,
 * and the dates also as 2012年7月1日 / 2012/07/01 / 20120701. Numbers are
 * left to the digit rule (years and ranks are no one's secret).
 */
export function profileStrings(profile: Profile | undefined): ProfileSecrets {
  const anywhere = new Set<string>();
  const whole = new Set<string>();
  // `key` is section.field (education.major), list items keeping their list's name.
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const text = value.trim();
      if (text.length < 2 || key === 'id' || key === 'label') return;
      (WORD_KEYS.has(key) ? whole : anywhere).add(text);
      const date = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
      if (date) {
        const [, y, m, d] = date;
        const forms = d
          ? [`${y}年${Number(m)}月${Number(d)}日`, `${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}${m}${d}`]
          : [`${y}年${Number(m)}月`, `${y}/${m}`, `${y}.${m}`];
        for (const form of forms) anywhere.add(form);
      }
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value && typeof value === 'object') {
      const section = key.split('.')[0];
      for (const [k, v] of Object.entries(value)) visit(v, section ? `${section}.${k}` : k);
    }
  };
  if (profile) visit(profile, '');
  return { anywhere: [...anywhere], whole: [...whole].filter((w) => !anywhere.has(w)) };
}

export function redactPage(doc: Document, options: RedactOptions): Redacted {
  const counts: RedactCounts = {
    controls: 0,
    values: 0,
    secrets: 0,
    digits: 0,
    emails: 0,
    names: 0,
    scripts: 0,
    handlers: 0,
    frames: 0,
    longTexts: 0,
  };
  const body = doc.body;
  const out = doc.implementation.createHTMLDocument('');
  if (!body) return { html: '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body></body></html>\n', counts };

  const vocabulary = pageVocabulary(body);
  const free = (list: readonly string[]) => list.filter((s) => !vocabulary.has(s)).sort((a, b) => b.length - a.length);
  const anywhere = free(options.secrets.anywhere);
  const whole = new Set(free(options.secrets.whole));
  const mask = (text: string): string => {
    if (whole.has(text.trim())) {
      counts.secrets++;
      return text.replace(text.trim(), MASK);
    }
    return maskText(text, anywhere, counts);
  };

  counts.scripts += doc.head?.querySelectorAll('script').length ?? 0;
  const copy = out.importNode(body, true);
  copyChoiceState(body, copy);

  for (const own of [...copy.querySelectorAll('[data-zcps-own]')]) own.remove();
  for (const dropped of [...copy.querySelectorAll(DROPPED_ELEMENTS)]) {
    if (dropped.localName === 'script' || dropped.localName === 'noscript') counts.scripts++;
    dropped.remove();
  }
  const userAreas = [...copy.querySelectorAll<HTMLElement>('[id],[class]')].filter(
    (el) => USER_AREA.test(el.id) || [...el.classList].some((c) => USER_AREA.test(c)),
  );

  for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) cleanElement(el, mask, counts);
  for (const area of userAreas) {
    for (const text of textNodes(area)) {
      const value = text.data.trim();
      if (value && value.length <= 20 && new RegExp(`^${NAME}$`, 'u').test(value) && !/[:：]/.test(value)) {
        text.data = text.data.replace(value, MASK);
        counts.names++;
      }
    }
  }
  for (const text of textNodes(copy)) cleanText(text, mask, counts);
  for (const comment of commentNodes(copy)) comment.remove();

  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeText(mask(doc.title))}</title>`,
    `<style>\n${escapeStyle(maskDigits(stripUrls(pageCss(doc)), counts))}\n</style>`,
  ].join('\n');
  const html = `<!DOCTYPE html>\n${headComment(options, counts, mask)}\n<html${langOf(doc)}><head>\n${head}\n</head>\n${copy.outerHTML}\n</html>\n`;
  return { html, counts };
}

/**
 * Texts that are the page's own choices: option texts and values, radio
 * values and captions, checkbox values. (A checkbox caption may be data,
 * an achievement's title beside its tick box: not vocabulary.)
 */
function pageVocabulary(body: HTMLElement): Set<string> {
  const words = new Set<string>();
  for (const option of body.querySelectorAll('option')) {
    words.add((option.textContent ?? '').trim());
    words.add(option.value.trim());
  }
  for (const input of body.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) words.add(input.value.trim());
  for (const input of body.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
    words.add(input.value.trim());
    const title = input.getAttribute('title');
    if (title) words.add(title.trim());
    for (const label of input.labels ?? []) words.add((label.textContent ?? '').trim());
    const next = input.nextSibling;
    if (next?.nodeType === 3) words.add((next.textContent ?? '').trim());
    else if (next instanceof HTMLElement && next.localName === 'span') words.add((next.textContent ?? '').trim());
  }
  words.delete('');
  return words;
}

/** The live state of choices into attributes (the serialised copy shows what is chosen, nothing typed). */
function copyChoiceState(source: HTMLElement, copy: HTMLElement): void {
  const live = source.querySelectorAll<HTMLInputElement | HTMLOptionElement>('input, option');
  const copied = copy.querySelectorAll<HTMLInputElement | HTMLOptionElement>('input, option');
  if (live.length !== copied.length) return;
  live.forEach((el, i) => {
    const target = copied[i]!;
    if (el instanceof HTMLOptionElement) target.toggleAttribute('selected', el.selected);
    else if (el.type === 'radio' || el.type === 'checkbox') target.toggleAttribute('checked', el.checked);
  });
}

function cleanElement(el: HTMLElement, mask: (text: string) => string, counts: RedactCounts): void {
  const tag = el.localName;
  if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'button') counts.controls++;
  if (tag === 'iframe' || tag === 'frame') {
    counts.frames++;
    const src = el.getAttribute('src');
    // Where the frame pointed, without its query: its content is another document, not saved here.
    if (src && !/^\s*(javascript|data|blob):/i.test(src)) el.setAttribute('data-diagnostic-src', mask(src.split(/[?#]/)[0]!));
  }
  if (tag === 'textarea' && el.textContent) {
    el.textContent = '';
    counts.values++;
  }
  // A layer the panel's column pulled in gets its own style back.
  const pulled = el.getAttribute(PULLED_ATTR);
  if (pulled !== null) {
    el.removeAttribute(PULLED_ATTR);
    if (pulled) el.setAttribute('style', pulled);
    else el.removeAttribute('style');
  }
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on')) {
      el.removeAttribute(attr.name);
      counts.handlers++;
    } else if (name === 'aria-invalid' || name === 'data-cover-check') {
      el.removeAttribute(attr.name);
    } else if (name === 'value' && tag === 'input' && !CHOICE_OR_CAPTION.has((el.getAttribute('type') ?? 'text').toLowerCase())) {
      if (attr.value !== '') counts.values++;
      el.removeAttribute(attr.name);
    } else if (URL_ATTRS.includes(name)) {
      const keep = name === 'href' || name === 'action' || name === 'formaction';
      if (!keep || /^\s*(javascript|data|vbscript):/i.test(attr.value)) {
        if (keep) el.setAttribute(attr.name, '#');
        else el.removeAttribute(attr.name);
      } else el.setAttribute(attr.name, mask(attr.value));
    } else if (name === 'style') {
      el.setAttribute('style', mask(stripUrls(attr.value)));
    } else {
      const masked = mask(attr.value);
      if (masked !== attr.value) el.setAttribute(attr.name, masked);
    }
  }
}

function cleanText(text: Text, mask: (text: string) => string, counts: RedactCounts): void {
  const parent = text.parentElement?.localName;
  if (parent === 'style') {
    text.data = maskDigits(stripUrls(text.data), counts);
    return;
  }
  let value = mask(text.data);
  const trimmed = value.trim();
  if (trimmed.length > LONG_TEXT) {
    value = `${trimmed.slice(0, KEPT_OF_LONG)}…（略去 ${trimmed.length - KEPT_OF_LONG} 字）`;
    counts.longTexts++;
  }
  if (value !== text.data) text.data = value;
}

/** Profile strings, e-mails, header names and long digit runs, in that order. */
function maskText(text: string, secrets: readonly string[], counts: RedactCounts): string {
  if (!text) return text;
  let out = text;
  for (const secret of secrets) {
    if (!out.includes(secret)) continue;
    const parts = out.split(secret);
    counts.secrets += parts.length - 1;
    out = parts.join(MASK);
  }
  out = out.replace(EMAIL, () => {
    counts.emails++;
    return `${MASK}@${MASK}`;
  });
  const name = (_: string, before: string, gap: string) => {
    counts.names++;
    return `${before}${gap}${MASK}`;
  };
  out = out.replace(GREETING_NAME, name).replace(CAPTION_NAME, name);
  return maskDigits(out, counts);
}

function maskDigits(text: string, counts: RedactCounts): string {
  return text.replace(DIGITS, (run) => {
    counts.digits++;
    return '#'.repeat(run.length);
  });
}

/** url(...) can carry addresses and tokens, and would load from the network: emptied. */
function stripUrls(css: string): string {
  return css.replace(/url\(\s*(['"]?)[^)]*?\1\s*\)/giu, 'url()').replace(/@import[^;]*;/giu, '');
}

/** The page's readable stylesheets (its own; another origin's cannot be read and is left out). */
function pageCss(doc: Document): string {
  const parts: string[] = [];
  for (const sheet of doc.styleSheets) {
    const owner = sheet.ownerNode;
    if (owner instanceof Element && owner.closest('[data-zcps-own]')) continue;
    try {
      const rules = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      parts.push(sheet.media.length ? `@media ${sheet.media.mediaText} {\n${rules}\n}` : rules);
    } catch {
      // Cross-origin: not readable, not needed for the structure.
    }
  }
  return parts.join('\n');
}

function headComment(options: RedactOptions, counts: RedactCounts, mask: (text: string) => string): string {
  const at = options.savedAt ?? new Date();
  const lines = [
    '职称申报助手 · 页面诊断',
    `保存时间：${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `助手识别的步骤：${options.step ?? '（未识别）'}`,
    `已去除：脚本 ${counts.scripts} 个、事件属性 ${counts.handlers} 个、填写的值 ${counts.values} 处、档案内容 ${counts.secrets} 处、6 位以上数字 ${counts.digits} 处、邮箱 ${counts.emails} 处、姓名 ${counts.names} 处、长文本 ${counts.longTexts} 段；框架 ${counts.frames} 个只保留元素`,
    '助手读到的字段（标签 → 含义）：',
    ...(options.fields ?? []).map((f) => `  ${mask(f.label) || '（无标签）'} → ${f.meaning ?? '（未识别）'}`),
  ];
  // A comment may not hold "--".
  return `<!--\n${lines.join('\n').replace(/--/g, '—')}\n-->`;
}

function langOf(doc: Document): string {
  const lang = doc.documentElement?.getAttribute('lang');
  return lang && /^[\w-]+$/.test(lang) ? ` lang="${lang}"` : '';
}

function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

function commentNodes(root: Node): Comment[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const out: Comment[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Comment);
  return out;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A stylesheet cannot end its own style element. */
function escapeStyle(css: string): string {
  return css.replace(/<\/style/gi, '<\\/style');
}
