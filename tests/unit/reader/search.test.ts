import { describe, expect, it } from 'vitest';
import { searchCorpus } from '../../../lib/reader/search';
import { documents } from '../provenance/support';

describe('searching the corpus', () => {
  it('finds every use, with counts per year and context, oldest document first', () => {
    const result = searchCorpus(' 真抓 实干 ', documents);
    expect(result.query).toBe('真抓实干');
    expect(result.total).toBe(6);
    expect(result.documents).toBe(5);
    expect(result.perYear).toEqual([{ year: 1997, count: 2 }, { year: 2000, count: 2 }]);
    expect(result.hits[0]).toMatchObject({ doc: 'cpc-15', paragraph: 0, from: 0, to: 4, after: '。以邓小平理论为指导，真抓实干。' });
    const p = documents.find((d) => d.meta.id === result.hits[1]!.doc)!.paragraphs[result.hits[1]!.paragraph]!;
    expect(p.slice(result.hits[1]!.from, result.hits[1]!.to)).toBe('真抓实干');
  });

  it('caps the listed hits, never the counts, and finds nothing for an empty query', () => {
    const capped = searchCorpus('真抓实干', documents, 2);
    expect(capped.hits).toHaveLength(2);
    expect(capped.total).toBe(6);
    expect(searchCorpus('  ', documents).total).toBe(0);
  });
});
