/**
 * Counts a reader can trust: the highlighter paints leftmost-longest, so 高质量发展 inside
 * 推动高质量发展 is painted as the longer phrase only. A reader still counts 高质量发展 there.
 * These counts add every dictionary phrase found inside a painted match (pure: no DOM).
 */
import type { DictionaryEntry, PhraseKind } from '../dictionary/types';
import { normalizePhrase } from '../matcher/normalize';

/** Dictionary phrases by their normalised text, for finding them inside longer matches. */
export interface PhraseIndex {
  byText: Map<string, DictionaryEntry>;
  minLength: number;
  maxLength: number;
}

/** A painted match as the counter needs it. */
export interface PaintedMatch {
  entry: DictionaryEntry;
  kind: PhraseKind;
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

/** Texts a painted match is made of: a frame's fixed parts (its gaps are painted on their own), else its phrase. */
function surfacesOf(entry: DictionaryEntry): string[] {
  return entry.frame ? entry.frame.parts.map(normalizePhrase) : [normalizePhrase(entry.text)];
}

/** Every dictionary phrase strictly inside `text` (one per position), except `self`. */
function phrasesInside(text: string, self: DictionaryEntry, index: PhraseIndex): DictionaryEntry[] {
  const found: DictionaryEntry[] = [];
  for (let start = 0; start < text.length; start++) {
    const longest = Math.min(index.maxLength, text.length - start);
    for (let length = index.minLength; length <= longest; length++) {
      const entry = index.byText.get(text.slice(start, start + length));
      if (entry && entry.id !== self.id) found.push(entry);
    }
  }
  return found;
}

/** Each phrase's reader count over the painted matches, most frequent first. */
export function readerCounts(matches: readonly PaintedMatch[], index: PhraseIndex): PhraseCount[] {
  const rows = new Map<string, PhraseCount & { containers: Map<string, number> }>();
  const row = (entry: DictionaryEntry, kind: PhraseKind) => {
    let r = rows.get(entry.id);
    if (!r) rows.set(entry.id, (r = { entryId: entry.id, text: entry.text, kind, count: 0, painted: 0, nested: 0, containedIn: [], containers: new Map() }));
    return r;
  };
  const insideCache = new Map<string, DictionaryEntry[]>();
  for (const m of matches) {
    row(m.entry, m.kind).painted++;
    let inside = insideCache.get(m.entry.id);
    if (!inside) insideCache.set(m.entry.id, (inside = surfacesOf(m.entry).flatMap((s) => phrasesInside(s, m.entry, index))));
    for (const entry of inside) {
      const r = row(entry, entry.kind);
      r.nested++;
      r.containers.set(m.entry.text, (r.containers.get(m.entry.text) ?? 0) + 1);
    }
  }
  return [...rows.values()]
    .map(({ containers, ...r }) => ({
      ...r,
      count: r.painted + r.nested,
      containedIn: [...containers].sort((a, b) => b[1] - a[1]).map(([text]) => text),
    }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
