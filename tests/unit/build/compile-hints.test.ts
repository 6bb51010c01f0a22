import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, EAGER_BUNDLES, compileHints, withCompileHint } from '../../../scripts/compile-hints';

function chunk(fileName: string, code: string) {
  return { type: 'chunk' as const, fileName, code };
}

describe('compile-hints', () => {
  it('puts the hint on the first line, once', () => {
    expect(withCompileHint('(function(){})();')).toBe(`${COMPILE_HINT}\n(function(){})();`);
    expect(withCompileHint(withCompileHint('x();'))).toBe(`${COMPILE_HINT}\nx();`);
  });

  it('marks the content script only', () => {
    const bundle = {
      content: chunk('content-scripts/content.js', 'a();'),
      features: chunk('step-features.js', 'b();'),
      background: chunk('background.js', 'c();'),
      popup: chunk('chunks/popup-1.js', 'd();'),
    };
    const plugin = compileHints();
    const generate = plugin.generateBundle as (this: unknown, options: unknown, bundle: Record<string, { code: string }>) => void;
    generate.call({}, {}, bundle);
    expect(bundle.content.code.startsWith(COMPILE_HINT)).toBe(true);
    expect(bundle.features.code).toBe('b();');
    expect(bundle.background.code).toBe('c();');
    expect(bundle.popup.code).toBe('d();');
    expect(EAGER_BUNDLES).toEqual(['content-scripts/content.js']);
  });
});
