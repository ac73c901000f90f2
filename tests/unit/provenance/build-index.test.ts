import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { toMatcherPatterns } from '../../../lib/dictionary/patterns';
import { readCorpusDocuments } from '../../../lib/dictionary/build/corpus-inputs';
import type { DictionaryArtifact } from '../../../lib/dictionary/types';
import { buildMatcher } from '../../../lib/matcher';
import type { CorpusProvenanceArtifact } from '../../../lib/provenance/artifact';
import { buildProvenanceIndex, provenanceIndexJson } from '../../../lib/provenance/build-index';
import { ROOT } from '../dictionary/artifacts';
import { documents, entry } from './support';

const entries = [
  entry('a', '真抓实干'),
  entry('b', '反对形式主义'),
  entry('f', '以…为指导', { kind: 'frame', frame: { parts: ['以', '为指导'], maxGap: 8 } }),
  entry('z', '从未出现的提法'),
];

describe('the provenance index', () => {
  const index = buildProvenanceIndex('test+1', entries, documents);

  it('records every occurrence as (document, paragraph, from, to) that cuts the phrase out of the paragraph', () => {
    const cut = (id: string) => {
      const flat = index.occurrences[id]!;
      return Array.from({ length: flat.length / 4 }, (_, i) => {
        const [d, p, from, to] = flat.slice(i * 4, i * 4 + 4) as [number, number, number, number];
        return `${index.documents[d]!.id}:${p}:${documents[d]!.paragraphs[p]!.slice(from, to)}`;
      });
    };
    expect(cut('a')).toEqual(['seed-1:1:真抓实干', 'seed-2:1:真抓实干', 'cpc-15:0:真抓实干', 'cpc-15:0:真抓实干', 'gwr-2000:0:真抓实干', 'prov-2000-x:0:真抓实干']);
    expect(cut('b')).toEqual(['seed-1:1:反对形式主义', 'seed-2:1:反对形式主义', 'gwr-1990:0:反对形式主义']);
    expect(cut('f')).toEqual(['cpc-15:0:以邓小平理论为指导']);
    expect(index.occurrences.z).toBeUndefined();
  });

  it('finds exactly what the page highlighter would find, paragraph by paragraph', () => {
    const matcher = buildMatcher(toMatcherPatterns(entries));
    let expected = 0;
    for (const d of documents) for (const p of d.paragraphs) expected += matcher.scan(p).length;
    const total = Object.values(index.occurrences).reduce((n, l) => n + l.length / 4, 0);
    expect(total).toBe(expected);
  });

  it('carries the dictionary version and the documents, and survives its JSON form', () => {
    expect(index.version).toBe('test+1');
    expect(index.documents.map((d) => d.id)).toEqual(documents.map((d) => d.meta.id));
    expect(JSON.parse(provenanceIndexJson(index))).toEqual(index);
  });
});

describe('the committed seeds/provenance.json', () => {
  const committed = JSON.parse(readFileSync(`${ROOT}seeds/provenance.json`, 'utf8')) as CorpusProvenanceArtifact;
  const dictionary = JSON.parse(readFileSync(`${ROOT}seeds/dictionary.json`, 'utf8')) as DictionaryArtifact;

  it('was built from the committed dictionary (else run npm run build:dict)', () => {
    expect(committed.format).toBe(2);
    expect(committed.version).toBe(dictionary.version);
    const ids = new Set(dictionary.entries.map((e) => e.id));
    expect(Object.keys(committed.occurrences).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('was built over the committed corpus: same documents, same paragraph counts', () => {
    const docs = readCorpusDocuments(ROOT);
    expect(committed.documents.map((d) => `${d.id}:${d.paragraphs}`)).toEqual(docs.map((d) => `${d.meta.id}:${d.paragraphs.length}`));
  }, 30_000);
});
