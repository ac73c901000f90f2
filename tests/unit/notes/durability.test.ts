import { describe, expect, it } from 'vitest';
import { guardQuota, isQuotaError, NotesStorageFullError, STORAGE_FULL_TAG } from '../../../lib/notes/quota';
import { requestPersistentStorage } from '../../../lib/notes/persist';
import { NotesRepository } from '../../../lib/notes/repository';
import type { NotesDatabase } from '../../../lib/notes/db/schema';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a full disk', () => {
  it('is recognised whether thrown by a request or wrapped', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('becomes a clear message, and other errors pass through', async () => {
    await expect(guardQuota(() => Promise.reject(quotaError()))).rejects.toBeInstanceOf(NotesStorageFullError);
    await expect(guardQuota(() => Promise.reject(new TypeError('x')))).rejects.toBeInstanceOf(TypeError);
    expect(new NotesStorageFullError().message.startsWith(STORAGE_FULL_TAG)).toBe(true);
  });

  it('makes adding a note fail with that message and announce nothing', async () => {
    let announced = 0;
    const db = { add: () => Promise.reject(quotaError()) } as unknown as NotesDatabase;
    const repo = new NotesRepository(db, { onChange: () => announced++ });
    await expect(repo.add({ entryId: 'e', phrase: 'p', body: '' })).rejects.toThrow(/no room left to save notes/);
    expect(announced).toBe(0);
  });
});

describe('persistent storage', () => {
  it('asks once and reports the answer', async () => {
    let asked = 0;
    const storage = { persisted: async () => false, persist: async () => (asked++, true) };
    expect(await requestPersistentStorage(storage)).toBe('persistent');
    expect(asked).toBe(1);
    expect(await requestPersistentStorage({ persisted: async () => true, persist: async () => false })).toBe('persistent');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe('best-effort');
    expect(await requestPersistentStorage(undefined)).toBe('unknown');
  });
});
