/**
 * The look of everything the assistant puts on a platform page, in one place:
 * the colours of the three finding levels, the shared tokens, the panel's
 * stylesheet (inside its shadow root) and the inline styles of what sits in
 * the page itself beside the fields (hints, the photo box, counters, slot
 * status pills, the submit question, the panel's host, hidden helpers).
 */
import type { Level } from '../rules/types';

export const FONT = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif';

/** Error red, warn amber, info blue: text, soft background, border, the hint's side bar, the panel's badge. */
export const LEVEL_COLOURS: Record<Level, { text: string; background: string; border: string; bar: string; badge: string }> = {
  error: { text: '#a8071a', background: '#fff1f0', border: '#ffa39e', bar: '#f5222d', badge: '#d4380d' },
  warn: { text: '#874d00', background: '#fffbe6', border: '#ffe58f', bar: '#faad14', badge: '#d48806' },
  info: { text: '#0c4a8c', background: '#e6f4ff', border: '#91caff', bar: '#1677ff', badge: '#1677ff' },
};

export const TOKENS = {
  accent: '#1f5fbf',
  accentDisabled: '#a6b5cf',
  text: '#1f2329',
  body: '#333',
  muted: '#5b6472',
  faint: '#8a919f',
  line: '#c9d3e1',
  rule: '#e5e8ef',
  ruleSoft: '#eef0f4',
  surface: '#fafbfd',
  code: '#f6f8fb',
  ok: '#237804',
  okBackground: '#f0fff4',
  okBorder: '#95de64',
  neutralBackground: '#f5f5f5',
  neutralBorder: '#d9d9d9',
} as const;

const T = TOKENS;
const L = LEVEL_COLOURS;

/** Colours of a soft box in a level's tone (text, background, border). */
export function toneCss(tone: Level | 'ok' | 'neutral'): string {
  if (tone === 'ok') return `color:${T.ok};background:${T.okBackground};border-color:${T.okBorder};`;
  if (tone === 'neutral') return `color:${T.muted};background:${T.neutralBackground};border-color:${T.neutralBorder};`;
  return `color:${L[tone].text};background:${L[tone].background};border-color:${L[tone].border};`;
}

// ------------------------------------------------------------ on the page, inline

const BUTTON = `display:inline-block;box-sizing:border-box;margin:4px 8px 2px 0;padding:2px 12px;min-height:26px;font:12px/1.6 ${FONT};border:1px solid ${T.accent};border-radius:3px;cursor:pointer;vertical-align:middle;`;
const LIST = 'margin:0 0 2px;padding-left:18px;';

// What the content script itself draws, kept apart so that its bundle does not carry the step features' styles.

/**
 * What a page's own rules for every div of a cell or form item (floats,
 * fixed heights, hidden overflow, absolute layers) would do to a box of ours
 * placed there; inline values outrank them.
 */
const BOX_RESET =
  'float:none;position:static;width:auto;height:auto;min-height:0;overflow:visible;visibility:visible;opacity:1;transform:none;';

/** An inline hint after its field. */
export const HINT_STYLE = `${BOX_RESET}display:block;box-sizing:border-box;margin:3px 0;padding:3px 8px;max-width:36em;font:12px/1.6 ${FONT};text-align:left;white-space:normal;border-radius:2px;`;
/**
 * The panel's host: a column at the right edge, above the page, untouched by
 * its styles (width added). Important, because an inline important
 * declaration outranks every rule of the page's stylesheets, important ones
 * included (a page that hides fixed boxes, or styles every div).
 */
export const PANEL_HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;z-index:2147483646!important;' +
  'top:0!important;right:0!important;bottom:0!important;left:auto!important;';
/** The dock's spacer that widens a page which cannot shrink (lib/assistant/dock.ts). */
export const SPACER_STYLE = 'all:initial;position:absolute;top:0;left:0;width:1px;height:1px;visibility:hidden;pointer-events:none;';

