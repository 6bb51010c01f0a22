import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The platform's only host. The content script, the host permission and the
// e2e tests all use this one pattern.
export const PLATFORM_MATCH = '*://zcps.rlsbt.zj.gov.cn/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '职称申报助手',
    short_name: '职称申报助手',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    host_permissions: [PLATFORM_MATCH],
    // The step features bundle, fetched by the content script on the platform
    // only, and the HEIC decoder page the photo gate frames there; a dynamic
    // URL keeps other sites from probing for the extension.
    web_accessible_resources: [{ resources: ['step-features.js', 'heic-decoder.html'], matches: [PLATFORM_MATCH], use_dynamic_url: true }],
    // Extension pages (the photo tool, the HEIC decoder frame) may compile
    // WebAssembly (libheif); content scripts on the platform page never do.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    action: { default_title: '__MSG_actionTitle__' },
    // Firefox: a fixed add-on id, so that the extension keeps its storage and address across installs.
    browser_specific_settings: { gecko: { id: 'zcps-assistant@zcps-helper.extension' } },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
