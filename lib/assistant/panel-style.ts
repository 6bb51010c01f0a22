/** The panel's styles, inside its shadow root. */
export const PANEL_CSS = `
:host { all: initial; }
.panel { box-sizing: border-box; width: 340px; max-height: 70vh; display: flex; flex-direction: column;
  background: #fff; color: #1f2329; border: 1px solid #c9d2e3; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(15, 35, 80, .18);
  font: 13px/1.6 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.header { display: flex; align-items: center; gap: 8px; padding: 8px 12px; background: #1f5fbf; color: #fff;
  border-radius: 7px 7px 0 0; }
.title { margin: 0; font-size: 14px; font-weight: 600; }
.step { flex: 1; font-size: 12px; opacity: .9; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.toggle { font: inherit; font-size: 12px; color: #fff; background: transparent; border: 1px solid rgba(255,255,255,.6);
  border-radius: 4px; padding: 0 8px; cursor: pointer; }
.panel:has(.extra:not(:empty)) { width: 440px; }
.collapsed .body { display: none; }
.panel.collapsed { width: auto; }
.body { padding: 8px 12px 10px; overflow: auto; }
.counts { margin: 0 0 6px; font-weight: 600; }
.plan { margin: 0 0 6px; font-size: 12px; color: #5b6472; }
.plan:empty { display: none; }
.plan-note { display: block; color: #874d00; }
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
.fill { font: inherit; font-weight: 600; color: #fff; background: #1f5fbf; border: 0; border-radius: 4px;
  padding: 5px 14px; cursor: pointer; }
.fill:disabled { background: #a6b5cf; cursor: not-allowed; }
.extra:empty { display: none; }
.extra { margin-top: 8px; }
.privacy { margin: 8px 0 0; font-size: 11px; color: #8a919f; }
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
`;