/** Inline styles of what the step features put in the page, by what they are. */
export const PAGE_STYLES = {
  /** A box of hint rows (lib/attachments/hint-rows.ts): no look of its own. */
  hintRows: 'display:block;margin:0;padding:0;',
  counter: `${BOX_RESET}display:block;margin:2px 0;font:12px/1.6 ${FONT};color:${T.muted};text-align:right;max-width:36em;`,
  slotStatus: `display:inline-block;margin:2px 8px 2px 0;padding:0 6px;border:1px solid;border-radius:2px;font:12px/1.7 ${FONT};vertical-align:middle;`,
  submitTitle: `margin:6px 0 2px;font:bold 13px/1.6 ${FONT};color:${L.warn.text};text-align:left;`,
  backButton: 'margin-left:8px;padding:0 8px;font-size:12px;line-height:1.8;cursor:pointer;',
  confirmBox: `${BOX_RESET}display:block;margin:8px 0;padding:8px 12px;max-width:36em;border:1px solid ${L.warn.bar};border-radius:2px;background:${L.warn.background};color:${L.warn.text};font:13px/1.8 ${FONT};text-align:left;`,
  confirmText: 'margin:0 0 6px;',
  confirmSecond: 'margin-left:8px;',
  photoBox: `${BOX_RESET}display:block;box-sizing:border-box;clear:both;margin:4px 0;padding:6px 10px;max-width:40em;border:1px solid ${T.line};border-radius:3px;background:${T.surface};color:${T.body};font:12px/1.6 ${FONT};text-align:left;white-space:normal;`,
  photoActions: 'display:block;margin:2px 0 0;',
  primaryButton: `${BUTTON}color:#fff;background:${T.accent};`,
  secondaryButton: `${BUTTON}color:${T.accent};background:#fff;`,
  line: 'margin:2px 0;',
  lineStrong: 'margin:2px 0;font-weight:600;',
  lineMuted: `margin:2px 0;color:${T.muted};`,
  lineWarn: `margin:2px 0;color:${L.warn.text};`,
  lineError: `margin:2px 0;color:${L.error.text};`,
  verdictOk: `margin:2px 0;font-weight:600;color:${T.ok};`,
  verdictWarn: `margin:2px 0;font-weight:600;color:${L.warn.text};`,
  list: LIST,
  listMuted: `${LIST}color:${T.muted};`,
  compare: 'display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;margin:6px 0;',
  figure: 'margin:0;padding:0;display:inline-block;vertical-align:top;max-width:170px;',
  thumbFrame: `position:relative;display:block;width:150px;overflow:hidden;border:1px solid ${T.line};background:#fff;line-height:0;`,
  thumb: 'display:block;width:150px;height:auto;max-width:none;margin:0;border:0;',
  cropGuide: `position:absolute;box-sizing:border-box;border:2px dashed ${T.accent};pointer-events:none;`,
  cropShade: 'box-shadow:0 0 0 9999px rgba(0,0,0,.45);',
  caption: `display:block;margin:4px 0 0;font-size:12px;line-height:1.5;color:${T.body};white-space:normal;`,
  captionLine: 'display:block;',
  captionNote: `display:block;color:${T.muted};`,
  /** The HEIC decoder frame: present, never seen or clicked. */
  hiddenFrame:
    'position:fixed!important;left:0!important;top:0!important;width:1px!important;height:1px!important;' +
    'border:0!important;margin:0!important;padding:0!important;opacity:0!important;pointer-events:none!important;z-index:-2147483647!important;',
} as const;

/** A hint's colours for its level. */
export function hintLevelCss(level: Level): string {
  const colours = L[level];
  return `color:${colours.text};background:${colours.background};border-left:3px solid ${colours.bar};`;
}

/**
 * The one place an inline style is set. What the assistant puts into the
 * platform's own document (not the panel's shadow root) is styled inline:
 * the page's stylesheets would reach a class-styled element, and a <style>
 * of ours would fight their specificity; a style set through the CSSOM is
 * allowed even under a page's strict style-src policy.
 */
export function setStyle(el: HTMLElement, ...parts: string[]): void {
  el.style.cssText = parts.join('');
}

// ------------------------------------------------------------ the panel's shadow root

