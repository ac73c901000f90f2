/**
 * From candidates to scored, labelled, kept-or-rejected phrases. Hard rejections (junk) are
 * separated from low scores so the report can say why each phrase is out.
 */
import type { PhraseKind } from '../types';
import type { Baseline } from './baseline';
import type { Candidate } from './candidates';
import type { SegmentedCorpus } from './documents';
import { gatherEvidence, type Evidence } from './evidence';
import { localNameIn } from './local-names';
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
const JUNK = /[XxＸ_0-9A-Za-z＠①-⑳]/;
/** A bare Chinese number (十三, 两百): a count, not a phrase. Plan names (十四五) are numbered. */
const BARE_NUMBER = /^[一二两三四五六七八九十百千万亿零〇]+$/;
/** Five-year plan names: 十四五, 十五五, 九五 (the Nth plan, 五 for 五年规划); 十五 is left out,
 *  it reads as fifteen. */
export const PLAN_NAME = /^(?:十[一二三四五六七八九]|[六七八九])五$/;

/** True when a candidate can reach the threshold at all: recurrence across independent
 *  documents, or a formula's own evidence (quotation, a list, a numbered name). */
function worthScoring(c: Candidate, corpus: SegmentedCorpus): boolean {
  if (c.origins.has('ritual')) return c.sightings.some((s) => corpus.paras[s.doc]!.family !== corpus.paras[c.sightings[0]!.doc]!.family);
  if (c.origins.has('quote') || c.origins.has('quote-run') || c.origins.has('list') || c.origins.has('numbered')) return true;
  const first = corpus.paras[c.sightings[0]!.doc]!.family;
  return c.sightings.some((s) => corpus.paras[s.doc]!.family !== first);
}

/** The kind of a kept phrase, by rule: numbered names, formulas (lists and quoted names),
 *  slogans (noun formulations and idioms tagged i), bundles (verb phrases and l-tagged words). */
export function kindOf(e: Evidence, contributionsList: readonly Contribution[]): PhraseKind {
  const named = contributionsList.some((c) => c.reason === 'numbered' && c.weight > 1);
  if (e.ritual) return 'ritual';
  if (e.numbered && named) return 'numbered';
  if (e.list || e.quotedShare >= 0.5) return 'formula';
  if (e.idiomTag === 'i' || (!e.idiomTag && !e.verbPhrase)) return 'slogan';
  return 'bundle';
}

function junkReason(text: string, names: ReadonlySet<string>): string | undefined {
  if (JUNK.test(text)) return 'junk: redaction, digits or Latin';
  if (BARE_NUMBER.test(text) && !PLAN_NAME.test(text)) return 'junk: bare number';
  const name = localNameIn(text, names);
  return name ? `local name: ${name}` : undefined;
}

/** Below this normalised PMI, a word run is two words that merely meet (发展 | 提供). */
const MIN_COHESION = 0.25;

/** Rules that reject whatever the score: a fragment of a longer unit, a topic, a figure. */
export function ruleReason(e: Evidence): string | undefined {
  if (e.ritual) return undefined;
  if (e.closedLeft) return `fragment: nearly always after ${e.closedLeft}`;
  if (e.closedRight) return `fragment: nearly always before ${e.closedRight}`;
  const formula = e.list || e.numbered || e.quotedShare >= 0.5;
  if (e.danglingModifier && !formula) return 'fragment: ends on a modifier its head follows';
  if (e.listHeadCut && !formula) return 'fragment: a verb and the first item of its list';
  if (e.openPreposition && !formula) return 'fragment: a preposition governs words outside it';
  if (e.cutBeforeHead && !formula && !e.idiomTag) return 'fragment: never ends a clause, its head always follows';
  if (e.statistic && !e.list && e.quotedShare < 0.5) return 'statistic';
  if (e.topic) return `topic: ends on ${e.topic}`;
  if (e.commonCompound) return 'topic: two common nouns';
  if (e.keyword && e.register === 0 && !e.partyUse) return 'topic: a lone sector word of work reports, no register word, never in a party document or speech';
  if (e.cohesion !== null && e.cohesion < MIN_COHESION && !e.list && !e.numbered && e.quotedShare < 0.5) return `weak association (NPMI ${e.cohesion.toFixed(2)})`;
  // Common words that several independent documents put in quotation marks are a name (“走出去”, “一带一路”).
  if (e.generalWordsOnly && !(e.quotedShare >= 0.3 && e.families >= 2)) return 'general language: common words, none of the register';
  if (e.idiomTag && e.general > 0 && e.corpusRate < 2 * e.general) return 'general vocabulary: no more frequent here than in ordinary Chinese';
  return undefined;
}

/** Score every candidate worth scoring; label kind; mark rejections. */
export function scoreCandidates(
  candidates: readonly Candidate[],
  corpus: SegmentedCorpus,
  stats: WordStats,
  baseline: Baseline,
  localNames: ReadonlySet<string>,
): ScoredCandidate[] {
  const out: ScoredCandidate[] = [];
  for (const candidate of candidates) {
    if (!worthScoring(candidate, corpus)) continue;
    const evidence = gatherEvidence(candidate, corpus, stats, baseline);
    const parts = contributions(evidence);
    const score = scoreOf(parts);
    const junk = junkReason(candidate.text, localNames);
    const rejected = junk ?? ruleReason(evidence) ?? (score <= KEEP_THRESHOLD ? 'score not above threshold' : undefined);
    out.push({ candidate, evidence, contributions: parts, score, kind: kindOf(evidence, parts), rejected });
  }
  return out;
}
