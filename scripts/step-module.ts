/**
 * A build step (Vite plugin, Chromium build only) that writes the step
 * bundle as the ES module the content script imports it as, without the
 * function WXT wraps every unlisted script in.
 *
 * Why: V8 compiles a module's top level off the main thread while the file
 * arrives, but the body of a function inside it only when the function is
 * first called. Wrapped, the whole bundle (about 190 kB) was parsed and
 * compiled on the page's main thread after the first scan and before the
 * first hint: its evaluation took 16 ms on the 1000-field page, 10 ms
 * unwrapped (medians of Chrome's v8.evaluateModule; the figure it shortens
 * is tests/bench/first-hint.bench.ts).
 *
 * Firefox keeps the wrapper: its background runs the bundle as a classic
 * script (tabs.executeScript), where top-level names would be shared.
 */
import { spawnSync } from 'node:child_process';
import type { Plugin } from 'vite';

export const STEP_BUNDLE = 'step-features.js';

/** The parts of an ESTree node this step reads (offsets in UTF-16 code units, as JavaScript strings count). */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * `(function(){ BODY; return EXPR; })();` → `BODY; EXPR;`, from the parsed
 * program; undefined when the code has any other shape (then it is left as
 * it is: a wrapped bundle still works, only later). What a module's top
 * level may not hold (a return in a block, a name declared twice) is for
 * isModule to find.
 */
export function unwrapped(code: string, program: Node): string | undefined {
  const statements = program.body as Node[] | undefined;
  if (statements?.length !== 1) return undefined;
  const call = (statements[0]!.expression ?? undefined) as Node | undefined;
  if (statements[0]!.type !== 'ExpressionStatement' || call?.type !== 'CallExpression') return undefined;
  const fn = call.callee as Node;
  const args = call.arguments as Node[];
  if (fn.type !== 'FunctionExpression' || (fn.params as Node[]).length > 0 || args.length > 0 || fn.async || fn.generator) return undefined;
  const block = fn.body as Node;
  const body = block.body as Node[];
  const last = body[body.length - 1];
  // A return before the end would leave the rest unrun, and a module cannot return.
  if (body.slice(0, -1).some((s) => s.type === 'ReturnStatement')) return undefined;
  const inner = (from: number, to: number) => code.slice(from, to);
  if (last?.type === 'ReturnStatement') {
    const value = last.argument as Node | null;
    const tail = value ? `${inner(value.start, value.end)};` : '';
    return `${inner(block.start + 1, last.start)}${tail}\n`;
  }
  return `${inner(block.start + 1, block.end - 1)}\n`;
}

/** Whether V8 (this Node.js) compiles the code as an ES module, without running it. */
export function isModule(code: string): boolean {
  const check = spawnSync(process.execPath, ['--check', '--input-type=module'], { input: code, encoding: 'utf8' });
  return check.status === 0;
}

export function stepModule(browser: string): Plugin {
  return {
    name: 'zcps-step-module',
    enforce: 'post',
    generateBundle(_options, bundle) {
      if (browser === 'firefox') return;
      const chunk = bundle[STEP_BUNDLE];
      if (chunk?.type !== 'chunk') return;
      try {
        const module = unwrapped(chunk.code, this.parse(chunk.code) as unknown as Node);
        // Only code V8 accepts as a module replaces the wrapped one (a module's top level may not
        // redeclare what a function body may, and the build's parser does not check that).
        if (module !== undefined && isModule(module)) chunk.code = module;
        else this.warn(`${STEP_BUNDLE} kept its wrapper: not the shape this step knows`);
      } catch (error) {
        this.warn(`${STEP_BUNDLE} kept its wrapper: ${String(error)}`);
      }
    },
  };
}
