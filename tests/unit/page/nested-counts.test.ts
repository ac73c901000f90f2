import { describe, expect, it } from 'vitest';
import type { DictionaryEntry, PhraseKind } from '../../../lib/dictionary/types';
import { buildPhraseIndex, readerCounts, type PaintedSpan } from '../../../lib/page/nested-counts';

function entry(id: string, text: string, kind: PhraseKind = 'slogan', extra: Partial<DictionaryEntry> = {}): DictionaryEntry {
  return { id, text, kind, variants: [], score: 1, occurrences: 3, families: 2, ...extra };
}

const long = entry('e-long', '推动高质量发展');
const short = entry('e-short', '高质量发展');
const other = entry('e-other', '全面从严治党');
const study = entry('e-study', '深入学习贯彻', 'bundle');
const frame = entry('e-frame', '推动…，把…', 'frame', { frame: { parts: ['推动', '，把'], maxGap: 20 } });
const entries = [long, short, other, study, frame];
/** A phrase painted on its own: a span of its own text. */
const alone = (e: DictionaryEntry): PaintedSpan => ({ text: e.text, painted: [{ entry: e, kind: e.kind, start: 0, end: e.text.length }] });

describe('reader counts of nested phrases', () => {
  // A page where 高质量发展 stands alone 6 times and inside 推动高质量发展 3 times (the Henan case).
  const painted = [...Array(6).fill(alone(short)), ...Array(3).fill(alone(long)), alone(other)];

  it('counts the short phrase inside the longer one, as a reader does', () => {
    const rows = readerCounts(painted, buildPhraseIndex(entries));
    expect(rows.find((r) => r.entryId === 'e-short')).toMatchObject({ count: 9, painted: 6, nested: 3, containedIn: ['推动高质量发展'] });
    expect(rows.find((r) => r.entryId === 'e-long')).toMatchObject({ count: 3, nested: 0, containedIn: [] });
    expect(rows[0]!.entryId).toBe('e-short');
  });

  it('lists a phrase that occurs only inside longer ones', () => {
    const rows = readerCounts([alone(long), alone(long)], buildPhraseIndex(entries));
    expect(rows.map((r) => [r.text, r.count])).toEqual([
      ['推动高质量发展', 2],
      ['高质量发展', 2],
    ]);
  });

  it('counts what a frame spans, gap included, without counting the painted gap phrase twice', () => {
    // 推动高质量发展，把推动高质量发展: the frame 推动…，把… paints its parts; 高质量发展 in its gap is painted on its own.
    const text = '推动高质量发展，把推动高质量发展';
    const span: PaintedSpan = {
      text,
      painted: [
        { entry: frame, kind: 'frame', start: 0, end: text.length },
        { entry: short, kind: 'slogan', start: 2, end: 7 },
      ],
    };
    const rows = readerCounts([span], buildPhraseIndex(entries));
    expect(rows.find((r) => r.entryId === 'e-long')).toMatchObject({ count: 2, painted: 0, nested: 2, containedIn: ['推动…，把…'] });
    expect(rows.find((r) => r.entryId === 'e-short')).toMatchObject({ count: 2, painted: 1, nested: 1 });
    expect(rows.find((r) => r.entryId === 'e-frame')).toMatchObject({ count: 1, painted: 1 });
  });

  it('leaves out phrases the user turned off (not in the index)', () => {
    const rows = readerCounts([alone(long)], buildPhraseIndex([long]));
    expect(rows.map((r) => r.entryId)).toEqual(['e-long']);
  });

  it('counts two occurrences inside one longer phrase twice', () => {
    const twice = entry('e-twice', '改革改革再改革');
    const rows = readerCounts([alone(twice)], buildPhraseIndex([twice, entry('e-reform', '改革')]));
    expect(rows.find((r) => r.entryId === 'e-reform')?.count).toBe(3);
  });
});