/** The panel's stylesheet, inside its shadow root. */
export const PANEL_CSS = `
:host { all: initial; }
/* The column: full height at the right edge; the page is narrowed for it (dock.ts). */
.panel { position: relative; box-sizing: border-box; height: 100%; width: 100%; display: flex; flex-direction: column;
  background: #fff; color: ${T.text}; border-left: 1px solid ${T.line}; box-shadow: -2px 0 10px rgba(15, 35, 80, .10);
  font: 13px/1.6 ${FONT}; overflow: hidden; }
.header { flex: none; display: flex; align-items: center; gap: 8px; padding: 8px 10px 8px 12px; background: ${T.accent}; color: #fff; }
.title { margin: 0; font-size: 14px; font-weight: 600; white-space: nowrap; }
.step { flex: 1; min-width: 0; font-size: 12px; opacity: .9; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.toggle { flex: none; font: inherit; font-size: 12px; color: #fff; background: transparent; border: 1px solid rgba(255,255,255,.6);
  border-radius: 4px; padding: 0 8px; cursor: pointer; }
.content { flex: 1; min-height: 0; display: flex; flex-direction: column; }
.summary { flex: none; display: flex; align-items: center; justify-content: space-between; gap: 8px;
  padding: 8px 12px; border-bottom: 1px solid ${T.rule}; }
.counts { margin: 0; font-weight: 600; }
.plan { flex: none; margin: 0; padding: 4px 12px; font-size: 12px; color: ${T.muted}; border-bottom: 1px solid ${T.rule}; }
.plan:empty { display: none; }
.plan-note { display: block; color: ${L.warn.text}; }
.body { flex: 1; min-height: 0; padding: 6px 12px 10px; overflow: auto; }
.footer { flex: none; display: flex; align-items: baseline; gap: 10px; padding: 6px 12px 8px; border-top: 1px solid ${T.rule}; }
.diagnose { flex: none; font-size: 12px; color: ${T.accent}; }
.privacy { margin: 0; font-size: 11px; color: ${T.faint}; }
.rail-counts { display: none; }
/* Collapsed: a slim rail, the toggle on top, the title upright, the counts below. */
.collapsed .header { flex-direction: column; padding: 6px 0; gap: 6px; flex: 1; align-items: center; background: ${T.accent}; }
.collapsed .toggle { order: -1; padding: 0 2px; }
.collapsed .title { writing-mode: vertical-rl; letter-spacing: 2px; font-size: 13px; }
.collapsed .step, .collapsed .content { display: none; }
.collapsed .rail-counts { position: absolute; left: 0; right: 0; bottom: 8px; display: flex; flex-direction: column; align-items: center; gap: 4px; }
.rail-count { min-width: 20px; box-sizing: border-box; padding: 0 4px; border-radius: 10px; text-align: center;
  font-size: 11px; font-weight: 600; color: #fff; }
.rail-count.error { background: ${L.error.badge}; }
.rail-count.warn { background: ${L.warn.badge}; }
.rail-count.zero { background: rgba(255, 255, 255, .25); }
.list { list-style: none; margin: 0 0 8px; padding: 0; }
.item { display: flex; gap: 6px; align-items: baseline; padding: 4px 0; border-bottom: 1px dashed ${T.rule}; }
.badge { flex: none; font-size: 11px; padding: 0 5px; border-radius: 3px; color: #fff; }
.error .badge { background: ${L.error.badge}; }
.warn .badge { background: ${L.warn.badge}; }
.info .badge { background: ${L.info.badge}; }
.text { font: inherit; text-align: left; color: inherit; background: none; border: 0; padding: 0; }
a.text { cursor: pointer; text-decoration: underline dotted; }
button:focus-visible, a:focus-visible { outline: 2px solid ${T.accent}; outline-offset: 2px; }
.empty { margin: 0 0 8px; color: ${T.ok}; }
.fill { flex: none; font: inherit; font-weight: 600; color: #fff; background: ${T.accent}; border: 0; border-radius: 4px;
  padding: 4px 14px; cursor: pointer; }
.fill:disabled { background: ${T.accentDisabled}; cursor: not-allowed; }
.extra:empty { display: none; }
.extra { margin-bottom: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { text-align: left; padding: 2px 4px; border-bottom: 1px solid ${T.ruleSoft}; vertical-align: top; }
.row-actions { display: flex; gap: 8px; margin-top: 6px; }
.row-actions button { font: inherit; padding: 3px 10px; border-radius: 4px; border: 1px solid ${T.accent};
  background: #fff; color: ${T.accent}; cursor: pointer; }
.row-actions button.primary { background: ${T.accent}; color: #fff; }
/* 一键填写 preview and summary (lib/fill/preview.ts) */
.fill-preview, .fill-summary { border-top: 1px solid ${T.rule}; padding-top: 6px; margin-top: 6px; }
.fill-title { margin: 0 0 4px; font-size: 13px; }
.fill-notice { margin: 6px 0 0; color: ${L.warn.text}; }
.fill-pick { display: block; margin: 0 0 6px; }
.fill-preview select { font: inherit; font-size: 12px; max-width: 100%; }
.fill-count { margin: 0 0 4px; color: ${T.muted}; }
.fill-value { word-break: break-all; }
.fill-note { font-size: 11px; color: ${T.faint}; }
.skip-row td { color: ${T.faint}; }
.fill-result { margin: 0 0 4px; font-weight: 600; color: ${T.ok}; }
.fill-failed { margin: 0 0 4px; color: ${L.error.text}; }
/* 页面诊断 (lib/features/diagnostics.ts) */
.diag { border-bottom: 1px solid ${T.rule}; padding-bottom: 8px; }
.diag-note { margin: 0 0 4px; font-size: 12px; color: ${T.muted}; }
.diag-counts { display: flex; flex-wrap: wrap; gap: 2px 10px; margin: 0 0 4px; padding: 0; list-style: none; font-size: 12px; }
.diag-code { margin: 6px 0 0; max-height: 220px; overflow: auto; padding: 6px; background: ${T.code}; border: 1px solid ${T.rule};
  font: 11px/1.45 Consolas, "Courier New", monospace; white-space: pre-wrap; word-break: break-all; }
.empty.failed { color: ${L.error.text}; }
.retry { font: inherit; margin-left: 8px; padding: 0 8px; border: 1px solid ${L.error.text}; border-radius: 3px; background: #fff;
  color: ${L.error.text}; cursor: pointer; }
.fill-map { display: flex; gap: 4px; align-items: center; }
.fill-map-use { font: inherit; font-size: 12px; padding: 0 6px; border: 1px solid ${T.accent}; border-radius: 3px;
  background: #fff; color: ${T.accent}; cursor: pointer; }
`;
