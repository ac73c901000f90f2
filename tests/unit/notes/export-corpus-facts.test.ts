import { describe, expect, it } from 'vitest';
import { exportNotesText } from '../../../lib/notes/export';
import { NOTES_CSV_HEADER } from '../../../lib/notes/export/csv';
import { buildProvenanceIndex } from '../../../lib/provenance/build-index';
import { corpusFacts } from '../../../lib/provenance/summary';
import { documents, entry } from '../provenance/support';
import { makeNote } from './support/notes';

const index = buildProvenanceIndex('v', [entry('e1', '真抓实干'), entry('e0', '全面从严治党')], documents);
const notes = [makeNote(1), makeNote(0)]; // e1 真抓实干 (in the corpus), e0 全面从严治党 (not)
const facts = corpusFacts(index, notes.map((n) => n.entryId));
const stamp = { version: 'v', seedHash: 'h' };
const now = new Date('2026-11-30T00:00:00Z');

describe('notes exports carry each phrase\'s first use and corpus counts', () => {
  it('takes them from the provenance index', () => {
    expect(facts.e1).toEqual({ firstUse: { date: '1997-09-12', year: 1997, document: 'cpc-15', title: 'cpc-15' }, uses: 6, documents: 5, years: 2 });
    expect(facts.e0).toEqual({ uses: 0, documents: 0, years: 0 });
  });

  it('in CSV, as columns a spreadsheet can sort by', () => {
    const csv = exportNotesText('csv', notes, stamp, now, undefined, facts).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header!.split(',').slice(-4)).toEqual(['first_used_in_corpus', 'first_use_document', 'corpus_uses', 'corpus_documents']);
    expect(NOTES_CSV_HEADER.length).toBe(header!.split(',').length);
    expect(rows.find((r) => r.includes('真抓实干'))!.endsWith('1997-09-12,cpc-15,6,5')).toBe(true);
    expect(rows.find((r) => r.includes('全面从严治党'))!.endsWith(',,0,0')).toBe(true);
  });

  it('in Markdown, under each phrase, and in JSON, by entry id', () => {
    const md = exportNotesText('markdown', notes, stamp, now, undefined, facts);
    expect(md).toMatch(/## 真抓实干\n\n\*首见于本文献库 · first used in the corpus: 1997-09-12, cpc\\-15 · 6 uses in 5 documents of the corpus\*/);
    const json = JSON.parse(exportNotesText('json', notes, stamp, now, undefined, facts));
    expect(json.phrases.e1.firstUse.year).toBe(1997);
  });
});
