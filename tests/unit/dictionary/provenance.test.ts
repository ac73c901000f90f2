import { describe, expect, it } from 'vitest';
import { segment, wordBoundaries } from '../../../lib/dictionary/build';
import { readCorpusDocuments } from '../../../lib/dictionary/build/corpus-inputs';
import type { CorpusProvenanceArtifact } from '../../../lib/provenance/artifact';
import { dictionary, readRootFile, ROOT } from './artifacts';

const index: CorpusProvenanceArtifact = JSON.parse(readRootFile('seeds/provenance.json'));
const documents = readCorpusDocuments(ROOT);
const PARTICLES = new Set(['的', '了', '和', '与', '及', '或', '而', '地', '得', '着', '过', '在', '是']);

/** Every occurrence of entry `id` in the seed speeches, as (paragraph text, from, to). */
function seedOccurrences(id: string): Array<{ text: string; from: number; to: number; key: string }> {
  const flat = index.occurrences[id] ?? [];
  const out = [];
  for (let i = 0; i < flat.length; i += 4) {
    const [d, p, from, to] = [flat[i]!, flat[i + 1]!, flat[i + 2]!, flat[i + 3]!];
    if (index.documents[d]!.genre !== 'speech') continue;
    out.push({ text: documents[d]!.paragraphs[p]!, from, to, key: `${d}:${p}` });
  }
  return out;
}

describe('the dictionary on the seed speeches, through the provenance index', () => {
  it('has every entry evidenced in the corpus, and many in the seed speeches', () => {
    const missing = dictionary.entries.filter((e) => (index.occurrences[e.id]?.length ?? 0) === 0).map((e) => e.text);
    expect(missing).toEqual([]);
    const inSeeds = dictionary.entries.filter((e) => seedOccurrences(e.id).length > 0).length;
    expect(inSeeds).toBeGreaterThan(300);
  });

  it('never starts or ends a seed occurrence inside a jieba word', () => {
    const cuts = new Map<string, Set<number>>();
    const cutInside: string[] = [];
    for (const e of dictionary.entries) {
      if (e.frame) continue;
      for (const o of seedOccurrences(e.id)) {
        if (!cuts.has(o.key)) cuts.set(o.key, wordBoundaries(segment(o.text)));
        const at = cuts.get(o.key)!;
        if (!at.has(o.from) || !at.has(o.to)) cutInside.push(`${e.text} in “${o.text.slice(Math.max(0, o.from - 4), o.to + 4)}”`);
      }
    }
    // Leftmost-longest matching can start a phrase where jieba, reading the whole sentence,
    // joined its first character to the word before; a few such seams are real.
    const total = dictionary.entries.reduce((n, e) => n + (e.frame ? 0 : seedOccurrences(e.id).length), 0);
    expect(cutInside.length / total, cutInside.slice(0, 20).join('\n')).toBeLessThan(0.05);
  });

  it('never opens a bundle on a dangling particle', () => {
    for (const e of dictionary.entries.filter((x) => x.kind === 'bundle')) {
      expect(PARTICLES.has(segment(e.text)[0]!.word), e.text).toBe(false);
    }
  });
});
