/**
 * Ask the browser to keep the extension's storage under pressure. Only a page can ask
 * (the service worker has no `navigator.storage.persist`); with `unlimitedStorage` Chrome
 * grants it without a prompt.
 */

/** The storage durability the notes page reports. */
export type StorageDurability = 'persistent' | 'best-effort' | 'unknown';

/** Request persistent storage once; never throws. */
export async function requestPersistentStorage(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage): Promise<StorageDurability> {
  if (!storage?.persist) return 'unknown';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}
