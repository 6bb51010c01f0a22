/** The panel's styles, inside its shadow root. */
export const PANEL_CSS = `
:host { all: initial; }
/* The column: full height at the right edge; the page is narrowed for it (dock.ts). */
.panel { position: relative; box-sizing: border-box; height: 100%; width: 100%; display: flex; flex-direction: column;
  background: #fff; color: #1f2329; border-left: 1px solid #c9d2e3; box-shadow: -2px 0 10px rgba(15, 35, 80, .10);
  font: 13px/1.6 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; overflow: hidden; }
.header { flex: none; display: flex; align-items: center; gap: 8px; padding: 8px 10px 8px 12px; background: #1f5fbf; color: #fff; }
.title { margin: 0; font-size: 14px; font-weight: 600; white-space: nowrap; }
.step { flex: 1; min-width: 0; font-size: 12px; opacity: .9; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.toggle { flex: none; font: inherit; font-size: 12px; color: #fff; background: transparent; border: 1px solid rgba(255,255,255,.6);
  border-radius: 4px; padding: 0 8px; cursor: pointer; }
.content { flex: 1; min-height: 0; display: flex; flex-direction: column; }
.summary { flex: none; display: flex; align-items: center; justify-content: space-between; gap: 8px;
  padding: 8px 12px; border-bottom: 1px solid #e5e8ef; }
.counts { margin: 0; font-weight: 600; }
.plan { flex: none; margin: 0; padding: 4px 12px; font-size: 12px; color: #5b6472; border-bottom: 1px solid #e5e8ef; }
.plan:empty { display: none; }
.plan-note { display: block; color: #874d00; }
.body { flex: 1; min-height: 0; padding: 6px 12px 10px; overflow: auto; }
.footer { flex: none; display: flex; align-items: baseline; gap: 10px; padding: 6px 12px 8px; border-top: 1px solid #e5e8ef; }
.diagnose { flex: none; font-size: 12px; color: #1f5fbf; }
.privacy { margin: 0; font-size: 11px; color: #8a919f; }
.rail-counts { display: none; }
/* Collapsed: a slim rail, the toggle on top, the title upright, the counts below. */
.collapsed .header { flex-direction: column; padding: 6px 0; gap: 6px; flex: 1; align-items: center; background: #1f5fbf; }
.collapsed .toggle { order: -1; padding: 0 2px; }
.collapsed .title { writing-mode: vertical-rl; letter-spacing: 2px; font-size: 13px; }
.collapsed .step, .collapsed .content { display: none; }
.collapsed .rail-counts { position: absolute; left: 0; right: 0; bottom: 8px; display: flex; flex-direction: column; align-items: center; gap: 4px; }
.rail-count { min-width: 20px; box-sizing: border-box; padding: 0 4px; border-radius: 10px; text-align: center;
  font-size: 11px; font-weight: 600; color: #fff; }
.rail-count.error { background: #d4380d; }
.rail-count.warn { background: #d48806; }
.rail-count.zero { background: rgba(255, 255, 255, .25); }
.list { list-style: none; margin: 0 0 8px; padding: 0; }
.item { display: flex; gap: 6px; align-items: baseline; padding: 4px 0; border-bottom: 1px dashed #e5e8ef; }
.badge { flex: none; font-size: 11px; padding: 0 5px; border-radius: 3px; color: #fff; }
.error .badge { background: #d4380d; }
.warn .badge { background: #d48806; }
.info .badge { background: #1677ff; }
.text { font: inherit; text-align: left; color: inherit; background: none; border: 0; padding: 0; }
a.text { cursor: pointer; text-decoration: underline dotted; }
button:focus-visible, a:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 2px; }
.empty { margin: 0 0 8px; color: #389e0d; }
.fill { flex: none; font: inherit; font-weight: 600; color: #fff; background: #1f5fbf; border: 0; border-radius: 4px;
  padding: 4px 14px; cursor: pointer; }
.fill:disabled { background: #a6b5cf; cursor: not-allowed; }
.extra:empty { display: none; }
.extra { margin-bottom: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { text-align: left; padding: 2px 4px; border-bottom: 1px solid #eef0f4; vertical-align: top; }
.row-actions { display: flex; gap: 8px; margin-top: 6px; }
.row-actions button { font: inherit; padding: 3px 10px; border-radius: 4px; border: 1px solid #1f5fbf;
  background: #fff; color: #1f5fbf; cursor: pointer; }
.row-actions button.primary { background: #1f5fbf; color: #fff; }
/* 一键填写 preview and summary (lib/fill/preview.ts) */
.fill-preview, .fill-summary { border-top: 1px solid #e5e8ef; padding-top: 6px; margin-top: 6px; }
.fill-title { margin: 0 0 4px; font-size: 13px; }
.fill-notice { margin: 6px 0 0; color: #874d00; }
.fill-pick { display: block; margin: 0 0 6px; }
.fill-preview select { font: inherit; font-size: 12px; max-width: 100%; }
.fill-count { margin: 0 0 4px; color: #5b6472; }
.fill-value { word-break: break-all; }
.fill-note { font-size: 11px; color: #8a919f; }
.skip-row td { color: #8a919f; }
.fill-result { margin: 0 0 4px; font-weight: 600; color: #389e0d; }
.fill-failed { margin: 0 0 4px; color: #a8071a; }
/* 页面诊断 (lib/features/diagnostics.ts) */
.diag { border-bottom: 1px solid #e5e8ef; padding-bottom: 8px; }
.diag-note { margin: 0 0 4px; font-size: 12px; color: #5b6472; }
.diag-counts { display: flex; flex-wrap: wrap; gap: 2px 10px; margin: 0 0 4px; padding: 0; list-style: none; font-size: 12px; }
.diag-code { margin: 6px 0 0; max-height: 220px; overflow: auto; padding: 6px; background: #f6f8fb; border: 1px solid #e5e8ef;
  font: 11px/1.45 Consolas, "Courier New", monospace; white-space: pre-wrap; word-break: break-all; }
`;
