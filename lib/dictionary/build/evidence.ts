/**
 * What the corpus and the general-language baseline say about one candidate, as plain
 * numbers and flags. Scoring (score.ts) weighs them; keeping them apart lets the report show
 * why a phrase was kept or dropped.
 */
import type { Candidate, Sighting } from './candidates';
import type { SegmentedCorpus } from './documents';
import { segment, type Token } from './segment';
import type { WordStats } from './word-stats';
import { containsRegisterWord, registerShare } from '../register-words';
import { IDIOM_TAGS, isNameTagged } from './word-ngrams';
import { isParallel } from './lists';
import { COMMON_WORD, type Baseline } from './baseline';
import { isFunctionWord } from './edges';
import { isStatistic, topicHead } from './topic-words';

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

/** The tags of a name-tagged word's two halves, each segmented alone (建立健全 → 建立/v 健全/a):
 *  what the word is made of, since its own tag says only that jieba lists it as a name. */
function halfTags(word: string): string[] {
  return [...segment(word.slice(0, 2)), ...segment(word.slice(2))].map((t) => t.tag);
}

/** Shannon entropy (bits) of the neighbour words: 0 when a phrase is always followed (or
 *  preceded) by the same word, i.e. it is a piece of a longer unit. */
export function branchingEntropy(neighbours: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const n of neighbours) counts.set(n, (counts.get(n) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / neighbours.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** The neighbour a phrase is (almost) always next to, when it is a Han content word: then
 *  the phrase is a piece of a longer unit (中国特色 | 社会主义, 新 | 时代中国特色社会主义). */
export function closedBy(neighbours: readonly string[], families: readonly number[], share = 0.8): string | null {
  if (neighbours.length < 4) return null;
  const counts = new Map<string, number>();
  for (const n of neighbours) counts.set(n, (counts.get(n) ?? 0) + 1);
  for (const [word, n] of counts) {
    if (n < share * neighbours.length || !/^[\u4e00-\u9fff]+$/.test(word) || isFunctionWord(word)) continue;
    // Used on its own by three or more independent documents: a unit that also nests (核心价值观).
    const alone = new Set(families.filter((_, i) => neighbours[i] !== word));
    return alone.size >= 3 ? null : word;
  }
  return null;
}

/** The evidence for one candidate. */
export interface Evidence {
  occurrences: number;
  /** Independent document families with a sighting (near-duplicates count once). */
  families: number;
  /** Distinct years of use, and the first and last. */
  years: number;
  firstYear?: number;
  lastYear?: number;
  /** Kinds of issuing body using it: state, party, provincial, local (organGroup). */
  organs: number;
  /** Most sightings in any one document. */
  perDoc: number;
  /** Share of sightings that stand alone inside “…”. */
  quotedShare: number;
  /** jieba's i/l tag when the candidate is one such word. */
  idiomTag: string | null;
  numbered: boolean;
  /** The corpus spells out what the number stands for. */
  hasMembers: boolean;
  /** A list (、-joined items or a run of short quotes); `listShape` says how regular it is:
   *  0 uneven items, 1 items of one length, 2 one length and a shared character (乱收费、乱罚款). */
  list: boolean;
  listShape: 0 | 1 | 2;
  listItems: number;
  longItems: boolean;
  /** Every sighting is followed by 的: the phrase modifies something longer. */
  beforeDe: boolean;
  quoteRun: boolean;
  /** Multi-word phrase with a verb or opening on an adverb (认真贯彻落实). */
  verbPhrase: boolean;
  /** Share of words in the officialese register (for an idiom: 1 when it contains one). */
  register: number;
  /** Normalised PMI of the weakest split; null for one word. */
  cohesion: number | null;
  /** Branching entropy (bits) of the words before and after. */
  leftEntropy: number;
  rightEntropy: number;
  /** The candidate's frequency per million words in general Chinese, when jieba lists it. */
  general: number;
  /** Its frequency per million words in the corpus. */
  corpusRate: number;
  /** log2 of the corpus rate over the general rate (both + 1 per million): how much more
   *  the register uses it than ordinary Chinese does. */
  keyness: number;
  /** A whole short paragraph of address (同志们：). */
  ritual: boolean;
  /** A single word proposed for its keyness alone (no i/l tag). */
  keyword: boolean;
  /** One word jieba lists under a person-name or status tag (建立健全/nr, 狠抓落实/z): its jieba
   *  frequency is a name list's, not general Chinese, so its keyness says nothing. */
  nameTagged: boolean;
  /** Two nouns, both common in general Chinese (经济发展, 农业生产): a topic, not a formulation. */
  commonCompound: boolean;
  /** Two words, or a verb phrase, each word common in ordinary Chinese and none of the
   *  officialese register (不需要, 继续保持, 比较多): everyday language, whatever its recurrence.
   *  Longer noun compounds of common words (中国特色社会主义) are judged on their evidence. */
  generalWordsOnly: boolean;
  /** One ordinary word or a short (≤ 3 chars) quoted string: emphasis, not a formula. */
  plainWord: boolean;
  /** The content word it is nearly always preceded / followed by (a fragment), if any. */
  closedLeft: string | null;
  closedRight: string | null;
  /** The topic noun it ends on (义务教育), or true when it reports a figure (年均增长). */
  topic: string | null;
  statistic: boolean;
  /** Share of sightings with a clause edge or a function word right after / right before:
   *  a unit often ends a clause or takes 的; a cut-off piece (推动重点 | 领域) never does. */
  rightOpen: number;
  leftOpen: number;
  /** Share of sightings with a clause edge or a quotation mark (no Han word) right after /
   *  right before: the side is a boundary, whatever its branching entropy says. */
  rightEdge: number;
  leftEdge: number;
  /** Ends on a modifier, a count or a name (采取坚决, 构建新型, 培育一批, 贯彻习近平) that is
   *  rarely followed by a clause edge or a function word: cut off before its head. */
  danglingModifier: boolean;
  /** In most uses it ends on the first item of a 、 list whose next item is as long as its
   *  last word: a verb cut off with one item of its object (高举和平、发展、合作、共赢的旗帜). */
  listHeadCut: boolean;
  /** Holds a preposition that governs something outside the phrase (加大对粮食主产区, 坚持把…),
   *  or 以 without its 为 (坚持以人民 | 为中心), or is the second half of a 以…为 frame: it
   *  ends on 为 + one word, and in most sightings a 以 earlier in the clause governs it
   *  (以 | …重要思想为指导); 公有制为主体 and 久久为功 stand without one. */
  openPreposition: boolean;
  /** Used by a party organ or in a county or city speech, not only in government work reports. */
  partyUse: boolean;
  /** Seen often and (almost) never followed by a clause edge or a function word, while it is one
   *  modifying word (高质量 | 发展, 离退休 | 人员) or a verb whose object is cut off (推进乡村 | 振兴). */
  cutBeforeHead: boolean;
}

/** A governing preposition with its object outside the phrase, or 以 without its 为 (see `Evidence.openPreposition`). */
export function openPreposition(words: readonly string[], tags: readonly string[]): boolean {
  return words.some((w, i) => i > 0 && tags[i] === 'p' && (GOVERNING_PREPOSITION.has(w) || (w === '以' && !words.slice(i + 1).some((x) => x.startsWith('为')))));
}

/** Localisers that close a 在 phrase (在…上, 在…中). */
const LOCALISER = /^[上中下里内]$/;

/** Holds 在 (or a word it opens, 在思想上) and is followed by a localiser: the 在 phrase it opens
 *  closes outside it (坚持在发展 | 中解决问题, 市场在资源配置 | 中起决定性作用). */
export function openZai(words: readonly string[], right: string): boolean {
  return words.some((w) => w.startsWith('在')) && LOCALISER.test(right);
}

/** Ends on 为 + one word, with no 以 of its own (…思想为指导, 公有制为主体). */
export function endsOnWei(words: readonly string[]): boolean {
  return words.length >= 3 && words[words.length - 2] === '为' && !words.includes('以');
}

/** Share of sightings a 以 must govern for a 为-ending phrase to be the half of a frame. */
const GOVERNED_SHARE = 0.5;
const CLAUSE_END = /[，。；：！？,;:!?]/;

/** A preposition 以 stands earlier in the clause than `start` (以马克思列宁主义、…重要思想 | 为指导). */
export function governedByYi(tokens: readonly Token[], start: number): boolean {
  let i = tokens.findIndex((t) => t.start >= start);
  if (i < 0) i = tokens.length;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (CLAUSE_END.test(t.word)) return false;
    if (t.word === '以' && t.tag === 'p') return true;
  }
  return false;
}

/** Sightings before the never-closed evidence of `cutBeforeHead` is trusted. */
const CUT_MIN_SIGHTINGS = { word: 20, verbObject: 8 };
/** At most this share of open right edges for `cutBeforeHead`. */
const CUT_OPEN_SHARE = 0.05;
const OBJECT_TAG = /^(n|ns|nz|a|b)$/;

/** The shape of a phrase cut before its head: one word, or a verb and a noun or modifier. */
export function cutShape(words: readonly string[], tags: readonly string[], occurrences: number): boolean {
  if (words.length === 1) return occurrences >= CUT_MIN_SIGHTINGS.word;
  return occurrences >= CUT_MIN_SIGHTINGS.verbObject && tags[0] === 'v' && OBJECT_TAG.test(tags[tags.length - 1]!);
}

/** Tags of words that modify a head: adverbial adjectives, attributive-only words, verb-adverbs,
 *  counts, and personal names (贯彻习近平 | 新时代…). */
const MODIFIER_TAG = /^(ad|b|vd|m|nrfg)$/;

/** The last word modifies a head that follows it. jieba tags many two-character verbs `a`
 *  (落实/a), so an adjective counts only as one character (实现新 | 局面, 把握好 | …); a count
 *  with 大 is a congress's name (十八大, 十八/m 大/a), not a cut-off count. */
export function endsOnModifier(words: readonly string[], tags: readonly string[]): boolean {
  if (words.length < 2) return false;
  const word = words[words.length - 1]!;
  const tag = tags[tags.length - 1]!;
  const congress = word.endsWith('大') && (tag === 'm' || tags[tags.length - 2] === 'm');
  if (congress) return false;
  if (tag === 'a') return word.length === 1;
  return MODIFIER_TAG.test(tag);
}
/** Below this share of open right edges, a phrase ending on a modifier is a cut-off piece. */
const DANGLING_OPEN_SHARE = 0.25;
/** Prepositions whose object and verb lie after them: 对 X (的支持), 把 X (作为…), 同 X (的关系). */
const GOVERNING_PREPOSITION = new Set(['对', '把', '同']);

/** Share of sightings that report a quantity: at or above it, the phrase is a statistic. */
const FIGURE_SHARE = 0.5;
/** Share of sightings that end on a list's first item: at or above it, the phrase is a cut. */
const LIST_HEAD_SHARE = 0.5;

/** A figure right before the phrase (3个百分点, 5%) or within two characters after it
 *  (覆盖率达到13.5%, 失业率控制在5.5%): the sentence reports a quantity. */
export function nextToFigure(text: string, start: number, end: number): boolean {
  return /[0-9０-９%％]$/.test(text.slice(Math.max(0, start - 1), start)) || /^[^0-9０-９。；，]{0,2}[0-9０-９]/.test(text.slice(end, end + 3));
}

/** The phrase at [start, end) is followed by 、 and a next item as long as its last word (and
 *  shorter than itself): it takes in only the first item of a list of words. */
export function cutsListHead(text: string, start: number, end: number, lastWord: number): boolean {
  if (text[end] !== '、') return false;
  const next = /^[^、，。；：！？“”（）\s]+/.exec(text.slice(end + 1))?.[0] ?? '';
  return next.length === lastWord && next.length < end - start;
}

const isEdge = (word: string) => !/^[\u4e00-\u9fff]+$/.test(word);
const isOpen = (word: string) => isEdge(word) || isFunctionWord(word);

const NOUNISH = /^(n|ns|nt|nz|ng|vn|an|nr)$/;

/** Gather the evidence for `c` from the segmented corpus, the word statistics and the baseline. */
export function gatherEvidence(c: Candidate, corpus: SegmentedCorpus, stats: WordStats, baseline: Baseline): Evidence {
  const paras = corpus.paras;
  const families = new Set<number>();
  const years = new Set<number>();
  const organs = new Set<string>();
  const byDoc = new Map<number, number>();
  for (const s of c.sightings) {
    const p = paras[s.doc]!;
    families.add(p.family);
    if (p.year) years.add(p.year);
    organs.add(p.organ);
    byDoc.set(p.doc, (byDoc.get(p.doc) ?? 0) + 1);
  }
  const quoted = c.sightings.filter((s) => s.quoted).length;
  const single = c.words.length === 1;
  const idiomTag = single && IDIOM_TAGS.has(c.tags[0]!) ? c.tags[0]! : null;
  const numbered = c.origins.has('numbered');
  const list = c.origins.has('list') || c.origins.has('quote-run') || LIST_MARK.test(c.text);
  const sightingFamilies = c.sightings.map((s) => paras[s.doc]!.family);
  const sortedYears = [...years].sort((a, b) => a - b);
  const openRight = c.sightings.filter((s) => isOpen(s.right)).length;
  /** The share of sightings for which `holds` is true. */
  const shareOf = (holds: (s: Sighting) => boolean) => c.sightings.filter(holds).length / Math.max(c.sightings.length, 1);
  const nameTagged = single && isNameTagged(c.words[0]!, c.tags[0]!);
  const verbPhrase = !list && isVerbPhrase(nameTagged ? halfTags(c.words[0]!) : c.tags);
  return {
    occurrences: c.sightings.length,
    families: families.size,
    years: years.size,
    ...(sortedYears.length ? { firstYear: sortedYears[0], lastYear: sortedYears[sortedYears.length - 1] } : {}),
    organs: organs.size,
    perDoc: Math.max(0, ...byDoc.values()),
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
    verbPhrase,
    register: single ? (containsRegisterWord(c.text) ? 1 : 0) : registerShare(c.words),
    cohesion: list ? null : stats.cohesion(c.words),
    leftEntropy: branchingEntropy(c.sightings.map((s) => s.left)),
    rightEntropy: branchingEntropy(c.sightings.map((s) => s.right)),
    general: baseline.frequency(c.text),
    corpusRate: (c.sightings.length * 1e6) / Math.max(stats.total, 1),
    keyness: Math.log2(((c.sightings.length * 1e6) / Math.max(stats.total, 1) + 1) / (baseline.frequency(c.text) + 1)),
    ritual: c.origins.has('ritual'),
    keyword: c.origins.has('keyword') && !idiomTag && !numbered && !list,
    nameTagged,
    commonCompound:
      c.words.length === 2 && !list && !numbered && c.tags.every((t) => NOUNISH.test(t)) &&
      c.words.every((w) => baseline.frequency(w) >= COMMON_WORD),
    generalWordsOnly:
      (c.words.length === 2 || verbPhrase) && !list && !numbered && registerShare(c.words) === 0 &&
      c.words.every((w) => baseline.frequency(w) >= COMMON_WORD),
    plainWord: quoted > 0 && !idiomTag && !numbered && !list && (single || c.text.length <= 3),
    closedLeft: list ? null : closedBy(c.sightings.map((s) => s.left), sightingFamilies),
    closedRight: list ? null : closedBy(c.sightings.map((s) => s.right), sightingFamilies),
    topic: list || numbered ? null : topicHead(c.text) ?? null,
    // Next to a figure in most uses: an indicator a report fills in (森林覆盖率达到, 个百分点),
    // unless it names a numbered formulation of its own.
    statistic: isStatistic(c.text) || (!numbered && shareOf((s) => nextToFigure(paras[s.doc]!.text, s.start, s.end)) >= FIGURE_SHARE),
    rightOpen: openRight / Math.max(c.sightings.length, 1),
    leftOpen: shareOf((s) => isOpen(s.left)),
    rightEdge: shareOf((s) => isEdge(s.right)),
    leftEdge: shareOf((s) => isEdge(s.left)),
    listHeadCut:
      c.words.length >= 2 &&
      shareOf((s) => cutsListHead(paras[s.doc]!.text, s.start, s.end, c.words[c.words.length - 1]!.length)) >= LIST_HEAD_SHARE,
    danglingModifier:
      endsOnModifier(c.words, c.tags) &&
      openRight < DANGLING_OPEN_SHARE * c.sightings.length,
    partyUse: organs.has('party') || organs.has('local'),
    cutBeforeHead:
      cutShape(c.words, c.tags, c.sightings.length) &&
      openRight <= CUT_OPEN_SHARE * c.sightings.length,
    openPreposition:
      openPreposition(c.words, c.tags) ||
      shareOf((s) => openZai(c.words, s.right)) >= GOVERNED_SHARE ||
      (endsOnWei(c.words) && shareOf((s) => governedByYi(paras[s.doc]!.tokens, s.start)) >= GOVERNED_SHARE),
  };
}
