import { describe, expect, it } from 'vitest';
import { buildProvenanceIndex } from '../../../lib/provenance/build-index';
import { FIRST_PAGE, lookupProvenance, provenancePage } from '../../../lib/provenance/lookup';
import { rankOccurrences, spreadOrder } from '../../../lib/provenance/rank';
import { summariseUsage } from '../../../lib/provenance/summary';
import { doc, documents, entry } from './support';

const entries = [entry('a', '真抓实干'), entry('b', '反对形式主义'), entry('z', '从未出现的提法')];
const index = buildProvenanceIndex('v', entries, documents);
const paragraphs = async (meta: { id: string }) => documents.find((d) => d.meta.id === meta.id)!.paragraphs;

describe('an entry\'s use across the corpus', () => {
  it('names its first and last dated use, never an undated seed speech', () => {
    const a = summariseUsage(index.occurrences.a!, index.documents);
    expect(a.first?.id).toBe('cpc-15');
    expect(a.last?.id).toBe('gwr-2000');
    expect(a.total).toBe(6);
    const b = summariseUsage(index.occurrences.b!, index.documents);
    expect([b.first?.id, b.last?.id]).toEqual(['gwr-1990', 'gwr-1990']);
  });

  it('counts uses per year over the corpus span, telling years without documents from years without uses', () => {
    const { timeline } = summariseUsage(index.occurrences.a!, index.documents);
    expect(timeline.from).toBe(1990);
    expect(timeline.counts).toHaveLength(11);
    expect(timeline.counts[1997 - 1990]).toBe(2);
    expect(timeline.counts[2000 - 1990]).toBe(2);
    expect(timeline.covered[1990 - 1990]).toBe(true);
    expect(timeline.covered[1995 - 1990]).toBe(false);
  });

  it('peaks where the phrase is densest, not where the corpus is largest', () => {
    const many = [
      doc({ id: 'r-2001', date: '2001-03-01', year: 2001, family: 1 }, ['真抓实干。'.padEnd(40, '文')]),
      ...Array.from({ length: 5 }, (_, i) => doc({ id: `p-2002-${i}`, date: '2002-01-01', year: 2002, family: 2 + i }, [`${i === 0 ? '真抓实干，真抓实干。' : ''}${'文'.repeat(400)}`])),
    ];
    const idx = buildProvenanceIndex('v', entries, many);
    const { timeline } = summariseUsage(idx.occurrences.a!, idx.documents);
    expect(timeline.counts).toEqual([1, 2]);
    expect(timeline.peak).toBe(2001);
  });

  it('counts documents, near-copies once, and the seed speeches', () => {
    const { spread } = summariseUsage(index.occurrences.a!, index.documents);
    expect(spread).toMatchObject({ documents: 5, distinct: 4, copies: 2, years: 2, seedSpeeches: 2 });
    expect(spread.genres).toEqual({ speech: 2, 'congress-report': 1, 'work-report': 2 });
    expect(spread.levels).toEqual({ local: 2, national: 2, provincial: 1 });
  });
});

describe('occurrences best first', () => {
  it('spreads years: the last, the first, then the middle', () => {
    expect(spreadOrder([1, 2, 3, 4, 5])).toEqual([5, 1, 3, 2, 4]);
    expect(spreadOrder([1, 2])).toEqual([2, 1]);
  });

  it('leads with the earliest use, then one line per seed speech family, then a spread over time', () => {
    const order = rankOccurrences(index.occurrences.a!, index.documents).map((i) => index.documents[index.occurrences.a![i * 4]!]!.id);
    expect(order[0]).toBe('cpc-15');
    expect(order[1]).toBe('seed-1');
    expect(order.slice(2, 4)).toEqual(['prov-2000-x', 'cpc-15']);
    expect([...order].sort()).toEqual(['cpc-15', 'cpc-15', 'gwr-2000', 'prov-2000-x', 'seed-1', 'seed-2']);
  });

  it('cuts each line\'s context from the document text, and pages through all of them', async () => {
    const answer = (await lookupProvenance(entries[0], index, paragraphs))!;
    expect(answer.lines).toHaveLength(FIRST_PAGE);
    expect(answer.lines[0]).toMatchObject({ doc: 'cpc-15', paragraph: 0, match: '真抓实干', before: '', after: '。以邓小平理论为指导，真抓实干。' });
    expect(answer.documents['cpc-15']?.genre).toBe('congress-report');
    expect(answer.corpusDocuments).toBe(documents.length);
    const rest = await provenancePage('a', index, paragraphs, FIRST_PAGE, 10);
    expect(rest.offset).toBe(FIRST_PAGE);
    const all = [...answer.lines, ...rest.lines].map((l) => `${l.doc}:${l.from}`);
    expect(all).toHaveLength(6);
    expect(new Set(all).size).toBe(6);
  });

  it('answers null for an unknown entry and an empty usage for one the corpus lacks', async () => {
    expect(await lookupProvenance(undefined, index, paragraphs)).toBeNull();
    const none = (await lookupProvenance(entries[2], index, paragraphs))!;
    expect(none.total).toBe(0);
    expect(none.first).toBeUndefined();
    expect(none.lines).toEqual([]);
  });
});
