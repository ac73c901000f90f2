/**
 * From candidates to scored, labelled, kept-or-rejected phrases. Hard rejections (junk) are
 * separated from low scores so the report can say why each phrase is out.
 */
import type { PhraseKind } from '../types';
import type { Candidate } from './candidates';
import type { SegmentedCorpus } from './documents';
import { gatherEvidence, type Evidence } from './evidence';
import { localNameIn } from './local-names';
import { REGISTER_ADVERBS } from '../register-words';
import { contributions, KEEP_THRESHOLD, scoreOf, type Contribution } from './score';
import type { WordStats } from './word-stats';

/** A candidate after scoring: kept when `rejected` is undefined. */
export interface ScoredCandidate {
  candidate: Candidate;
  evidence: Evidence;
  contributions: Contribution[];
  score: number;
  kind: PhraseKind;
  /** Why it is not in the dictionary: junk, a name, a low score, a fragment. */
  rejected?: string;
}

/** Redaction (XX), placeholder years (202_), digits, Latin letters: never part of a phrase. */
const JUNK = /[XxＸ_0-9A-Za-z]/;
/** A bare Chinese number (十三, 两百): a count, not a phrase. */
const BARE_NUMBER = /^[一二两三四五六七八九十百千万亿零〇]+$/;

/** True when a candidate can reach the threshold at all: recurrence or some sign of fixity.
 *  A phrase seen in one family with none of these tops out at a score near 0.3. */
function worthScoring(c: Candidate, corpus: SegmentedCorpus): boolean {
  if (c.origins.size > 1 || !c.origins.has('ngram')) return true;
  const first = corpus.seeds[c.sightings[0]!.doc]!.family;
  return c.sightings.some((s) => corpus.seeds[s.doc]!.family !== first);
}

function kindOf(e: Evidence, contributionsList: Contribution[]): PhraseKind {
  const named = contributionsList.some((c) => c.reason === 'numbered' && c.weight > 1);
  if (e.numbered && named) return 'numbered';
  if (e.list || e.quotedShare >= 0.5) return 'formula';
  return 'bundle';
}

/** jieba tags of nouns, nominal verbs and numerals: 作风/n 建设/vn, 领导/n 干部/n, 少数/m 干部/n. */
const NOUN_TAG = /^(n|nr|ns|nt|nz|nrt|nrfg|ng|vn|an|m|mq)$/;

/**
 * A mined bundle that opens on a noun names a topic (作风建设, 发展环境, 领导干部, 行政执法),
 * not a formulation. The seed speeches share one topic, so such nouns recur across all of
 * them and recurrence cannot tell them from stock phrases; on other pages they would light
 * up the subject matter. Idioms, lists, quotes and numbered names carry other evidence and
 * are judged on it; 全面加强 opens on an adverb that jieba happens to tag as a noun.
 */
function topicReason(c: Candidate, e: Evidence): string | undefined {
  if (c.words.length < 2 || e.idiomTag || e.list || e.numbered || e.quotedShare >= 0.5) return undefined;
  if (!NOUN_TAG.test(c.tags[0]!) || REGISTER_ADVERBS.has(c.words[0]!)) return undefined;
  return `topic noun: opens on ${c.words[0]}/${c.tags[0]}`;
}

function junkReason(text: string, names: ReadonlySet<string>): string | undefined {
  if (JUNK.test(text)) return 'junk: redaction, digits or Latin';
  if (BARE_NUMBER.test(text)) return 'junk: bare number';
  const name = localNameIn(text, names);
  return name ? `local name: ${name}` : undefined;
}

/** Score every candidate worth scoring; label kind; mark rejections. */
export function scoreCandidates(
  candidates: readonly Candidate[],
  corpus: SegmentedCorpus,
  stats: WordStats,
  localNames: ReadonlySet<string>,
): ScoredCandidate[] {
  const everyday = corpus.everyday.join('\n');
  const out: ScoredCandidate[] = [];
  for (const candidate of candidates) {
    if (!worthScoring(candidate, corpus)) continue;
    const evidence = gatherEvidence(candidate, corpus, stats, everyday);
    const parts = contributions(evidence);
    const score = scoreOf(parts);
    const junk = junkReason(candidate.text, localNames);
    const rejected = junk ?? (score <= KEEP_THRESHOLD ? 'score not above threshold' : topicReason(candidate, evidence));
    out.push({ candidate, evidence, contributions: parts, score, kind: kindOf(evidence, parts), rejected });
  }
  return out;
}
