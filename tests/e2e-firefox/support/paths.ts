import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { missingPrerequisite } from '../../e2e/support/paths';

/** Debian's Firefox ESR: the only Firefox the tests use (puppeteer-core downloads none). */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built Firefox (MV2) add-on, absolute. */
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));

/**
 * One clear line that says what is missing and how to get it, or null when ready. Chromium
 * and its build count too: one test paints the same page in both browsers.
 */
export function missingFirefoxPrerequisite(): string | null {
  if (!existsSync(FIREFOX_PATH)) {
    return `Firefox not found at ${FIREFOX_PATH}: install it with "apt-get update && apt-get install -y firefox-esr" (or set FIREFOX_PATH).`;
  }
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    return `No Firefox build at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first (npm test does this).`;
  }
  return missingPrerequisite();
}
