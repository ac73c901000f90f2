/**
 * The scanner's human report: density, then each phrase found with its count and kind, and
 * the one provenance line the extension's card would lead with (speech title + context).
 */
import type { DictionaryEntry, ProvenanceArtifact, StockScan } from '../../lib/dictionary';

const CONTEXT = 12;
/** A frame's match can span a paragraph (一是…三是); the line shows its ends only. */
const LONGEST_MATCH = 24;

function shorten(match: string): string {
  return match.length <= LONGEST_MATCH ? match : `${match.slice(0, 10)}……${match.slice(-10)}`;
}

/** The card's first line for an entry: where the seeds use it, or the corpus evidence. */
export function provenanceLine(entry: DictionaryEntry, provenance: ProvenanceArtifact): string {
  const first = provenance.occurrences[entry.id]?.[0];
  if (!first) {
    const years = entry.firstYear ? `, ${entry.firstYear}–${entry.lastYear}` : '';
    return `not in the seed speeches; in ${entry.families} corpus documents${years}`;
  }
  const speech = provenance.speeches.find((s) => s.id === first.speech);
  const before = first.before.slice(-CONTEXT);
  const after = first.after.slice(0, CONTEXT);
  return `${speech?.title ?? `speech ${first.speech}`}: …${before}【${shorten(first.match)}】${after}…`;
}

/** The whole report, as lines. */
export function formatReport(source: string, scan: StockScan, entries: readonly DictionaryEntry[], provenance: ProvenanceArtifact): string[] {
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
