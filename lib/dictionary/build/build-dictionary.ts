/**
 * The dictionary build: the dated corpus in, two artifacts out. Pure apart from jieba
 * (segmentation) and OpenCC (traditional variants): the same inputs give byte-identical
 * artifacts, and the cost grows about linearly with the corpus (one segmentation pass, hash
 * maps, native indexOf scans, one matcher pass).
 */
import { buildMatcher } from '../../matcher';
import { toMatcherPatterns } from '../patterns';
import { PHRASE_KINDS, type DictionaryArtifact, type DictionaryEntry, type ProvenanceArtifact } from '../types';
import { Alignment } from './alignment';
import { Baseline } from './baseline';
import { CandidateTable } from './candidates';
import { segmentDocuments, type SegmentedCorpus } from './documents';
import { draftEntries, type DraftEntry } from './drafts';
import { findFragments } from './fragments';
import { mineFrames } from './frames';
import { entryId, sha256Hex } from './ids';
import type { BuildInputs } from './inputs';
import { addLists } from './lists';
import { findLocalNames } from './local-names';
import { OccurrenceIndex, type Hit } from './occurrences';
import { occurrenceOf } from './provenance';
import { addQuotes } from './quotes';
import { addRituals } from './rituals';
import { scoreCandidates, type ScoredCandidate } from './select';
import { addWordNgrams } from './word-ngrams';
import { WordStats } from './word-stats';

/** Artifact format version; bump when the shape of the JSON changes. */
const FORMAT_VERSION = '2.0.0';

/** What a build produces: both artifacts and the scored candidates (for the report). */
export interface BuildResult {
  dictionary: DictionaryArtifact;
  /** Seed-speech occurrences in the old (format 1) provenance shape. */
  provenance: ProvenanceArtifact;
  /** Every scored candidate, kept or rejected with its reason. */
  scored: ScoredCandidate[];
  /** Every kept entry's hits in the corpus paragraphs (index into `corpus.paras`). */
  hits: Map<string, Hit[]>;
  corpus: SegmentedCorpus;
}

const kindOrder = (e: DictionaryEntry) => PHRASE_KINDS.indexOf(e.kind);
const byKindThenText = (a: DictionaryEntry, b: DictionaryEntry) =>
  kindOrder(a) - kindOrder(b) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

/** Share of a phrase's occurrences that may fall inside longer words (思想作风|建设 holds
 *  作风建设 across a word edge) before the phrase is judged a piece of other words. */
const MAX_INSIDE_SHARE = 0.25;

/** Find hits for every draft: contiguous forms by exact search, frames by the matcher. */
function findHits(drafts: readonly DraftEntry[], index: OccurrenceIndex): Map<number, Hit[]> {
  const hits = new Map<number, Hit[]>();
  const phrases = drafts.map((d, i) => ({ d, i })).filter(({ d }) => !d.frame);
  index.findMany(phrases.map(({ d }) => [d.text, ...d.variants])).forEach((list, k) => hits.set(phrases[k]!.i, list));
  const framePatterns = drafts.flatMap((d, entry) => (d.frame ? [{ entry, forms: [], frame: { parts: d.frame.parts, maxGap: d.frame.maxGap } }] : []));
  index.findFrames(framePatterns).forEach((list, i) => hits.set(i, list));
  return hits;
}

/** Keep only word-aligned hits; a phrase with too many hits inside longer words is dropped. */
function dropMisaligned(drafts: readonly DraftEntry[], hits: Map<number, Hit[]>, alignment: Alignment): Map<number, string> {
  const dropped = new Map<number, string>();
  drafts.forEach((d, i) => {
    if (d.frame) return;
    const all = hits.get(i) ?? [];
    const aligned = all.filter((h) => alignment.isAligned(h));
    const inside = all.length - aligned.length;
    if (inside > MAX_INSIDE_SHARE * all.length) dropped.set(i, `inside longer words ${inside}/${all.length}`);
    hits.set(i, aligned);
  });
  return dropped;
}

/** Share of a frame's uses where a fixed part cuts through a phrase entry (增强“四个|意识”: the
 *  frame would swallow 四个意识) above which the frame is dropped. */
const MAX_CUTTING_SHARE = 0.1;

/** Frames (by draft index) whose fixed parts cut through kept phrases too often, with the share. */
export function framesCuttingEntries(drafts: readonly DraftEntry[], hits: ReadonlyMap<number, Hit[]>, dropped: ReadonlyMap<number, string>): Map<number, number> {
  const byDoc = new Map<number, Hit[]>();
  hits.forEach((list, i) => {
    if (drafts[i]!.frame || dropped.has(i)) return;
    for (const h of list) (byDoc.get(h.doc) ?? byDoc.set(h.doc, []).get(h.doc)!).push(h);
  });
  const out = new Map<number, number>();
  drafts.forEach((d, i) => {
    const list = hits.get(i) ?? [];
    if (!d.frame || list.length === 0) return;
    const [head, tail] = [d.frame.parts[0]!.length, d.frame.parts[d.frame.parts.length - 1]!.length];
    const cuts = list.filter((f) =>
      (byDoc.get(f.doc) ?? []).some((h) => {
        // An entry that spans the whole use is that use, named (开创两岸关系和平发展新局面), not a cut.
        if (h.start <= f.start && h.end >= f.end) return false;
        const headEnd = f.start + head;
        const tailStart = f.end - tail;
        return (h.start < headEnd && headEnd < h.end && h.start >= f.start) || (h.start < tailStart && tailStart < h.end && h.end <= f.end);
      }),
    ).length;
    if (cuts > MAX_CUTTING_SHARE * list.length) out.set(i, cuts / list.length);
  });
  return out;
}

