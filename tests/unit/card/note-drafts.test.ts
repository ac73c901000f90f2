import { describe, expect, it } from 'vitest';
import { draftKey, loadDraft, parseTags, saveDraft } from '../../../lib/card/note-drafts';

/** A Storage stand-in backed by a Map. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe('note drafts', () => {
  const target = (entryId: string, url: string) => ({ entryId, page: { url, title: '' } });
  it('keeps one draft per phrase and page, and forgets it once emptied', () => {
    const storage = memoryStorage();
    const a = draftKey(target('e1', 'https://a.gov.cn/1'));
    const b = draftKey(target('e2', 'https://a.gov.cn/1'));
    const c = draftKey(target('e1', 'https://a.gov.cn/2'));
    expect(new Set([a, b, c]).size).toBe(3);
    saveDraft(a, { body: '还没写完', tags: '待查', wholePhrase: true }, storage);
    expect(loadDraft(a, storage)).toEqual({ body: '还没写完', tags: '待查', wholePhrase: true });
    expect(loadDraft(b, storage)).toBeNull();
    saveDraft(a, { body: '  ', tags: '', wholePhrase: false }, storage);
    expect(loadDraft(a, storage)).toBeNull();
  });
  it('reads back nothing from a damaged entry', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(loadDraft('k', storage)).toBeNull();
  });
  it('splits typed tags on ASCII and Chinese commas and spaces', () => {
    expect(parseTags('#作风, 县级，待查  两会')).toEqual(['作风', '县级', '待查', '两会']);
    expect(parseTags('  ')).toEqual([]);
  });
});
