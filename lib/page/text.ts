/**
 * Label text as a person reads it: the same label written with full-width
 * punctuation, a red asterisk, a trailing colon or a list number must compare
 * equal. Pure string code, shared by label inference and meaning matching.
 */

/** Longest label kept; the start of a long caption carries its meaning. */
export const LABEL_MAX = 40;

// Zero-width characters, soft hyphens and private-use icon-font glyphs are not text.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad\ue000-\uf8ff]/g;
const REQUIRED_MARKS = /[*※✱✲⁎]|\((?:必填|必选|必填项)\)/g;
const LEADING_NUMBER =
  /^(?:\(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*\)|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[、)]|\.(?!\d)))\s*/;
const TRAILING_COLONS = /[\s:：]+$/;
// Punctuation, symbols and spaces, by block: a \p{…} class would cost a costly compile on every page load.
const ONLY_PUNCTUATION =
  /^[\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]*$/;

/**
 * NFKC, collapse whitespace, drop required marks, trailing colons and a
 * leading list number; '' when nothing but punctuation is left; at most
 * LABEL_MAX characters (the start kept). Never throws.
 */
export function normalizeLabel(raw: string): string {
  if (typeof raw !== 'string' || raw === '') return '';
  // Most captions are plain words, or plain words with a red asterisk and a colon ('*姓名：'): one test reads them.
  if (PLAIN_WORDS.test(raw)) return raw.length > LABEL_MAX ? raw.slice(0, LABEL_MAX) : raw;
  const plain = PLAIN_CAPTION.exec(raw);
  if (plain) {
    const words = plain[1]!;
    return words.length > LABEL_MAX ? words.slice(0, LABEL_MAX) : words;
  }
  // The same captions repeat on every row of a page: remember them (bounded).
  const known = memo.get(raw);
  if (known !== undefined) return known;
  const text = normalize(raw);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(raw, text);
  return text;
}

/**
 * Han characters, ASCII letters and digits (which NFKC leaves as they are),
 * between spaces, one required mark and a trailing colon: normalize would
 * keep exactly the words. No space inside, no brackets or list punctuation,
 * so no list number can start it.
 */
const PLAIN_CAPTION = /^\s*(?:\*\s*)?([\u4e00-\u9fffA-Za-z0-9]+)\s*[:：]?\s*$/;
/** The words alone, as a label already read is matched: tested without making a match array. */
const PLAIN_WORDS = /^[\u4e00-\u9fffA-Za-z0-9]+$/;
const memo = new Map<string, string>();
const MEMO_MAX = 3000;
/** Only these can start a list number; the full pattern runs only after them. */
const NUMBER_START = /^[\d(一二三四五六七八九十]/;

function normalize(raw: string): string {
  let text = raw.length > 400 ? raw.slice(0, 400) : raw;
  text = nfkc(text).replace(ZERO_WIDTH, '');
  text = text.replace(/\s+/g, ' ').replace(REQUIRED_MARKS, '').trim();
  // Numbers go after the asterisks, so '*1.姓名' loses both.
  if (NUMBER_START.test(text)) text = text.replace(LEADING_NUMBER, '');
  text = text.replace(TRAILING_COLONS, '').trim();
  if (ONLY_PUNCTUATION.test(text)) return '';
  if (text.length > LABEL_MAX) text = text.slice(0, LABEL_MAX).trimEnd();
  return text;
}

/** Prompts that wrap a label in placeholders and first options: '请选择学历' → '学历'. */
const PROMPT = /^(?:-+\s*)?(?:请(?:您)?(?:选择|输入|填写|上传|录入)|点击上传|选择|输入|上传)\s*/;

/** The label inside a prompt text; '' for a bare prompt such as '--请选择--'. */
export function stripPrompt(text: string): string {
  const stripped = text.replace(PROMPT, '').replace(/\s*-+$/, '');
  return normalizeLabel(stripped);
}

/** Text of a select's placeholder option ('请选择', '--请选择--', '全部'). */
export function isPromptOption(text: string): boolean {
  const t = normalizeLabel(text);
  return t === '' || /^(?:-+\s*)?请(?:您)?选择/.test(t) || t === '请选择' || t === '全部';
}

/** Button captions that are never a field's label. */
const JUNK_LABELS = new Set([
  '请选择',
  '选择',
  '选择文件',
  '浏览',
  '浏览...',
  '上传',
  '点击上传',
  '上传文件',
  '上传附件',
  '选择图片',
  '添加文件',
  '删除',
  '查看',
  '预览',
  '重置',
  '清空',
  '确定',
  '取消',
]);

/** Whether a normalised text is a caption of a button rather than a label. */
export function isJunkLabel(text: string): boolean {
  return JUNK_LABELS.has(text);
}

/**
 * What a table cell says of a row rather than names it: a flag or a state
 * (是否必传: 是; 状态: 未上传). A cell saying only this is no caption.
 */
const CELL_VALUES = new Set(['是', '否', '有', '无', '必传', '必填', '选填', '非必传', '可选', '必须', '已上传', '未上传', '待上传']);

export function isCellValue(text: string): boolean {
  return CELL_VALUES.has(text);
}

/** A row's number in a 序号 column ('1', '12'): it names nothing, and does not make its row a form row. */
export function isRowNumber(text: string): boolean {
  return /^\d{1,3}$/.test(text);
}

/**
 * NFKC without its cost where it cannot matter: ASCII, CJK unified ideographs
 * and the common Chinese punctuation have no compatibility forms, and the
 * full-width ASCII block (：（）１２) folds by a fixed offset. Only other text
 * goes through String.prototype.normalize, the slowest step of reading a label.
 */
export function nfkc(text: string): string {
  if (NFKC_IDENTITY.test(text)) return text;
  const folded = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  return NFKC_IDENTITY.test(folded) ? folded : folded.normalize('NFKC');
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is unchanged by NFKC
const NFKC_IDENTITY = /^[\u0000-\u007f\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u2018\u2019\u201c\u201d]*$/;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
