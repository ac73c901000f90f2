/**
 * Build the provenance index: every occurrence of every dictionary entry in the dated corpus,
 * found with the same matcher and the same patterns as the content script, so the card's
 * counts are the highlights a user would see on those documents. Pure: the caller reads files.
 */
import type { CorpusDocument } from '../corpus/assemble';
import { toMatcherPatterns } from '../dictionary/patterns';
import type { DictionaryEntry } from '../dictionary/types';
import { buildMatcher } from '../matcher';
import { PROVENANCE_FORMAT, type CorpusProvenanceArtifact } from './artifact';

/** The provenance artifact for `entries` over `documents` (seed speeches first), stamped with the dictionary version. */
export function buildProvenanceIndex(
  version: string,
  entries: readonly DictionaryEntry[],
  documents: readonly CorpusDocument[],
): CorpusProvenanceArtifact {
  const matcher = buildMatcher(toMatcherPatterns(entries));
  const found: number[][] = entries.map(() => []);
  documents.forEach((doc, d) => {
    doc.paragraphs.forEach((text, p) => {
      if (!text) return;
      const ranges = matcher.scanRanges(text);
      for (let i = 0; i < ranges.count; i++) found[ranges.entries[i]!]!.push(d, p, ranges.starts[i]!, ranges.ends[i]!);
    });
  });
  const occurrences: Record<string, number[]> = {};
  entries.forEach((e, i) => {
    if (found[i]!.length > 0) occurrences[e.id] = found[i]!;
  });
  return { format: PROVENANCE_FORMAT, version, documents: documents.map((d) => d.meta), occurrences };
}

/** seeds/provenance.json's text: one line per document and per entry, so diffs stay readable. */
export function provenanceIndexJson(artifact: CorpusProvenanceArtifact): string {
  const docs = artifact.documents.map((d) => `    ${JSON.stringify(d)}`).join(',\n');
  const occ = Object.entries(artifact.occurrences).map(([id, list]) => `    ${JSON.stringify(id)}: ${JSON.stringify(list)}`).join(',\n');
  return `{\n  "format": ${artifact.format},\n  "version": ${JSON.stringify(artifact.version)},\n  "documents": [\n${docs}\n  ],\n  "occurrences": {\n${occ}\n  }\n}\n`;
}
