/**
 * Starts Debian's Chromium with the built extension, with the platform's real
 * host name resolved to the local replica (HTTPS with a throwaway self-signed
 * certificate, so certificate errors are ignored), so the manifest's real
 * match pattern is what runs. Shared by the e2e tests, the benchmarks and
 * the demo.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PLATFORM_HOST = 'zcps.rlsbt.zj.gov.cn';
/** Another site, served by the same replica: a page of another origin (framing the platform, say). */
export const OTHER_HOST = 'elsewhere.example.test';
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
/** The same extension built with `--mode bench`: it adds the photo tool's timing hook, which production builds do not carry. */
export const BENCH_EXTENSION_DIR = path.resolve('.output/chrome-mv3-bench');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** A platform URL as the applicant sees it (https, the real host). */
export function platformUrl(pathname: string): string {
  return `https://${PLATFORM_HOST}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
}

/** The same page over plain http: the assistant must not run there. */
export function platformHttpUrl(pathname: string): string {
  return platformUrl(pathname).replace(/^https:/, 'http:');
}

/** A URL of another site (OTHER_HOST, https), served by the same replica. */
export function otherSiteUrl(pathname: string): string {
  return `https://${OTHER_HOST}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export interface LaunchOptions {
  sitePort: number;
  headless?: boolean;
  /** false: the same browser without the extension (benchmark baselines). */
  withExtension?: boolean;
  viewport?: { width: number; height: number };
  /** Which build to load (default: the production build in EXTENSION_DIR). */
  extensionDir?: string;
}

export async function launchWithExtension(options: LaunchOptions): Promise<Launched> {
  const { sitePort, headless = true, withExtension = true, extensionDir = EXTENSION_DIR } = options;
  if (withExtension && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run npm run build first.`);
  }
  const args = [
    `--host-resolver-rules=MAP ${PLATFORM_HOST} 127.0.0.1:${sitePort}, MAP ${OTHER_HOST} 127.0.0.1:${sitePort}`,
    // The replica's certificate is self-signed, made at start.
    '--ignore-certificate-errors',
    // This machine has no network: keep Chromium from trying.
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=zh-CN',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'zcps-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    args,
    locale: 'zh-CN',
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  if (!withExtension) return { context, extensionId: '', serviceWorker: undefined as unknown as Worker };
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker };
}
