import type { Corpus, Paragraph } from '../corpus';
import type { DictionaryEntry, ProvenanceArtifact } from '../dictionary/types';

/** One line of the card's provenance list. */
export interface ProvenanceLine {
  speech: number;
  paragraph: number;
  /** Offsets of the occurrence within the paragraph's text (for the reader link). */
  from: number;
  to: number;
  before: string;
  match: string;
  after: string;
}

/** What the background answers when a card opens. */
export interface ProvenanceAnswer {
  entry: Pick<DictionaryEntry, 'id' | 'text' | 'kind' | 'members' | 'frame' | 'occurrences' | 'families'>;
  speeches: Array<{ id: number; title: string; speaker?: string; date?: string; family: number }>;
  /** Best first: one per speech family before repeats, then in speech order. */
  lines: ProvenanceLine[];
}

function paragraphOffset(paragraph: Paragraph, fileOffset: number): number {
  for (const span of paragraph.spans) {
    if (fileOffset >= span.start && fileOffset <= span.end) return span.textStart + (fileOffset - span.start);
  }
  return 0;
}

/**
 * Assemble the card's provenance for one entry from the provenance artifact and the
 * parsed corpus; null for an unknown id. Pure, so the background stays a thin shell.
 */
export function lookupProvenance(
  entry: DictionaryEntry | undefined,
  provenance: ProvenanceArtifact,
  corpus: Corpus,
): ProvenanceAnswer | null {
  if (!entry) return null;
  const occurrences = provenance.occurrences[entry.id] ?? [];
  const seenFamilies = new Set<number>();
  const ranked = occurrences
    .map((o, order) => {
      const speech = corpus.speeches.find((s) => s.id === o.speech);
      const paragraph = speech?.paragraphs[o.paragraph];
      const family = speech?.family ?? 0;
      const first = !seenFamilies.has(family);
      seenFamilies.add(family);
      const from = paragraph ? paragraphOffset(paragraph, o.start) : 0;
      const line: ProvenanceLine = {
        speech: o.speech,
        paragraph: o.paragraph,
        from,
        to: from + (o.end - o.start),
        before: o.before,
        match: o.match,
        after: o.after,
      };
      return { line, rank: first ? 0 : 1, order };
    })
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  const used = new Set(occurrences.map((o) => o.speech));
  const { id, text, kind, members, frame, occurrences: count, families } = entry;
  return {
    entry: { id, text, kind, members, frame, occurrences: count, families },
    speeches: provenance.speeches.filter((s) => used.has(s.id)),
    lines: ranked.map((r) => r.line),
  };
}
