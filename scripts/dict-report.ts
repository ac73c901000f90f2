/**
 * `npm run dict:report`: what the dictionary build kept and why. Entries by kind, the highest
 * and lowest scored kept entries, the best rejected candidates (with the reason), the most
 * frequent rejection reasons, and the first and last year of use for a sample of entries.
 */
import { PHRASE_KINDS } from '../lib/dictionary';
import { buildDictionary, readBuildInputs, type ScoredCandidate } from '../lib/dictionary/build';

const built = buildDictionary(readBuildInputs(process.cwd()));
const { dictionary } = built;

function section(title: string): void {
  console.log(`\n== ${title}`);
}

function why(s: ScoredCandidate): string {
  return s.contributions.map((c) => `${c.reason}${c.weight > 0 ? '+' : ''}${c.weight}`).join(' ');
}

section(`dictionary ${dictionary.version}: ${dictionary.entries.length} entries from ${built.corpus.documents.length} documents`);
for (const kind of PHRASE_KINDS) console.log(`${kind.padEnd(9)} ${String(dictionary.entries.filter((e) => e.kind === kind).length).padStart(5)}`);

const entries = [...dictionary.entries].sort((a, b) => b.score - a.score || b.occurrences - a.occurrences || (a.text < b.text ? -1 : 1));
const line = (e: (typeof entries)[number]) =>
  `${e.score.toFixed(3)}  ${e.kind.padEnd(8)} ${e.text}  [${e.families} docs, ${e.occurrences}×, ${e.firstYear ?? '?'}–${e.lastYear ?? '?'}]`;
section('30 highest-scored kept entries');
entries.slice(0, 30).forEach((e) => console.log(line(e)));
section('30 lowest-scored kept entries');
entries.slice(-30).reverse().forEach((e) => console.log(line(e)));

const rejected = built.scored.filter((s) => s.rejected);
section('30 highest-scored rejected candidates');
rejected
  .sort((a, b) => b.score - a.score || (a.candidate.text < b.candidate.text ? -1 : 1))
  .slice(0, 30)
  .forEach((s) => console.log(`${s.score.toFixed(3)}  ${s.candidate.text}  — ${s.rejected}  (${why(s)})`));

section('rejections by reason');
const reasons = new Map<string, number>();
for (const s of rejected) {
  const r = s.rejected!.replace(/:.*$|\s*\(.*$|\s\d+\/\d+$/, '');
  reasons.set(r, (reasons.get(r) ?? 0) + 1);
}
[...reasons].sort((a, b) => b[1] - a[1]).forEach(([r, n]) => console.log(`${String(n).padStart(7)}  ${r}`));

section('first and last year of use, a sample of 30 entries (every n-th by text)');
const byText = [...dictionary.entries].filter((e) => e.firstYear).sort((a, b) => (a.text < b.text ? -1 : 1));
const step = Math.max(1, Math.floor(byText.length / 30));
byText.filter((_, i) => i % step === 0).slice(0, 30).forEach((e) => console.log(`${e.firstYear}–${e.lastYear}  ${e.text}  (${e.families} docs)`));
