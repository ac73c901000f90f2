/**
 * `npm run dict:report`: what the dictionary build kept and why. Entries by kind, the
 * highest and lowest scored kept phrases, the best rejected candidates (with the reason),
 * and the density of stock language on each seed speech and on the everyday texts, the
 * latter also for a build that did not see them (an honest estimate for unseen text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus } from '../lib/corpus';
import { createStockScanner, PHRASE_KINDS, type DictionaryArtifact } from '../lib/dictionary';
import { buildDictionary, EVERYDAY_DIR, readBuildInputs, type ScoredCandidate } from '../lib/dictionary/build';

const root = process.cwd();
const { seedText, everydayTexts } = readBuildInputs(root);
const built = buildDictionary(seedText, { everydayTexts });
const { dictionary } = built;
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

function section(title: string): void {
  console.log(`\n== ${title}`);
}

function why(s: ScoredCandidate): string {
  return s.contributions.map((c) => `${c.reason}${c.weight > 0 ? '+' : ''}${c.weight}`).join(' ');
}

section(`dictionary ${dictionary.version}: ${dictionary.entries.length} entries`);
for (const kind of PHRASE_KINDS) {
  const of = dictionary.entries.filter((e) => e.kind === kind);
  const canonical = of.filter((e) => e.source === 'canonical');
  const absent = canonical.filter((e) => e.occurrences === 0).length;
  console.log(`${kind.padEnd(9)} ${String(of.length).padStart(4)}  (${of.length - canonical.length} mined, ${canonical.length} curated, ${absent} curated but not in the seeds)`);
}

const mined = dictionary.entries.filter((e) => e.source === 'seeds').sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : 1));
const line = (e: (typeof mined)[number]) => `${e.score.toFixed(3)}  ${e.kind.padEnd(8)} ${e.text}  [${e.families} fam, ${e.occurrences}×]`;
section('30 highest-scored kept (mined) entries');
mined.slice(0, 30).forEach((e) => console.log(line(e)));
section('30 lowest-scored kept (mined) entries');
mined.slice(-30).reverse().forEach((e) => console.log(line(e)));

section('30 highest-scored rejected candidates');
built.scored
  .filter((s) => s.rejected)
  .sort((a, b) => b.score - a.score || (a.candidate.text < b.candidate.text ? -1 : 1))
  .slice(0, 30)
  .forEach((s) => console.log(`${s.score.toFixed(3)}  ${s.candidate.text}  — ${s.rejected}  (${why(s)})`));

function densityOf(d: DictionaryArtifact, texts: Array<[string, string[]]>): void {
  const scanner = createStockScanner(d);
  for (const [name, blocks] of texts) {
    const r = scanner.scanBlocks(blocks);
    console.log(`${pct(r.density).padStart(7)}  ${name}  (${r.matches.length} matches, ${r.stockChars}/${r.chars} chars)`);
  }
}

section('density on the seed speeches');
const corpus = parseCorpus(seedText);
densityOf(dictionary, corpus.speeches.map((s) => [`speech ${s.id} (family ${s.family}): ${s.title}`, s.paragraphs.map((p) => p.text)]));

const names = readdirSync(join(root, EVERYDAY_DIR)).filter((n) => n.endsWith('.txt')).sort();
const everyday: Array<[string, string[]]> = names.map((n) => [n, readFileSync(join(root, EVERYDAY_DIR, n), 'utf8').split('\n')]);
section('density on the everyday texts (used as negative evidence)');
densityOf(dictionary, everyday);
section('density on the everyday texts, dictionary built without them (unseen-text estimate)');
densityOf(buildDictionary(seedText).dictionary, everyday);
