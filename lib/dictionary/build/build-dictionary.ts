/**
 * The dictionary build: seeds in, two artifacts out. Pure apart from jieba (segmentation)
 * and OpenCC (traditional variants): the same inputs give byte-identical artifacts, and
 * the cost grows about linearly with the corpus (one segmentation pass, hash maps, native
 * indexOf scans). `npm run build:dict` writes the result; the bench times it.
 */
import { PHRASE_KINDS, type DictionaryArtifact, type DictionaryEntry, type ProvenanceArtifact } from '../types';
import { Alignment } from './alignment';
import { CandidateTable } from './candidates';
import { segmentCorpus } from './documents';
import { draftEntries, type DraftEntry } from './drafts';
import { findFragments } from './fragments';
import { entryId, sha256Hex } from './ids';
import { addLists } from './lists';
import { findLocalNames } from './local-names';
import { OccurrenceIndex, type Hit } from './occurrences';
import { familiesOf, occurrenceOf } from './provenance';
import { addQuotes } from './quotes';
import { scoreCandidates, type ScoredCandidate } from './select';
import { addWordNgrams } from './word-ngrams';
import { WordStats } from './word-stats';

/** Artifact format version; bump when the shape of the JSON changes. */
export const FORMAT_VERSION = '1.0.0';

/** Inputs besides the seed file. */
export interface BuildOptions {
  /** Everyday (non-political) texts: negative evidence against over-highlighting. */
  everydayTexts?: readonly string[];
}

/** What a build produces: both artifacts and the scored candidates (for the report). */
export interface BuildResult {
  dictionary: DictionaryArtifact;
  provenance: ProvenanceArtifact;
  /** Every scored candidate, kept or rejected with its reason. */
  scored: ScoredCandidate[];
}

const kindOrder = (e: DictionaryEntry) => PHRASE_KINDS.indexOf(e.kind);
const byKindThenText = (a: DictionaryEntry, b: DictionaryEntry) =>
  kindOrder(a) - kindOrder(b) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

/** Curated entries: trusted, and a little more so for each seed family that uses them. */
function canonicalScore(draft: DraftEntry, families: number): number {
  return Math.max(draft.score, Math.round((0.9 + 0.02 * Math.min(families, 4)) * 1000) / 1000);
}

/** Find hits for every draft: contiguous forms by exact search, frames by the matcher. */
function findHits(drafts: readonly DraftEntry[], index: OccurrenceIndex): Map<number, Hit[]> {
  const hits = new Map<number, Hit[]>();
  drafts.forEach((d, i) => !d.frame && hits.set(i, index.find([d.text, ...d.variants])));
  const framePatterns = drafts.flatMap((d, entry) => {
    const f = d.frame;
    if (!f) return [];
    return [f.parts, ...(f.alternatives ?? [])].map((parts) => ({
      entry,
      forms: [],
      frame: { parts, maxGap: f.maxGap, crossSentences: f.crossSentences },
    }));
  });
  index.findFrames(framePatterns).forEach((list, i) => hits.set(i, list));
  return hits;
}

/** Share of a mined phrase's seed occurrences that may fall inside longer words (思想作风|建设
 *  holds 作风建设 across a word edge) before the phrase is judged a piece of other words. */
const MAX_INSIDE_SHARE = 0.25;

/** Keep only word-aligned hits; a mined draft with too many hits inside longer words is
 *  dropped (reason by draft index), a curated one just loses those hits. */
function dropMisaligned(drafts: readonly DraftEntry[], hits: Map<number, Hit[]>, alignment: Alignment): Map<number, string> {
  const dropped = new Map<number, string>();
  drafts.forEach((d, i) => {
    if (d.frame) return;
    const all = hits.get(i) ?? [];
    const aligned = all.filter((h) => alignment.isAligned(h));
    const inside = all.length - aligned.length;
    if (d.source === 'seeds' && inside > MAX_INSIDE_SHARE * all.length) dropped.set(i, `inside longer words ${inside}/${all.length}`);
    hits.set(i, aligned);
  });
  return dropped;
}

/** Build the dictionary and provenance artifacts from the seed file's text. */
export function buildDictionary(seedText: string, options: BuildOptions = {}): BuildResult {
  const corpus = segmentCorpus(seedText, options.everydayTexts ?? []);
  const table = new CandidateTable();
  const stats = new WordStats();
  addWordNgrams(corpus.seeds, table, stats);
  addQuotes(corpus.seeds, table);
  addLists(corpus.seeds, table);
  const scored = scoreCandidates(table.all(), corpus, stats, findLocalNames(corpus.corpus, corpus.seeds));

  const drafts = draftEntries(scored);
  const hits = findHits(drafts, new OccurrenceIndex(corpus.seeds));
  const dropped = dropMisaligned(drafts, hits, new Alignment(corpus.seeds));
  findFragments(drafts, hits).forEach((container, i) => dropped.has(i) || dropped.set(i, `fragment of ${container}`));
  dropped.forEach((reason, i) => (drafts[i]!.mined!.rejected = reason));

  const seedHash = sha256Hex(seedText);
  const version = `${FORMAT_VERSION}+${seedHash.slice(0, 8)}`;
  const entries: DictionaryEntry[] = [];
  const occurrences: ProvenanceArtifact['occurrences'] = {};
  drafts.forEach((d, i) => {
    if (dropped.has(i)) return;
    const own = hits.get(i) ?? [];
    const families = familiesOf(own, corpus.seeds);
    const entry: DictionaryEntry = {
      id: entryId(d.kind, d.text),
      text: d.text,
      kind: d.kind,
      variants: d.variants,
      ...(d.frame ? { frame: d.frame } : {}),
      ...(d.members ? { members: d.members } : {}),
      score: d.source === 'canonical' ? canonicalScore(d, families) : d.score,
      occurrences: own.length,
      families,
      source: d.source,
    };
    entries.push(entry);
    occurrences[entry.id] = own.map((h) => occurrenceOf(h, corpus.seeds));
  });
  entries.sort(byKindThenText);
  const speeches = corpus.corpus.speeches.map((s) => ({
    id: s.id,
    title: s.title,
    ...(s.speaker ? { speaker: s.speaker } : {}),
    ...(s.date ? { date: s.date } : {}),
    family: s.family,
  }));
  const sortedOccurrences = Object.fromEntries(entries.map((e) => [e.id, occurrences[e.id]!]));
  return {
    dictionary: { version, seedHash, entries },
    provenance: { version, speeches, occurrences: sortedOccurrences },
    scored,
  };
}
