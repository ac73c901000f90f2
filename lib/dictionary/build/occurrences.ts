/**
 * Where a phrase occurs in the seeds, as the extension would find it: both sides go through
 * the matcher's normaliser, so 不忘初心,牢记使命 in a page and 不忘初心、牢记使命 in the
 * dictionary meet. All seed paragraphs are normalised once into one string, so finding a
 * form is one native indexOf scan, linear in the corpus.
 */
import { buildMatcher, normalizePhrase, normalizeText, type MatcherPattern } from '../../matcher';
import type { SegmentedDoc } from './documents';

/** One occurrence: the doc index and [start, end) in that doc's (original) text. */
export interface Hit {
  doc: number;
  start: number;
  end: number;
}

/** Every seed paragraph, normalised and concatenated, for fast exact search. */
export class OccurrenceIndex {
  private readonly joined: string;
  private readonly starts: number[] = [];
  private readonly norms: ReturnType<typeof normalizeText>[] = [];

  constructor(private readonly docs: readonly SegmentedDoc[]) {
    let at = 0;
    const parts: string[] = [];
    for (const d of docs) {
      const n = normalizeText(d.text);
      this.norms.push(n);
      this.starts.push(at);
      parts.push(n.text);
      at += n.text.length + 1;
    }
    this.joined = parts.join('\n');
  }

  private docAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Non-overlapping occurrences of any of `forms` (normalised), in original offsets. */
  find(forms: readonly string[]): Hit[] {
    const hits: Hit[] = [];
    const seen = new Set<number>();
    for (const form of forms) {
      const key = normalizePhrase(form);
      if (!key) continue;
      for (let at = this.joined.indexOf(key); at >= 0; at = this.joined.indexOf(key, at + key.length)) {
        const doc = this.docAt(at);
        const local = at - this.starts[doc]!;
        const norm = this.norms[doc]!;
        const start = norm.map[local]!;
        if (seen.has(doc * 1e6 + start)) continue;
        seen.add(doc * 1e6 + start);
        hits.push({ doc, start, end: norm.ends[local + key.length - 1]! });
      }
    }
    return hits.sort((a, b) => a.doc - b.doc || a.start - b.start);
  }

  /**
   * Non-overlapping occurrences of each group of forms (one group per entry), in one pass over
   * the corpus: keys are bucketed by their first two characters, so the cost grows with the
   * corpus, not with corpus × entries as one indexOf scan per entry would.
   */
  findMany(groups: ReadonlyArray<readonly string[]>): Hit[][] {
    const buckets = new Map<string, Array<{ key: string; group: number }>>();
    groups.forEach((forms, group) => {
      for (const key of new Set(forms.map((f) => normalizePhrase(f)).filter((k) => k.length >= 2))) {
        const prefix = key.slice(0, 2);
        (buckets.get(prefix) ?? buckets.set(prefix, []).get(prefix)!).push({ key, group });
      }
    });
    const out: Hit[][] = groups.map(() => []);
    const lastEnd = new Int32Array(groups.length).fill(-1);
    const text = this.joined;
    for (let at = 0; at + 1 < text.length; at++) {
      const bucket = buckets.get(text.slice(at, at + 2));
      if (!bucket) continue;
      for (const { key, group } of bucket) {
        if (at < lastEnd[group]! || !text.startsWith(key, at)) continue;
        const doc = this.docAt(at);
        const local = at - this.starts[doc]!;
        if (local + key.length > this.norms[doc]!.text.length) continue;
        const norm = this.norms[doc]!;
        out[group]!.push({ doc, start: norm.map[local]!, end: norm.ends[local + key.length - 1]! });
        lastEnd[group] = at + key.length;
      }
    }
    return out;
  }

  /** Occurrences of gapped frames, by pattern entry index (one matcher run over the seeds). */
  findFrames(patterns: readonly MatcherPattern[]): Map<number, Hit[]> {
    const out = new Map<number, Hit[]>();
    if (patterns.length === 0) return out;
    const matcher = buildMatcher(patterns);
    this.docs.forEach((d, doc) => {
      for (const m of matcher.scan(d.text)) {
        const list = out.get(m.entry) ?? [];
        list.push({ doc, start: m.start, end: m.end });
        out.set(m.entry, list);
      }
    });
    return out;
  }
}
