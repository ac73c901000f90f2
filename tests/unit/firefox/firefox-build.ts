/**
 * Build the Firefox MV2 extension and run Mozilla's linter over it, for the tests in this
 * folder: the built manifest and the linter's verdict, checked without a browser (the
 * add-on running in Firefox ESR is tests/e2e-firefox/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the builds and the linter run from there. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where `wxt build -b firefox` writes the unpacked add-on. */
export const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');

/** The parts of the built manifest the tests read (WXT writes the rest). */
export interface FirefoxManifest {
  manifest_version: number;
  background: { scripts?: string[]; service_worker?: string };
  action?: unknown;
  browser_action?: { default_popup?: string };
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  browser_specific_settings: { gecko: { id: string; strict_min_version: string; data_collection_permissions?: unknown } };
  key?: string;
  permissions: string[];
  commands: Record<string, { suggested_key: { default: string } }>;
  options_ui: { page: string };
  content_scripts: { js: string[] }[];
  icons: Record<string, string>;
  default_locale: string;
}

/** One finding of `web-ext lint --output json`. */
export interface LintMessage {
  code: string;
  message: string;
  description: string;
  file?: string;
  line?: number;
  column?: number;
}

/** The linter's findings by severity. */
export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

/** Build the Firefox add-on and return its manifest; throws with WXT's output when the build fails. */
export function buildFirefox(): FirefoxManifest {
  try {
    execFileSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`wxt build -b firefox failed:\n${String(stdout)}${String(stderr)}`);
  }
  return JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as FirefoxManifest;
}

/**
 * Run `web-ext lint` (the linter addons.mozilla.org runs on upload) over the build. It
 * exits non-zero when it finds errors, so its JSON is read either way.
 */
export function lintFirefox(): LintReport {
  const result = spawnSync(bin('web-ext'), ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  if (result.error) throw new Error(`web-ext could not run (${result.error.message}): run npm install`);
  const start = result.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report (exit ${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start)) as LintReport;
}

/** One line per finding, for assertion messages a person can act on. */
export function describeFindings(messages: LintMessage[]): string {
  return messages.map((m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''}: ${m.message} ${m.description}`).join('\n');
}
