/**
 * Counts a reader can trust: the highlighter paints leftmost-longest, so 高质量发展 inside
 * 推动高质量发展 is painted as the longer phrase only. A reader still counts 高质量发展 there.
 * These counts find every dictionary phrase wherever its text occurs in the painted text
 * (a frame's span, gaps included, is painted text too). Pure: no DOM.
 */
import type { DictionaryEntry, PhraseKind } from '../dictionary/types';
import { normalizePhrase, normalizeText } from '../matcher/normalize';

/** Dictionary phrases by their normalised text, for finding them inside longer matches. */
export interface PhraseIndex {
  byText: Map<string, DictionaryEntry>;
  minLength: number;
  maxLength: number;
}

/** A painted match, as offsets in the text of the span it lies in. */
interface PaintedMatch {
  entry: DictionaryEntry;
  kind: PhraseKind;
  start: number;
  end: number;
}

/** A stretch of page text covered by overlapping painted matches (a frame and the phrases in its gap). */
export interface PaintedSpan {
  text: string;
  painted: PaintedMatch[];
}

/** One phrase's counts: painted on its own, and found inside longer painted phrases. */
export interface PhraseCount {
  entryId: string;
  text: string;
  kind: PhraseKind;
  /** painted + nested: how often a reader sees the phrase. */
  count: number;
  painted: number;
  nested: number;
  /** The longer phrases it was found in, most frequent first. */
  containedIn: string[];
}

/** Index the entries whose text can sit inside another phrase (frames have gaps, so not they). */
export function buildPhraseIndex(entries: readonly DictionaryEntry[]): PhraseIndex {
  const byText = new Map<string, DictionaryEntry>();
  let minLength = Infinity;
  let maxLength = 0;
  for (const entry of entries) {
    if (entry.frame) continue;
    for (const surface of [entry.text, ...entry.variants]) {
      const key = normalizePhrase(surface);
      if (key.length < 2 || byText.has(key)) continue;
      byText.set(key, entry);
      minLength = Math.min(minLength, key.length);
      maxLength = Math.max(maxLength, key.length);
    }
  }
  return { byText, minLength, maxLength };
}

type Row = PhraseCount & { containers: Map<string, number> };
type Occurrence = { entry: DictionaryEntry; start: number; end: number };

/** Every dictionary phrase in a text, with its offsets in the original (un-normalised) text. */
function phrasesIn(original: string, index: PhraseIndex): Occurrence[] {
  const norm = normalizeText(original);
  const text = norm.text;
  const found: Occurrence[] = [];
  for (let i = 0; i < text.length; i++) {
    const longest = Math.min(index.maxLength, text.length - i);
    for (let length = index.minLength; length <= longest; length++) {
      const entry = index.byText.get(text.slice(i, i + length));
      if (entry) found.push({ entry, start: norm.map[i]!, end: norm.ends[i + length - 1]! });
    }
  }
  return found;
}

/** Count every occurrence in the span that is not itself painted there as nested in what covers it. */
function countInside(span: PaintedSpan, occurrences: readonly Occurrence[], row: (e: DictionaryEntry) => Row): void {
  for (const { entry, start, end } of occurrences) {
    if (span.painted.some((p) => p.entry.id === entry.id && p.start === start)) continue;
    const r = row(entry);
    r.nested++;
    for (const p of span.painted) {
      if (p.start <= start && p.end >= end) r.containers.set(p.entry.text, (r.containers.get(p.entry.text) ?? 0) + 1);
    }
  }
}

/** Each phrase's reader count over the painted spans, most frequent first. */
export function readerCounts(spans: readonly PaintedSpan[], index: PhraseIndex): PhraseCount[] {
  const rows = new Map<string, Row>();
  const row = (entry: DictionaryEntry) => {
    let r = rows.get(entry.id);
    if (!r) rows.set(entry.id, (r = { entryId: entry.id, text: entry.text, kind: entry.kind, count: 0, painted: 0, nested: 0, containedIn: [], containers: new Map() }));
    return r;
  };
  // Pages repeat the same phrases: scan each distinct span text once.
  const scanned = new Map<string, Occurrence[]>();
  for (const span of spans) {
    for (const p of span.painted) row(p.entry).painted++;
    if (index.maxLength === 0) continue;
    let occurrences = scanned.get(span.text);
    if (!occurrences) scanned.set(span.text, (occurrences = phrasesIn(span.text, index)));
    countInside(span, occurrences, row);
  }
  return [...rows.values()]
    .map(({ containers, ...r }) => ({
      ...r,
      count: r.painted + r.nested,
      containedIn: [...containers].sort((a, b) => b[1] - a[1]).map(([text]) => text),
    }))
    // At equal counts, the phrase the page paints on its own goes first, then the longer one:
    // 高质量, seen only inside 高质量发展, does not head the list.
    .sort((a, b) => b.count - a.count || b.painted - a.painted || b.text.length - a.text.length || a.text.localeCompare(b.text));
}
