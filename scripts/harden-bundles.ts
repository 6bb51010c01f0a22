/**
 * A build step (Vite plugin) that takes out of our bundles the two things an
 * extension must not carry and that we never use:
 *
 * - zod's `new Function` (its eval probe and its JIT compiler). We run zod
 *   `jitless` (lib/profile/schema.ts), so neither is ever reached; MV3's CSP
 *   forbids them anyway, and store linters (web-ext lint) flag their mere
 *   presence.
 * - Preact's `dangerouslySetInnerHTML` (an innerHTML assignment). The UI
 *   builds text only; without this line no render path can turn a string
 *   into markup.
 *
 * Each patch names the library file and the exact text it replaces. When a
 * library update moves that text, the build fails here, loudly, rather than
 * shipping the old code unnoticed.
 */
import type { Plugin } from 'vite';

export interface BundlePatch {
  /** Which module (its resolved file path). */
  module: RegExp;
  find: string | RegExp;
  replace: string;
  why: string;
}

export const BUNDLE_PATCHES: readonly BundlePatch[] = [
  {
    module: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/,
    replace: 'return false;',
    why: "zod's eval probe: report that eval is unavailable",
  },
  {
    module: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    find: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/,
    replace: 'compile() {\n        throw new Error("zod JIT is disabled in this extension (jitless)");\n    }',
    why: "zod's JIT compiler: never reached under jitless",
  },
  {
    module: /[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs)$/,
    find: /\((\w)\.innerHTML=(\w)\.__html\)/,
    replace: '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in this extension")})()',
    why: "preact's dangerouslySetInnerHTML: the extension never renders markup from strings",
  },
];

/** Applies the patches of this module to its code; throws when a patch no longer finds its text. */
export function patchModule(id: string, code: string, patches: readonly BundlePatch[] = BUNDLE_PATCHES): string {
  let out = code;
  for (const patch of patches) {
    if (!patch.module.test(id)) continue;
    const next = out.replace(patch.find, patch.replace);
    if (next === out)
      throw new Error(`harden-bundles: "${patch.why}" no longer matches ${id}; the library changed, update scripts/harden-bundles.ts`);
    out = next;
  }
  return out;
}

export function hardenBundles(): Plugin {
  return {
    name: 'zcps-harden-bundles',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!BUNDLE_PATCHES.some((patch) => patch.module.test(file))) return null;
      return { code: patchModule(file, code), map: null };
    },
  };
}
