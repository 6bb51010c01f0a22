/**
 * A build step (Vite plugin) that asks V8 to compile the content script's
 * functions when it loads it, not on their first call.
 *
 * V8 compiles most functions lazily: on a page's first scan every reading
 * function is parsed and compiled again the moment it is first called, which
 * was about a third of that scan on the replica's largest page. The magic
 * comment `//# allFunctionsCalledOnLoad` (V8's explicit compile hints,
 * Chromium 136+) makes the compile happen with the script instead: at
 * document_start, before the page has been parsed. Other browsers read a
 * comment. `npm run bench` reports both sides: the first scan and the
 * content script's evaluation at document_start.
 *
 * The step bundle stays lazy: it is compiled off the main thread while the
 * page is read, and compiling all of it eagerly there (3.5× the time) only
 * competed with the scan for this machine's two cores.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The content script; the step bundle, the popup, the photo tool and the background stay lazy. */
export const EAGER_BUNDLES: readonly string[] = ['content-scripts/content.js'];

/** The chunk's code with the hint as its first line (V8 reads it only there). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

export function compileHints(): Plugin {
  return {
    name: 'zcps-compile-hints',
    enforce: 'post',
    // After minification (which would drop a comment), before the files are written.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && EAGER_BUNDLES.includes(chunk.fileName)) chunk.code = withCompileHint(chunk.code);
      }
    },
  };
}
