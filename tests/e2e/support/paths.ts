import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Debian's Chromium: the only browser the tests use (nothing downloads one). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built Chrome extension, absolute. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
/** The fixture pages the local server serves. */
export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages', import.meta.url));
/** Where e2e screenshots are saved for people to look at. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../.output/screenshots', import.meta.url));

/** One clear line that says what is missing and how to get it, or null when ready. */
export function missingPrerequisite(): string | null {
  if (!existsSync(CHROMIUM_PATH)) {
    return `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get update && apt-get install -y chromium fonts-noto-cjk" (or set CHROMIUM_PATH).`;
  }
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    return `No built extension at ${EXTENSION_DIR}: run "npm run build" first (npm test does this).`;
  }
  return null;
}
