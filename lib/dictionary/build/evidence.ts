/**
 * What the seeds and the everyday texts say about one candidate, as plain numbers and
 * flags. Scoring (score.ts) weighs them; keeping them apart lets the report show why a
 * phrase was kept or dropped.
 */
import type { Candidate } from './candidates';
import type { SegmentedCorpus } from './documents';
import type { WordStats } from './word-stats';
import { containsRegisterWord, registerShare } from '../register-words';
import { IDIOM_TAGS } from './word-ngrams';
import { isParallel } from './lists';

const LIST_MARK = /[、,，]/;

function listShape(c: Candidate): 0 | 1 | 2 {
  const items = c.text.split(LIST_MARK);
  if (items.length < 2 || items[0]!.length < 2 || items.some((s) => s.length !== items[0]!.length)) return 0;
  return isParallel(items) ? 2 : 1;
}

/** A predicate somewhere (a verb, an idiom, a closing adjective) or an opening adverb:
 *  切实/ad 加强/v, 全面/n 加强/v, 统一/v 思想/n, 群众反映/i 强烈/a. */
function isVerbPhrase(tags: readonly string[]): boolean {
  if (tags.length < 2) return false;
  return tags.some((t) => t === 'v' || t === 'i' || t === 'l') || /^(d|ad|v)$/.test(tags[0]!) || tags[tags.length - 1] === 'a';
}

/** The evidence for one candidate. */
export interface Evidence {
  occurrences: number;
  /** Most sightings in any one speech (a redacted twin's copies are not repetitions). */
  perSpeech: number;
  /** Independent speech families with a sighting. */
  families: number;
  /** Share of sightings that stand alone inside “…”. */
  quotedShare: number;
  /** jieba's i/l tag when the candidate is one such word. */
  idiomTag: string | null;
  numbered: boolean;
  /** The seeds spell out what the number stands for. */
  hasMembers: boolean;
  /** A list (、-joined items or a run of short quotes); `listShape` says how regular it is:
   *  0 uneven items, 1 items of one length, 2 one length and a shared character (乱收费、乱罚款). */
  list: boolean;
  listShape: 0 | 1 | 2;
  /** Number of list items, and whether each has three or more characters (a coincidental
   *  list of short words, 挑刺、揭短, is common; one of longer items is not). */
  listItems: number;
  longItems: boolean;
  /** Every sighting is followed by 的: the phrase modifies something longer (提高干部队伍|的). */
  beforeDe: boolean;
  quoteRun: boolean;
  /** Multi-word phrase with a verb or opening on an adverb (认真贯彻落实), versus a noun
   *  compound (事业发展): officialese stock is mostly the former. */
  verbPhrase: boolean;
  /** Share of words in the officialese register (for an idiom: 1 when it contains one). */
  register: number;
  /** Normalised PMI of the weakest split; null for one word. */
  cohesion: number | null;
  /** Distinct neighbour words left and right, over sightings (1 = always the same). */
  leftVariety: number;
  rightVariety: number;
  /** Occurrences in the everyday texts, as the matcher would find them there. */
  everyday: number;
  /** One ordinary word or a short (≤ 3 chars) string that is no idiom, list or numbered
   *  formulation: quoted for emphasis (“主动”, “赞助费”), not a formula. */
  plainWord: boolean;
}

function countIn(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

function variety(values: readonly string[]): number {
  return new Set(values).size;
}

/** Gather the evidence for `c` from the segmented corpus and the word statistics. */
export function gatherEvidence(c: Candidate, corpus: SegmentedCorpus, stats: WordStats, everyday: string): Evidence {
  const families = new Set(c.sightings.map((s) => corpus.seeds[s.doc]!.family));
  const bySpeech = new Map<number, number>();
  for (const s of c.sightings) bySpeech.set(corpus.seeds[s.doc]!.speech, (bySpeech.get(corpus.seeds[s.doc]!.speech) ?? 0) + 1);
  const quoted = c.sightings.filter((s) => s.quoted).length;
  const single = c.words.length === 1;
  const idiomTag = single && IDIOM_TAGS.has(c.tags[0]!) ? c.tags[0]! : null;
  const numbered = c.origins.has('numbered');
  const list = c.origins.has('list') || c.origins.has('quote-run') || LIST_MARK.test(c.text);
  return {
    occurrences: c.sightings.length,
    perSpeech: Math.max(0, ...bySpeech.values()),
    families: families.size,
    quotedShare: c.sightings.length ? quoted / c.sightings.length : 0,
    idiomTag,
    numbered,
    hasMembers: !!c.members,
    list,
    listShape: list ? listShape(c) : 0,
    listItems: list ? c.text.split(LIST_MARK).length : 0,
    longItems: list && c.text.split(LIST_MARK).every((s) => s.length >= 3),
    beforeDe: c.sightings.length >= 2 && c.sightings.every((s) => s.right === '的'),
    quoteRun: c.origins.has('quote-run'),
    verbPhrase: !list && isVerbPhrase(c.tags),
    register: single ? (containsRegisterWord(c.text) ? 1 : 0) : registerShare(c.words),
    cohesion: list ? null : stats.cohesion(c.words),
    leftVariety: variety(c.sightings.map((s) => s.left)),
    rightVariety: variety(c.sightings.map((s) => s.right)),
    everyday: countIn(everyday, c.key),
    plainWord: quoted > 0 && !idiomTag && !numbered && !list && (single || c.text.length <= 3),
  };
}
