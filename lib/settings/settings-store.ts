/**
 * The settings in `storage.local` (the extension's own, reaching every context), read and
 * written through the browser's API: WXT's storage wrapper added 7 KB to every frame's
 * content script for three calls.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings-schema';

/** The one storage key (WXT's `local:settings` item used the same key). */
const KEY = 'settings';

/** The current settings, always complete and valid. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normalizeSettings(stored[KEY] ?? DEFAULT_SETTINGS);
}

/** Apply a change and store the result; returns what was stored. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Call `listener` with fresh settings whenever any context changes them (not when a write left them as they were). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes[KEY] : undefined;
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    listener(normalizeSettings(change.newValue ?? DEFAULT_SETTINGS));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
