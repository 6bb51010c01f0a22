import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The platform's only host, https only (lib/platform.ts). The content script,
// the host permission and the e2e tests all use this one pattern.
import { PLATFORM_MATCH } from './lib/platform';

export { PLATFORM_MATCH };

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
    // only; a dynamic URL keeps other sites from probing for the extension.
    web_accessible_resources: [{ resources: ['step-features.js'], matches: [PLATFORM_MATCH], use_dynamic_url: true }],
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
