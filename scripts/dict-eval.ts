/**
 * `npm run dict:eval [-- --details]` (details: what (a) misses and what lights up on everyday
 * text; never the labels, which must not steer the rules): how much of the stock language on pages we have never
 * seen does the dictionary catch, and how much of what it paints is wrong. One table:
 *  (a) time split — a build from the seeds and the corpus up to CUT_YEAR (labelled documents
 *      left out) scanned over the later documents. Reference: the formulations of the
 *      full-corpus build (seeds/dictionary.json) that occur in at least three independent later
 *      documents, i.e. each reference occurrence is shared with at least two other later
 *      documents; recall = reference occurrences at least half highlighted; density.
 *  (b) hand-labelled documents (tests/fixtures/eval-labels, never a build input and never used
 *      to tune): recall and precision (a highlight is true when it overlaps a labelled span),
 *      with the same time-split build, which never saw them.
 *  (c) density on the everyday texts (tests/fixtures/everyday and its held-out/ folder), never build inputs.
 *  (d) the seeds' own formulations: the labelled seed speech, shipped dictionary (in sample).
 *  (e) the first version's gov-like texts, whose labels came partly from its hand-typed lists: recall and
 *      must-not words lit, the figures their deleted regression test guarded.
 * Rows are split into the mined dictionary, the page-time patterns (`pattern:` ids) and both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStockScanner, type DictionaryArtifact, type StockScanner } from '../lib/dictionary';
import { buildDictionary, DICTIONARY_FILE, EVERYDAY_DIR, readBuildInputs } from '../lib/dictionary/build';
import { locateTexts, measureBlocks, pool, type BlockSpan, type MatchSource, type Measured } from '../lib/dictionary/build/evaluate';

const CUT_YEAR = 2015;
const LABEL_DIR = 'tests/fixtures/eval-labels';
const root = process.cwd();
const details = process.argv.includes('--details');

interface Labels {
  doc: string;
  paragraphs: [number, number];
  formulations: Array<{ text: string; examples?: string[] }>;
}
const labels: Labels[] = readdirSync(join(root, LABEL_DIR))
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((n) => JSON.parse(readFileSync(join(root, LABEL_DIR, n), 'utf8')) as Labels);
const labelled = new Set(labels.map((l) => l.doc));

const inputs = readBuildInputs(root);
const shipped = JSON.parse(readFileSync(join(root, DICTIONARY_FILE), 'utf8')) as DictionaryArtifact;
const started = performance.now();
const trainDocs = inputs.documents.filter((d) => !labelled.has(d.meta.id) && (d.meta.id.startsWith('seed-') || (d.meta.year ?? 0) <= CUT_YEAR));
const evalBuild = buildDictionary({ ...inputs, documents: trainDocs }).dictionary;
const buildMs = performance.now() - started;
const shippedScanner = createStockScanner(shipped);
const evalScanner = createStockScanner(evalBuild);
const later = inputs.documents.filter((d) => !labelled.has(d.meta.id) && !d.meta.id.startsWith('seed-') && (d.meta.year ?? 0) > CUT_YEAR);

// (a) reference: shipped entries occurring in ≥ 3 families of the later documents.
const spansByEntry = new Map<string, Array<{ doc: number; span: BlockSpan; family: number }>>();
later.forEach((d, doc) =>
  d.paragraphs.forEach((text, block) => {
    for (const m of shippedScanner.scan(text).matches) {
      if (m.entryId.startsWith('pattern:')) continue;
      const list = spansByEntry.get(m.entryId) ?? [];
      list.push({ doc, span: { block, start: m.start, end: m.end }, family: d.meta.family });
      spansByEntry.set(m.entryId, list);
    }
  }),
);
const referenceByDoc = later.map(() => [] as BlockSpan[]);
let referenceEntries = 0;
for (const list of spansByEntry.values()) {
  if (new Set(list.map((x) => x.family)).size < 3) continue;
  referenceEntries++;
  for (const x of list) referenceByDoc[x.doc]!.push(x.span);
}

const SOURCES: MatchSource[] = ['mined', 'patterns', 'both'];
const pct = (n: number, d: number) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const cell = (m: Measured, what: 'recall' | 'precision' | 'density') =>
  what === 'recall' ? `${pct(m.found, m.total)} (${m.found}/${m.total})` : what === 'precision' ? `${pct(m.trueHighlights, m.highlights)} (${m.trueHighlights}/${m.highlights})` : pct(m.stockChars, m.chars);

const rows: Array<[string, 'recall' | 'precision' | 'density', Measured[]]> = [];
const measureDocs = (scanner: StockScanner, docs: Array<{ blocks: string[]; reference: BlockSpan[] }>) =>
  SOURCES.map((s) => pool(docs.map((d) => measureBlocks(scanner, d.blocks, d.reference, s))));

const laterMeasured = measureDocs(evalScanner, later.map((d, i) => ({ blocks: d.paragraphs, reference: referenceByDoc[i]! })));
rows.push([`(a) later docs (${later.length}, >${CUT_YEAR}): recall of shared formulations`, 'recall', laterMeasured]);
rows.push([`(a) later docs: density`, 'density', laterMeasured]);

const labelDocs = (which: (l: Labels) => boolean) =>
  labels.filter(which).map((l) => {
    const doc = inputs.documents.find((d) => d.meta.id === l.doc)!;
    const blocks = doc.paragraphs.slice(l.paragraphs[0], l.paragraphs[1]);
    return { id: l.doc, blocks, reference: locateTexts(blocks, l.formulations.flatMap((f) => [f.text, ...(f.examples ?? [])])) };
  });
const unseenLabelled = labelDocs((l) => !l.doc.startsWith('seed-'));
const perLabelled = unseenLabelled.map((d) => ({ id: d.id, m: measureDocs(evalScanner, [d]) }));
const labelledPooled = SOURCES.map((_, k) => pool(perLabelled.map((p) => p.m[k]!)));
for (const p of perLabelled) rows.push([`(b) labelled ${p.id}: recall`, 'recall', p.m]);
rows.push([`(b) labelled, ${perLabelled.length} docs pooled: recall`, 'recall', labelledPooled]);
rows.push([`(b) labelled, pooled: precision (highlight overlaps a label)`, 'precision', labelledPooled]);
rows.push([`(b) labelled, pooled: density`, 'density', labelledPooled]);
const inSample = measureDocs(shippedScanner, unseenLabelled);
rows.push([`(b') same labelled docs, shipped dictionary (in sample): recall`, 'recall', inSample]);
rows.push([`(b') same, shipped dictionary: precision`, 'precision', inSample]);

const readTexts = (dir: string) => readdirSync(join(root, dir)).filter((n) => n.endsWith('.txt')).sort()
  .map((n) => ({ blocks: readFileSync(join(root, dir, n), 'utf8').split('\n'), reference: [] }));
const everyday = readTexts(EVERYDAY_DIR);
const heldOut = readTexts(`${EVERYDAY_DIR}/held-out`);
rows.push([`(c) everyday texts (${everyday.length}), shipped dictionary: density`, 'density', measureDocs(shippedScanner, everyday)]);
rows.push([`(c) held-out everyday texts (${heldOut.length}), shipped dictionary: density`, 'density', measureDocs(shippedScanner, heldOut)]);
rows.push([`(c) all everyday texts, time-split build: density`, 'density', measureDocs(evalScanner, [...everyday, ...heldOut])]);

// (e) the eight government-like texts of the first version (tests/fixtures/gov-like): their labels were
// written against its hand-typed lists (issue 10 found 81 % of them word for word in those lists), so
// they are not an unseen-page measure; they stay as the regression figure their deleted test guarded
// (recall floors 70 % per text and 85 % pooled, and no must-not word lit).
const GOV_LIKE_DIR = 'tests/fixtures/gov-like';
interface GovLike { expected: string[]; mustNot: string[] }
const govLike = readdirSync(join(root, GOV_LIKE_DIR)).filter((n) => n.endsWith('.txt')).sort().map((n) => {
  const blocks = readFileSync(join(root, GOV_LIKE_DIR, n), 'utf8').split('\n');
  const labels = JSON.parse(readFileSync(join(root, GOV_LIKE_DIR, n.replace(/\.txt$/, '.expected.json')), 'utf8')) as GovLike;
  return { blocks, labels, reference: locateTexts(blocks, labels.expected) };
});
const govLikeMeasured = measureDocs(shippedScanner, govLike);
const mustNotLit = govLike.flatMap(({ blocks, labels }) => {
  const lit = shippedScanner.scanBlocks(blocks).matches.map((m) => m.text);
  return labels.mustNot.filter((w) => lit.some((t) => t.includes(w)) && !labels.expected.some((e) => e.includes(w)));
});

const seedDocs = labelDocs((l) => l.doc.startsWith('seed-'));
const seedShipped = measureDocs(shippedScanner, seedDocs);
rows.push([`(d) seed formulations (${seedDocs.map((d) => d.id).join(', ')}), shipped: recall`, 'recall', seedShipped]);
rows.push([`(d) same, shipped: precision`, 'precision', seedShipped]);
rows.push([`(d) same, time-split build (seed left out): recall`, 'recall', measureDocs(evalScanner, seedDocs)]);
rows.push([`(e) first version's gov-like texts (${govLike.length}, labels partly its own lists), shipped: recall`, 'recall', govLikeMeasured]);

console.log(`shipped dictionary ${shipped.version}: ${shipped.entries.length} entries; time-split build (seeds + corpus ≤ ${CUT_YEAR}, labelled docs out): ${evalBuild.entries.length} entries in ${(buildMs / 1000).toFixed(1)} s`);
console.log(`(a) reference: ${referenceEntries} formulations of the full-corpus build found in ≥ 3 independent later documents\n`);
const w = 70;
console.log(`${'measure'.padEnd(w)} ${SOURCES.map((s) => s.padEnd(22)).join('')}`);
for (const [name, what, ms] of rows) console.log(`${name.padEnd(w)} ${ms.map((m) => cell(m, what).padEnd(22)).join('')}`);

console.log(`\n(e) must-not words of the gov-like texts inside a highlight: ${mustNotLit.length} (${mustNotLit.join(' ') || 'none'})`);

if (details) {
  const top = (xs: string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([t, n]) => `${t}×${n}`).join(' ');
  console.log(`\n(a) most missed reference formulations: ${top(laterMeasured[2]!.missed)}`);
  console.log(`\n(c) highlights on everyday texts: ${top([...everyday, ...heldOut].flatMap((d) => shippedScanner.scanBlocks(d.blocks).matches.map((m) => m.text)))}`);
}
