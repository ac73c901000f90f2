import { describe, expect, it } from 'vitest';
import { paragraphOffsetToFile, parseCorpus } from '../../../lib/corpus';
import { segment, wordBoundaries } from '../../../lib/dictionary/build';
import { dictionary, provenance, readRootFile } from './artifacts';

const seedText = readRootFile('seeds/speeches.txt');
const corpus = parseCorpus(seedText);
const paragraphOf = (speech: number, index: number) => corpus.speeches[speech - 1]!.paragraphs[index]!;
const PARTICLES = new Set(['的', '了', '和', '与', '及', '或', '而', '地', '得', '着', '过', '在', '是']);

describe('seed-speech provenance of every entry (old format, until the corpus index replaces it)', () => {
  it('lists each seed occurrence with its speech, paragraph and exact seed-file offsets', () => {
    let listed = 0;
    for (const e of dictionary.entries) {
      const list = provenance.occurrences[e.id]!;
      expect(list.length).toBeLessThanOrEqual(e.occurrences);
      listed += list.length;
      for (const o of list) {
        const p = paragraphOf(o.speech, o.paragraph);
        const at = p.text.indexOf(o.before + o.match + o.after) + o.before.length;
        expect(at).toBeGreaterThanOrEqual(o.before.length);
        expect(o.start).toBe(paragraphOffsetToFile(p, at));
        expect(o.end).toBe(paragraphOffsetToFile(p, at + o.match.length - 1) + 1);
        if (!seedText.slice(o.start, o.end).includes('\n')) expect(seedText.slice(o.start, o.end)).toBe(o.match);
      }
    }
    expect(listed).toBeGreaterThan(500);
  });

  it('names the five seed speeches with their families (speech 2 is a copy of speech 1)', () => {
    expect(provenance.speeches.map((s) => s.id)).toEqual([1, 2, 3, 4, 5]);
    expect(provenance.speeches[1]!.family).toBe(provenance.speeches[0]!.family);
    expect(provenance.speeches[2]!.family).not.toBe(provenance.speeches[0]!.family);
  });

  it('never starts or ends a seed occurrence inside a jieba word', () => {
    const cuts = new Map<string, Set<number>>();
    for (const e of dictionary.entries) {
      if (e.frame) continue;
      for (const o of provenance.occurrences[e.id]!) {
        const p = paragraphOf(o.speech, o.paragraph);
        const key = `${o.speech}:${o.paragraph}`;
        if (!cuts.has(key)) cuts.set(key, wordBoundaries(segment(p.text)));
        const at = p.text.indexOf(o.before + o.match + o.after) + o.before.length;
        expect(cuts.get(key)!.has(at), `${e.text} starts inside a word`).toBe(true);
        expect(cuts.get(key)!.has(at + o.match.length), `${e.text} ends inside a word`).toBe(true);
      }
    }
  });

  it('never opens a bundle on a dangling particle', () => {
    for (const e of dictionary.entries.filter((x) => x.kind === 'bundle')) {
      expect(PARTICLES.has(segment(e.text)[0]!.word), e.text).toBe(false);
    }
  });
});
