/**
 * Debian's Firefox ESR with the built MV2 add-on, driven by puppeteer-core over WebDriver
 * BiDi. The add-on is installed as a temporary add-on; `network.dns.localDomains` sends the
 * listed host names (real `*.gov.cn` names, so the manifest's match patterns apply) to the
 * local fixture server.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH } from './paths';

/** What a test file may choose about its Firefox. */
export interface FirefoxLaunchOptions {
  /** Host names that resolve to 127.0.0.1 (Firefox takes no wildcard here). */
  hosts: string[];
  /** navigator.language, which the add-on's UI follows. */
  language?: string;
}

/** Firefox with the add-on, its moz-extension:// origin and a download folder. */
export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The add-on's id from its manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://<uuid>: Firefox picks the UUID per profile at install. */
  origin: string;
  profileDir: string;
  downloadDir: string;
  /** A new tab whose main world keeps the untouched highlight registry (see tests/e2e/support/highlights.ts). */
  newPage(): Promise<Page>;
  /** Open an extension page such as 'popup.html?tab=3' in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** The add-on's per-profile UUID, as Firefox records it in the profile's prefs.js at install. */
async function addonUuid(profileDir: string, addonId: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const prefs = await readFile(join(profileDir, 'prefs.js'), 'utf8').catch(() => '');
    const line = prefs.split('\n').find((l) => l.includes('"extensions.webextensions.uuids"'));
    if (line) {
      const json = JSON.parse(JSON.parse(line.slice(line.indexOf(',') + 1, line.lastIndexOf(')')).trim()) as string) as Record<string, string>;
      if (json[addonId]) return json[addonId];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${addonId} has no UUID in ${profileDir}/prefs.js`);
}

/** Navigate a tab over BiDi and wait for its load event (puppeteer's goto loses a moz-extension:// load). */
export async function navigate(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await bidi(page.browser()).send('browsingContext.navigate', { context, url, wait: 'complete' });
}

/** The raw WebDriver BiDi connection puppeteer holds (for what its API does not offer). */
export function bidi(browser: Browser): { send(method: string, params: object): Promise<{ result: unknown }> } {
  return (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
}

/** Launch Firefox ESR in a fresh profile and install the built add-on. */
export async function launchFirefox(options: FirefoxLaunchOptions): Promise<FirefoxExtensionBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'tifa-firefox-'));
  const downloadDir = await mkdtemp(join(tmpdir(), 'tifa-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
    // Lets BiDi load moz-extension:// pages into a tab (Firefox refuses by default).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': options.hosts.join(','),
      'intl.accept_languages': options.language ?? 'zh-CN, zh',
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  const manifest = JSON.parse(await readFile(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (addonId !== manifest.browser_specific_settings.gecko.id) throw new Error(`installed ${addonId}, expected the manifest's id`);
  const origin = `moz-extension://${await addonUuid(profileDir, addonId)}`;
  const newPage = async () => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as Record<string, unknown>;
      w.__tifaRegistry = (CSS as unknown as { highlights?: unknown }).highlights;
      w.__tifaRange = Range;
    });
    return page;
  };
  return {
    browser,
    addonId,
    origin,
    profileDir,
    downloadDir,
    newPage,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await navigate(page, `${origin}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await rm(profileDir, { recursive: true, force: true });
      await rm(downloadDir, { recursive: true, force: true });
    },
  };
}
