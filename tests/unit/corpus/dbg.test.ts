import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Browser } from 'happy-dom';
import { it } from 'vitest';
import { readPage } from '../../../lib/page/read-page';
const PUBLIC = path.resolve('tests/site/public'); const ORIGIN='https://zcps.rlsbt.zj.gov.cn';
function pageSource(pagePath: string): string {
  const file = (href: string) => readFileSync(path.join(PUBLIC, decodeURIComponent(new URL(href, `${ORIGIN}${pagePath}`).pathname)), 'utf8');
  return file(pagePath).replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (_a, src: string) => `<script>\n${file(src)}\n</script>`).replace(/<script\b[^>]*>/g, '<script>').replace(/<\/script>\s*<script>/g, ';\n').replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g, (_a, href: string) => `<style>${file(href)}</style>`);
}
it('dbg', async () => {
  const browser = new Browser({ settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const tab = browser.newPage();
  tab.url = ORIGIN + process.env.P; tab.content = pageSource(process.env.P!.replace(/#.*/, ''));
  await tab.waitUntilComplete();
  const doc = tab.mainFrame.document as unknown as Document;
  console.log(tab.virtualConsolePrinter.readAsString());
  const r = readPage(doc);
  for (const f of r.fields) console.log(f.kind, JSON.stringify(f.label), f.labelSource, f.meaning, f.members.length, f.el.outerHTML.slice(0, 90), f.widget?.className ?? '', f.record ? f.record.list + f.record.index : '');
});
