import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFirefox, describeFindings, FIREFOX_DIR, lintFirefox, type FirefoxManifest, type LintMessage } from './firefox-build';

/**
 * The warnings the Firefox build is allowed to carry, each with the reason it stays. A
 * new warning fails the test: fix it, or add it here with a reason.
 */
const EXPLAINED_WARNINGS: { code: string; why: string; holds: (w: LintMessage) => boolean }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's own renderer sets innerHTML for `dangerouslySetInnerHTML`, which our code never passes (tests/unit/conventions)",
    holds: (w) => {
      const line = readFileSync(join(FIREFOX_DIR, w.file!), 'utf8').split('\n')[(w.line ?? 1) - 1] ?? '';
      return w.message.includes('innerHTML') && line.slice(Math.max(0, (w.column ?? 0) - 300), (w.column ?? 0) + 300).includes('__html');
    },
  },
  ...['KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION'].map((code) => ({
    code,
    why: 'data_collection_permissions is required of new add-ons but only read from Firefox 140 (Android 142); 115 ESR ignores it',
    holds: (w: LintMessage) => w.description.includes('data_collection_permissions'),
  })),
];

let manifest: FirefoxManifest;
beforeAll(() => {
  manifest = buildFirefox();
}, 120_000);

describe('the Firefox MV2 manifest', () => {
  it('runs the background as a script, since Firefox MV2 has no service worker', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.background).toEqual(expect.objectContaining({ scripts: ['background.js'] }));
    expect(manifest.background.service_worker).toBeUndefined();
  });

  it('puts the popup on a browser_action, the MV2 name of the toolbar button', () => {
    expect(manifest.action).toBeUndefined();
    expect(manifest.browser_action).toEqual(expect.objectContaining({ default_popup: 'popup.html' }));
  });

  it('lists the per-site origins under optional_permissions, or the popup could not ask for a site', () => {
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  });

  it('keeps one add-on id and a minimum version that has scripting in MV2 with persistent registrations', () => {
    const gecko = manifest.browser_specific_settings.gecko;
    expect(gecko.id).toBe('tifa-lens@tifa-lens.github.io');
    // scripting.* in MV2 arrived in Firefox 102, persistAcrossSessions (lib/sites/user-sites.ts) in 105.
    expect(Number.parseInt(gecko.strict_min_version, 10)).toBeGreaterThanOrEqual(105);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.key).toBeUndefined();
  });

  it('asks for the permissions the background uses', () => {
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'activeTab']));
    for (const command of Object.values(manifest.commands)) {
      expect(command.suggested_key.default).toMatch(/^(Alt|Ctrl|MacCtrl)\+(Shift\+)?[A-Z0-9]$/);
    }
  });

  it('names only files that are in the build, including the script user-sites registers', () => {
    const named = [
      ...(manifest.background.scripts ?? []),
      manifest.browser_action?.default_popup ?? 'popup.html',
      manifest.options_ui.page,
      ...manifest.content_scripts.flatMap((c) => c.js),
      ...Object.values(manifest.icons),
      `_locales/${manifest.default_locale}/messages.json`,
      'content-scripts/content.js',
    ];
    expect(named.filter((file) => !existsSync(join(FIREFOX_DIR, file)))).toEqual([]);
  });
});

describe('web-ext lint on the Firefox build', () => {
  it('finds no errors, and only the warnings explained above', () => {
    const report = lintFirefox();
    expect(report.errors, `web-ext lint errors (run npm run lint:firefox):\n${describeFindings(report.errors)}`).toEqual([]);
    const unexplained = report.warnings.filter((w) => !EXPLAINED_WARNINGS.some((e) => e.code === w.code && e.holds(w)));
    expect(unexplained, `unexplained web-ext lint warnings:\n${describeFindings(unexplained)}`).toEqual([]);
  }, 60_000);
});
