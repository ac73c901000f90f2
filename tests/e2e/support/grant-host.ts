import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Grant the extension an optional host permission in a closed profile, as if the user had
 * accepted the prompt (a headless browser cannot show it). Chromium keeps an unpacked
 * extension's granted and active permissions in the profile's Preferences file.
 */
export function grantHostInProfile(userDataDir: string, extensionId: string, pattern: string): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions: { settings: Record<string, Record<string, { explicit_host?: string[] }>> };
  };
  const settings = prefs.extensions.settings[extensionId];
  if (!settings) throw new Error(`extension ${extensionId} is not in the profile`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = (settings[key] ??= {});
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), pattern])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}
