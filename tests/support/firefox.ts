/**
 * Starts Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core,
 * with the built Firefox add-on installed temporarily and the platform's real
 * host name sent to the local replica through tests/support/platform-proxy.ts
 * (Firefox has no host-resolver switch). The replica's throwaway certificate
 * is accepted, as with Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser } from 'puppeteer-core';
import { PLATFORM_HOST } from './launch';
import { startPlatformProxy, type PlatformProxy } from './platform-proxy';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv2');

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

export interface LaunchedFirefox {
  browser: Browser;
  proxy: PlatformProxy;
  /** The add-on's pages: moz-extension://<uuid>/. */
  extensionOrigin: string;
  close(): Promise<void>;
}

/** The add-on id the build gives Firefox (browser_specific_settings.gecko.id). */
function addonId(): string {
  const manifestPath = path.join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox build has no add-on id (browser_specific_settings.gecko.id).');
  return id;
}

export async function launchFirefox(options: { sitePort: number; headless?: boolean }): Promise<LaunchedFirefox> {
  const id = addonId();
  // Chosen here so that the add-on's pages have a known address.
  const uuid = randomUUID();
  const proxy = await startPlatformProxy({ sitePort: options.sitePort, hosts: [PLATFORM_HOST] });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: options.headless ?? true,
      acceptInsecureCerts: true,
      // The size the panel is laid out for (it never covers a page control from 1366×768 up).
      defaultViewport: { width: 1366, height: 768 },
      // Lets the test open the add-on's own pages (the popup) over BiDi, as the toolbar button would.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // Every request goes through the proxy, which serves the platform host only.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
        'intl.locale.requested': 'zh-CN',
        'intl.accept_languages': 'zh-CN, zh',
      },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== id) throw new Error(`installed add-on ${installed}, expected ${id}`);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
  return {
    browser,
    proxy,
    extensionOrigin: `moz-extension://${uuid}`,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}
