import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { compileHints } from './scripts/compile-hints';
import { hardenBundles } from './scripts/harden-bundles';
import { stepModule } from './scripts/step-module';

// The platform's only host, https only (lib/platform.ts). The content script,
// the host permission and the e2e tests all use this one pattern.
import { PLATFORM_MATCH } from './lib/platform';

export { PLATFORM_MATCH };

/** The add-on's id on addons.mozilla.org (any stable e-mail-like id will do; it never changes). */
export const FIREFOX_ADDON_ID = 'zcps-assistant@zcps-helper.extension';

export default defineConfig({
  // No Function constructor and no innerHTML sink in any bundle (scripts/harden-bundles.ts);
  // the content script compiled when loaded, not at its first calls (scripts/compile-hints.ts);
  // the step bundle written as the module Chromium imports it as (scripts/step-module.ts).
  vite: (env) => ({ plugins: [preact(), hardenBundles(), compileHints(), stepModule(env.browser)] }),
  manifest: ({ browser }) => ({
    name: '职称申报助手',
    short_name: '职称申报助手',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    host_permissions: [PLATFORM_MATCH],
    // Extension pages (the photo tool, the HEIC decoder frame) may compile
    // WebAssembly (libheif); content scripts on the platform page never do.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          // A fixed add-on id (storage and address kept across installs; AMO needs it) and
          // a statement of what is collected: nothing. The background injects the step
          // bundle there, so only the HEIC decoder page the photo gate frames is web-accessible.
          browser_specific_settings: { gecko: { id: FIREFOX_ADDON_ID, data_collection_permissions: { required: ['none'] } } },
          web_accessible_resources: [{ resources: ['heic-decoder.html'], matches: [PLATFORM_MATCH] }],
        }
      : {
          // The step features bundle, imported by the content script on the platform
          // only, and the HEIC decoder page the photo gate frames there; a dynamic
          // URL keeps other sites from probing for the extension.
          web_accessible_resources: [
            { resources: ['step-features.js', 'heic-decoder.html'], matches: [PLATFORM_MATCH], use_dynamic_url: true },
          ],
        }),
  }),
});
