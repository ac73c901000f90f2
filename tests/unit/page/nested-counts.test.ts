import { describe, expect, it } from 'vitest';
import type { DictionaryEntry, PhraseKind } from '../../../lib/dictionary/types';
import { buildPhraseIndex, readerCounts } from '../../../lib/page/nested-counts';

function entry(id: string, text: string, kind: PhraseKind = 'slogan', extra: Partial<DictionaryEntry> = {}): DictionaryEntry {
  return { id, text, kind, variants: [], score: 1, occurrences: 3, families: 2, ...extra };
}

const long = entry('e-long', '推动高质量发展');
const short = entry('e-short', '高质量发展');
const other = entry('e-other', '全面从严治党');
const study = entry('e-study', '深入学习贯彻', 'bundle');
const frame = entry('e-frame', '深入学习贯彻…精神', 'frame', { frame: { parts: ['深入学习贯彻', '精神'], maxGap: 20 } });
const entries = [long, short, other, study, frame];
const at = (e: DictionaryEntry) => ({ entry: e, kind: e.kind });

describe('reader counts of nested phrases', () => {
  // A page where 高质量发展 stands alone 6 times and inside 推动高质量发展 3 times (the Henan case).
  const painted = [...Array(6).fill(at(short)), ...Array(3).fill(at(long)), at(other)];

  it('counts the short phrase inside the longer one, as a reader does', () => {
    const rows = readerCounts(painted, buildPhraseIndex(entries));
    const shortRow = rows.find((r) => r.entryId === 'e-short')!;
    expect(shortRow).toMatchObject({ count: 9, painted: 6, nested: 3, containedIn: ['推动高质量发展'] });
    expect(rows.find((r) => r.entryId === 'e-long')).toMatchObject({ count: 3, nested: 0, containedIn: [] });
    expect(rows[0]!.entryId).toBe('e-short');
  });

  it('lists a phrase that occurs only inside longer ones', () => {
    const rows = readerCounts([at(long), at(long)], buildPhraseIndex(entries));
    expect(rows.map((r) => [r.text, r.count])).toEqual([
      ['推动高质量发展', 2],
      ['高质量发展', 2],
    ]);
  });

  it("counts a phrase inside a frame's fixed parts once per frame, not its gap", () => {
    const rows = readerCounts([at(frame), at(study)], buildPhraseIndex(entries));
    expect(rows.find((r) => r.entryId === 'e-study')).toMatchObject({ count: 2, painted: 1, nested: 1, containedIn: ['深入学习贯彻…精神'] });
  });

  it('leaves out phrases the user turned off (not in the index)', () => {
    const rows = readerCounts([at(long)], buildPhraseIndex([long]));
    expect(rows.map((r) => r.entryId)).toEqual(['e-long']);
  });

  it('counts two occurrences inside one longer phrase twice', () => {
    const twice = entry('e-twice', '改革改革再改革');
    const rows = readerCounts([at(twice)], buildPhraseIndex([twice, entry('e-reform', '改革')]));
    expect(rows.find((r) => r.entryId === 'e-reform')?.count).toBe(3);
  });
});
