import { describe, expect, it } from 'vitest';
import { parseAst } from 'rolldown/parseAst';
import { STEP_BUNDLE, isModule, stepModule, unwrapped } from '../../../scripts/step-module';

type Program = Parameters<typeof unwrapped>[1];
const parsed = (code: string) => parseAst(code) as unknown as Program;

describe('step-module: unwrapped', () => {
  it.each([
    // WXT's wrapper: the body, then the call of the script's main as its last statement.
    [
      '(function(){var s="中文";function f(){return s}return(()=>{return f()})()})();',
      'var s="中文";function f(){return s}(()=>{return f()})();\n',
    ],
    ['(function() {\n\tvar a = 1;\n\treturn a;\n})();\n', '\n\tvar a = 1;\n\ta;\n'],
    ['(function(){var a=1;return})();', 'var a=1;\n'],
    ['(function(){var a=1})();', 'var a=1\n'],
  ])('%j → %j', (code, module) => {
    expect(unwrapped(code, parsed(code))).toBe(module);
  });

  it.each([
    ['two statements', 'var a;(function(){a=1})();'],
    ['a function with parameters', '(function(w){w.a=1})(window);'],
    ['an arrow function', '(()=>{var a=1})();'],
    ['a return before the end', '(function(){return;y()})();'],
    ['no call', '(function(){var a=1});'],
    ['an async function', '(async function(){await x})();'],
  ])('leaves %s alone', (_what, code) => {
    expect(unwrapped(code, parsed(code))).toBeUndefined();
  });
});

describe('step-module: isModule', () => {
  it('asks V8, which knows what a module may not redeclare', () => {
    expect(isModule('var a=1;export{}')).toBe(true);
    expect(isModule('var e;function e(){}')).toBe(false);
    expect(isModule('return 1')).toBe(false);
  });
});

describe('step-module: the plugin', () => {
  const run = (browser: string, code: string) => {
    const bundle = { [STEP_BUNDLE]: { type: 'chunk' as const, fileName: STEP_BUNDLE, code } };
    const warnings: string[] = [];
    const context = { parse: (text: string) => parseAst(text), warn: (message: string) => warnings.push(message) };
    const generate = stepModule(browser).generateBundle as unknown as (this: unknown, options: unknown, b: typeof bundle) => void;
    generate.call(context, {}, bundle);
    return { code: bundle[STEP_BUNDLE].code, warnings };
  };

  it('unwraps the Chromium bundle', () => {
    expect(run('chrome', '(function(){var a=1;return(()=>a)()})();')).toEqual({ code: 'var a=1;(()=>a)();\n', warnings: [] });
  });

  it('keeps the Firefox bundle wrapped: it runs as a classic script', () => {
    expect(run('firefox', '(function(){var a=1})();').code).toBe('(function(){var a=1})();');
  });

  it.each([
    ['a name declared twice (allowed in a function, not in a module)', '(function(){var e;function e(){}})();'],
    ['a return inside a block', '(function(){if(x)return;y()})();'],
  ])('keeps the wrapper, with a warning, for %s', (_what, code) => {
    const result = run('chrome', code);
    expect(result.code).toBe(code);
    expect(result.warnings).toHaveLength(1);
  });
});
