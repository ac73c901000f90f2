import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR } from './paths';

/** Flags that keep Chromium off the network (there is none here) and quiet. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export interface LaunchOptions {
  /** Reuse a profile (for restart and update tests); a fresh one otherwise. */
  userDataDir?: string;
  /** Another build of the extension (update tests). */
  extensionDir?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Headless unless told otherwise (the demo opens a window where a display exists). */
  headless?: boolean;
}

/** Chromium with the built extension loaded, every host name resolved to 127.0.0.1. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  serviceWorker(): Promise<Worker>;
  /** Open an extension page such as 'reader.html#speech=3&p=12'. */
  openExtensionPage(path: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Launch Debian's Chromium with the extension in a persistent profile. */
export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'tifa-e2e-')));
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const fresh = !existsSync(join(userDataDir, 'Default'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: options.locale ?? 'zh-CN',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const serviceWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  // A fresh install opens the first-run page; wait for it, so a test's "newest tab" is its own.
  if (fresh && existsSync(join(extensionDir, 'welcome.html'))) {
    for (let waited = 0; waited < 10_000 && !context.pages().some((p) => p.url().endsWith('/welcome.html')); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
