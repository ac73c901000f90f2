import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings-schema';

/** The one storage item. `storage.local` is the extension's own and reaches every context. */
const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

/** The current settings, always complete and valid. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Apply a change and store the result; returns what was stored. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

/** Call `listener` with fresh settings whenever any context changes them. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(normalizeSettings(value)));
}