/** Entry index → hits in the corpus, as the shipped page matcher finds them (overlaps resolved). */
function matcherHits(entries: readonly DictionaryEntry[], corpus: SegmentedCorpus): Map<number, Hit[]> {
  const matcher = buildMatcher(toMatcherPatterns(entries));
  const out = new Map<number, Hit[]>();
  corpus.paras.forEach((p, doc) => {
    for (const m of matcher.scan(p.text)) {
      const list = out.get(m.entry) ?? [];
      list.push({ doc, start: m.start, end: m.end });
      out.set(m.entry, list);
    }
  });
  return out;
}

/** Build the dictionary (and the seed-only provenance) from the corpus and the baseline. */
export function buildDictionary(inputs: BuildInputs): BuildResult {
  const corpus = segmentDocuments(inputs.documents, inputs.seedText);
  const baseline = new Baseline(inputs.baselineTsv);
  const table = new CandidateTable();
  const stats = new WordStats();
  addWordNgrams(corpus.paras, table, stats);
  addQuotes(corpus.paras, table);
  addLists(corpus.paras, table);
  addRituals(corpus.paras, table);
  const names = findLocalNames(corpus.documents.map((d) => d.speaker), corpus.paras, baseline);
  const scored = scoreCandidates(table.all(), corpus, stats, baseline, names);

  const drafts = draftEntries(scored, mineFrames(corpus.paras, baseline));
  const hits = findHits(drafts, new OccurrenceIndex(corpus.paras));
  const dropped = dropMisaligned(drafts, hits, new Alignment(corpus.paras));
  findFragments(drafts, hits).forEach((container, i) => dropped.has(i) || dropped.set(i, `fragment of ${container}`));
  framesCuttingEntries(drafts, hits, dropped).forEach((share, i) => dropped.set(i, `frame cuts through entries in ${Math.round(share * 100)}% of its uses`));

  let kept = drafts.map((d, i) => ({ d, i })).filter(({ i }) => !dropped.has(i));
  let entries = kept.map(({ d }) => toEntry(d));
  // Evidence with the shipped matcher: an entry the page matcher never reports in the corpus
  // (always inside a longer entry) is dropped; after that, every entry must match.
  let seen = new Map<number, Hit[]>();
  for (let round = 0; round < 2; round++) {
    seen = matcherHits(entries, corpus);
    const never = new Set(entries.map((_, k) => k).filter((k) => !seen.has(k)));
    if (never.size === 0) break;
    if (round === 1) throw new Error(`entries never matched in the corpus: ${[...never].map((k) => entries[k]!.text).join(', ')}`);
    kept.forEach(({ d, i }, k) => never.has(k) && (d.mined && (d.mined.rejected = 'never matched by the page matcher'), dropped.set(i, 'never matched')));
    kept = kept.filter((_, k) => !never.has(k));
    entries = kept.map(({ d }) => toEntry(d));
  }
  dropped.forEach((reason, i) => drafts[i]!.mined && (drafts[i]!.mined!.rejected ??= reason));

  const byId = new Map<string, Hit[]>();
  entries = kept.map(({ d, i }, k) => {
    // A frame's uses are what the page matcher paints among all entries; a phrase's, every aligned occurrence.
    const own = d.frame ? seen.get(k) ?? [] : hits.get(i) ?? [];
    const e = toEntry(d);
    const families = new Set(own.map((h) => corpus.paras[h.doc]!.family));
    const years = own.map((h) => corpus.paras[h.doc]!.year).filter((y): y is number => !!y);
    byId.set(e.id, own);
    return {
      ...e,
      occurrences: own.length,
      families: families.size,
      ...(years.length ? { firstYear: Math.min(...years), lastYear: Math.max(...years) } : {}),
    };
  });
  entries.sort(byKindThenText);
  // Two entries whose forms normalise alike (扫黄打非, 扫黄、打非) share one automaton state, and the
  // order just set decides which one the page reports: the other would ship with no evidence.
  const reported = matcherHits(entries, corpus);
  entries = entries.filter((_, k) => reported.has(k));

  const seedHash = sha256Hex(inputs.seedText);
  const version = `${FORMAT_VERSION}+${seedHash.slice(0, 8)}`;
  const seedParas = corpus.paras.filter((p) => p.speech);
  const speeches = [...new Map(seedParas.map((p) => [p.speech!, p])).values()].map((p) => {
    const meta = corpus.documents[p.doc]!;
    return { id: p.speech!, title: meta.title, ...(meta.speaker ? { speaker: meta.speaker } : {}), ...(meta.date ? { date: meta.date } : {}), family: meta.family };
  });
  const occurrences: ProvenanceArtifact['occurrences'] = {};
  for (const e of entries) occurrences[e.id] = (byId.get(e.id) ?? []).filter((h) => corpus.paras[h.doc]!.speech).map((h) => occurrenceOf(h, corpus.paras));
  return {
    dictionary: { version, seedHash, entries },
    provenance: { version, speeches, occurrences },
    scored,
    hits: byId,
    corpus,
  };
}

function toEntry(d: DraftEntry): DictionaryEntry {
  return {
    id: entryId(d.kind, d.text),
    text: d.text,
    kind: d.kind,
    variants: d.variants,
    ...(d.frame ? { frame: d.frame } : {}),
    ...(d.members ? { members: d.members } : {}),
    score: d.score,
    occurrences: 0,
    families: 0,
    source: 'corpus',
  };
}
