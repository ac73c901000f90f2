/**
 * The shipped dictionary is read one entry at a time: a frame must get back exactly the
 * entries the build wrote (whatever fields they carry), and pay only for those it touches.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendedFrom, appendEntries, baseEntries, encodeEntryLines, lazyEntries, lazyFrameIndices, lazyKindIndex } from '../../../lib/dictionary/lazy-entries';
import { readShippedAsset, shippedAssetBytes } from '../../../lib/dictionary/shipped';
import { toMatcherPatterns } from '../../../lib/dictionary/patterns';
import { entryKindIndex } from '../../../lib/highlighter/stats';
import { dictionary } from './artifacts';

const shipped = () => {
  const bytes = shippedAssetBytes(dictionary);
  return readShippedAsset(bytes.slice().buffer as ArrayBuffer)!.dictionary;
};

afterEach(() => vi.restoreAllMocks());

describe('lazily read dictionary entries', () => {
  it('give back the committed dictionary exactly, as an array', () => {
    const d = shipped();
    expect(d).toEqual(dictionary);
    expect(Array.isArray(d.entries)).toBe(true);
    expect([...d.entries].map((e) => e.id)).toEqual(dictionary.entries.map((e) => e.id));
    expect(d.entries.filter((e) => e.frame).length).toBe(dictionary.entries.filter((e) => e.frame).length);
  });

  it('keep fields the build may add later, and entries without optional ones', () => {
    const entries = [
      { ...dictionary.entries[0]!, firstSeen: '1992-10-12', sources: [{ doc: 'cpc-14', at: 3 }] },
      { id: 'x', text: '高度重视', kind: 'bundle', variants: [], score: 1, occurrences: 2, families: 1 },
    ] as unknown as typeof dictionary.entries;
    const { meta, lines } = encodeEntryLines({ ...dictionary, entries });
    expect([...lazyEntries(meta, lines)]).toEqual(entries);
  });

  it('make one entry per first access (then the same object), not the whole dictionary', () => {
    const d = shipped();
    const parse = vi.spyOn(JSON, 'parse');
    const kinds = entryKindIndex(d.entries);
    const frames = toMatcherPatterns(d.entries, true);
    expect(parse).toHaveBeenCalledTimes(frames.length > 0 ? new Set(frames.map((p) => p.entry)).size : 0);
    parse.mockClear();
    const e = d.entries[7]!;
    expect(d.entries[7]).toBe(e);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(e).toEqual(dictionary.entries[7]);
    expect(kinds).toEqual(entryKindIndex(dictionary.entries));
    expect(lazyKindIndex(dictionary.entries)).toBeUndefined();
    expect(lazyFrameIndices(d.entries)).toEqual(dictionary.entries.flatMap((x, i) => (x.frame ? [i] : [])));
  });
});

describe('entries appended to a lazily read dictionary (the page-time patterns)', () => {
  it('come after the dictionary without making any of its entries, and keep its kind and frame indices', () => {
    const d = shipped();
    const parse = vi.spyOn(JSON, 'parse');
    const extra = [{ id: 'pattern:quoted-list', text: '“…、…”', kind: 'formula' as const, variants: [], score: 1, occurrences: 0, families: 0 }];
    const all = appendEntries(d.entries, extra);
    expect(all.length).toBe(d.entries.length + 1);
    expect(all[d.entries.length]!.id).toBe('pattern:quoted-list');
    expect(baseEntries(all)).toBe(d.entries);
    expect(appendedFrom(all)).toBe(d.entries.length);
    expect(lazyKindIndex(all)![d.entries.length]).toBe(2);
    expect(lazyFrameIndices(all)).toEqual(lazyFrameIndices(d.entries));
    expect(parse).not.toHaveBeenCalled();
  });

  it('are a plain copy after an ordinary list', () => {
    const list = dictionary.entries.slice(0, 2);
    const all = appendEntries(list, [list[0]!]);
    expect(all).toEqual([...list, list[0]]);
    expect(baseEntries(all)).toBeUndefined();
  });
});
