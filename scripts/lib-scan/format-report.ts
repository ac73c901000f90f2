/**
 * The scanner's human report: density, then each phrase found with its count and kind, and
 * what the card leads with: its first use in the dated corpus and how widely it is used.
 */
import type { DictionaryEntry, StockScan } from '../../lib/dictionary';
import type { CorpusProvenanceArtifact } from '../../lib/provenance/artifact';
import { isPatternId } from '../../lib/matcher/patterns/types';
import { summariseUsage } from '../../lib/provenance/summary';

/** The card's first line for an entry: its first use in the corpus and its spread, or that the corpus lacks it. */
export function provenanceLine(entry: DictionaryEntry, provenance: CorpusProvenanceArtifact): string {
  if (isPatternId(entry.id)) return 'a page-time pattern (parallel list, quoted formula or enumeration), found by rule';
  const usage = summariseUsage(provenance.occurrences[entry.id] ?? [], provenance.documents);
  if (usage.total === 0) return 'not in this corpus';
  const first = usage.first ? `first used in this corpus ${usage.first.date ?? usage.first.year}: ${usage.first.title}; ` : '';
  const years = usage.spread.years > 0 ? ` over ${usage.spread.years} years` : '';
  const peak = usage.timeline.peak ? `, densest in ${usage.timeline.peak}` : '';
  return `${first}${usage.total} uses in ${usage.spread.documents} documents${years}${peak}`;
}

/** The whole report, as lines. */
export function formatReport(source: string, scan: StockScan, entries: readonly DictionaryEntry[], provenance: CorpusProvenanceArtifact): string[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const counts = new Map<string, number>();
  for (const m of scan.matches) counts.set(m.entryId, (counts.get(m.entryId) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const lines = [
    `Tifa Lens scan of ${source}`,
    `density ${(scan.density * 100).toFixed(2)}% of ${scan.chars} chars are stock language (${scan.stockChars} chars)`,
    `${scan.matches.length} matches of ${rows.length} phrases`,
  ];
  for (const [id, count] of rows) {
    const entry = byId.get(id)!;
    lines.push(`${String(count).padStart(4)}×  ${entry.kind.padEnd(8)} ${entry.text}`);
    lines.push(`        ${provenanceLine(entry, provenance)}`);
  }
  return lines;
}
