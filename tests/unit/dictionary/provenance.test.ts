import { describe, expect, it } from 'vitest';
import { paragraphOffsetToFile, parseCorpus } from '../../../lib/corpus';
import { buildDictionary, readBuildInputs, segment, wordBoundaries } from '../../../lib/dictionary/build';
import { dictionary, readRootFile, ROOT } from './artifacts';

const seedText = readRootFile('seeds/speeches.txt');
// The build's own seed occurrences (seeds/provenance.json now indexes the whole dated corpus).
const { provenance } = buildDictionary(seedText, { everydayTexts: readBuildInputs(ROOT).everydayTexts });
const corpus = parseCorpus(seedText);
const familyOf = new Map(corpus.speeches.map((s) => [s.id, s.family]));
const paragraphOf = (speech: number, index: number) => corpus.speeches[speech - 1]!.paragraphs[index]!;
const PARTICLES = new Set(['的', '了', '和', '与', '及', '或', '而', '地', '得', '着', '过', '在', '是']);

describe('provenance of every entry', () => {
  it('lists each occurrence with its speech, paragraph and exact seed-file offsets', () => {
    for (const e of dictionary.entries) {
      const list = provenance.occurrences[e.id]!;
      expect(list).toHaveLength(e.occurrences);
      for (const o of list) {
        const p = paragraphOf(o.speech, o.paragraph);
        const at = p.text.indexOf(o.before + o.match + o.after) + o.before.length;
        expect(at).toBeGreaterThanOrEqual(o.before.length);
        expect(o.start).toBe(paragraphOffsetToFile(p, at));
        expect(o.end).toBe(paragraphOffsetToFile(p, at + o.match.length - 1) + 1);
        // Within one line of the file, the offsets cut out exactly the match.
        if (!seedText.slice(o.start, o.end).includes('\n')) expect(seedText.slice(o.start, o.end)).toBe(o.match);
      }
    }
  });

  it('counts speech families, so a phrase of speeches 1 and 2 only (a redacted copy) has one', () => {
    let onlyCopies = 0;
    for (const e of dictionary.entries) {
      const list = provenance.occurrences[e.id]!;
      expect(e.families).toBe(new Set(list.map((o) => familyOf.get(o.speech))).size);
      if (list.length > 0 && list.every((o) => o.speech <= 2)) {
        onlyCopies++;
        expect(e.families).toBe(1);
      }
    }
    expect(onlyCopies).toBeGreaterThan(10);
  });

  it('never starts or ends an occurrence inside a jieba word', () => {
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

  it('keeps a mined phrase seen only inside longer entries only when it continues in several ways', () => {
    const spans = dictionary.entries.flatMap((e) =>
      e.frame ? [] : provenance.occurrences[e.id]!.map((o) => ({ id: e.id, start: o.start, end: o.end })),
    );
    const inside = (o: { start: number; end: number }, id: string) =>
      spans.filter((s) => s.id !== id && s.start <= o.start && o.end <= s.end && s.end - s.start > o.end - o.start);
    for (const e of dictionary.entries.filter((x) => x.source === 'seeds')) {
      const own = provenance.occurrences[e.id]!;
      if (own.some((o) => inside(o, e.id).length === 0)) continue;
      // 深入学习 is kept: the seeds continue it as 深入学习贯彻 and 深入学习实践, pages in other ways.
      const containers = new Set(own.flatMap((o) => inside(o, e.id).map((s) => s.id)));
      expect(containers.size, e.text).toBeGreaterThanOrEqual(2);
    }
  });
});
