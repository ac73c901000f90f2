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
