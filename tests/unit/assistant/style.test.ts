// @vitest-environment happy-dom
/**
 * The injected UI's look lives in lib/assistant/style.ts: no other module of
 * lib/ or entrypoints/ sets an inline style or writes a colour of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HINT_STYLE, LEVEL_COLOURS, PANEL_CSS, hintLevelCss, setStyle } from '../../../lib/assistant/style';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const STYLE_MODULE = 'lib/assistant/style.ts';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FILES = [...sources('lib'), ...sources('entrypoints')].filter((path) => relative(STYLE_MODULE, path) !== '');

/** Lines matching `pattern` outside the style module; `allowed` lines and files are left out. */
function offenders(pattern: RegExp, allowed: { lines?: RegExp; files?: RegExp } = {}): string[] {
  return FILES.filter((path) => !allowed.files?.test(path)).flatMap((path) =>
    readFileSync(join(ROOT, path), 'utf8')
      .split('\n')
      .map((line, index) => ({ line, at: `${path}:${index + 1}` }))
      .filter(({ line }) => pattern.test(line) && !allowed.lines?.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );
}

describe('one style module for the injected UI', () => {
  it('is the only place an inline style is set', () => {
    // 页面诊断 writes style attributes into its redacted copy of the page, not into the page.
    expect(offenders(/\.cssText\s*=|\.style\.[a-zA-Z]+\s*=|setAttribute\(\s*'style'/, { files: /lib\/diagnostics\/redact\.ts$/ })).toEqual(
      [],
    );
  });

  it('holds every colour of the assistant (a canvas filled white aside; the popup has its own sheet)', () => {
    expect(offenders(/['"`(:\s]#[0-9a-fA-F]{3,8}\b/, { lines: /fillStyle = '#ffffff'/, files: /entrypoints\/popup\// })).toEqual([]);
  });

  it('gives each level its own colours, used by the hints and the panel alike', () => {
    const texts = new Set(Object.values(LEVEL_COLOURS).map((colours) => colours.text));
    expect(texts.size).toBe(3);
    for (const [level, colours] of Object.entries(LEVEL_COLOURS)) {
      expect(hintLevelCss(level as keyof typeof LEVEL_COLOURS)).toContain(colours.bar);
      expect(PANEL_CSS).toContain(`.${level} .badge { background: ${colours.badge}; }`);
    }
  });

  it("sets an element's whole inline style from its parts", () => {
    const el = document.createElement('div');
    el.style.color = 'red';
    setStyle(el, HINT_STYLE, hintLevelCss('error'));
    expect(el.style.display).toBe('block');
    expect(el.style.borderLeftStyle).toBe('solid');
    expect(el.style.color).not.toBe('red');
  });
});
