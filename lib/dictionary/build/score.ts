/**
 * Evidence → score. Each piece of evidence adds log-odds; the sum goes through a logistic,
 * so the score reads as "how sure are we this is stock language" in [0, 1]. The weights are
 * few and hand-set; they were chosen on the corpus mining itself (what the report shows),
 * never on the hand-labelled evaluation documents, with a bias towards precision: a wrong
 * highlight costs more trust than a missing one.
 */
import type { Evidence } from './evidence';

/** Mined phrases must score above this (even odds are not enough) to enter the artifact. */
export const KEEP_THRESHOLD = 0.5;

/** One weighted reason, for the report. */
export interface Contribution {
  reason: string;
  weight: number;
}

/** A phrase seen once, in one document, with no other sign of being fixed, is not stock. */
const PRIOR = -4;
/** Seen this many times in a row with the same neighbour: a piece of a longer unit. */
const MIN_SIGHTINGS_FOR_ENTROPY = 4;
const LOW_ENTROPY = 0.5;
/** Share of sightings at a clause edge or quotation mark that makes a side a boundary. */
const EDGE_SHARE = 0.5;

/** Beyond this many independent documents, more recurrence says nothing new (topic words
 *  recur in every report too). */
const MAX_FAMILIES = 16;
/** Sightings needed before the open-edge shares are trusted. */
const MIN_SIGHTINGS_FOR_EDGES = 6;

const round = (x: number) => Math.round(x * 10) / 10;

/** The log-odds contributions of the evidence (the score is the logistic of their sum). */
export function contributions(e: Evidence): Contribution[] {
  const out: Contribution[] = [{ reason: 'prior', weight: PRIOR }];
  const add = (reason: string, weight: number) => weight !== 0 && out.push({ reason, weight: round(weight) });
  // Recurrence across independent documents: strong, but with diminishing returns (topic
  // phrases recur in every report too; the other evidence has to tell them apart).
  add(`families=${e.families}`, 1.2 * Math.log2(Math.min(Math.max(e.families, 1), MAX_FAMILIES)));
  // Reused over years and by different kinds of body (state, party, province, county).
  if (e.years >= 3 && e.lastYear! - e.firstYear! >= 5) add('years', 0.5);
  if (e.organs >= 2) add(`organs=${e.organs}`, 0.4 * (e.organs - 1));
  // Many mentions in one document and few elsewhere: the document's topic.
  if (e.families <= 2 && e.perDoc >= 5 && e.quotedShare < 0.5 && !e.numbered) add('topic-burst', -1.5);
  if (e.idiomTag === 'i') add('idiom(i)', 1.6);
  if (e.idiomTag === 'l') add('habitual(l)', 1.4);
  if (e.idiomTag) add(e.register > 0 ? 'officialese-idiom' : 'plain-idiom', e.register > 0 ? 1 : e.idiomTag === 'l' ? -2 : -1);
  const bundle = !e.idiomTag && !e.list && !e.numbered;
  if (bundle) add('register', 2 * e.register - 1);
  if (bundle) add(e.verbPhrase ? 'verb-phrase' : 'noun-compound', e.verbPhrase ? 0.6 : -0.6);
  // Keyness against general Chinese: ordinary vocabulary is not stock language.
  if (e.general > 0 && e.keyness < 2) add(`general-language(${e.general.toFixed(1)}/M)`, e.keyness < 1 ? -4 : -2);
  // A lone word stands for a formulation only when the register owns it (主旋律, 干部队伍).
  // A name-tagged word has no general frequency, so its keyness is high by construction: only
  // the register speaks for it (建立健全, 严格执行 yes; 上市公司, 农村居民 are names and topics).
  if (e.keyword && e.nameTagged) add('name-tagged', e.register > 0 ? 0 : -2);
  else if (e.keyword) add(`keyword(${e.keyness.toFixed(1)} bits)`, Math.max(-4, Math.min(1.5, e.keyness - 4)));
  // Quoting a list or a numbered name marks a formula; quoting one phrase may be emphasis.
  if (e.quotedShare >= 0.5) add('quoted', e.list || e.numbered ? 1.5 : 0.5);
  if (e.quotedShare >= 0.3 && e.families >= 2) add('quoted-by-several', 2);
  if (e.list) add(`list-shape=${e.listShape}`, [0, 1.5, 2][e.listShape]!);
  if (e.listShape > 0 && e.listItems >= 3) add('three-or-more-items', 0.3);
  if (e.listShape > 0 && e.longItems) add('long-items', 0.3);
  if (e.quoteRun) add('quote-run', 0.8);
  // A numeral + measure is a formulation only when named as one: quoted, spelled out or shared.
  if (e.numbered) add('numbered', e.quotedShare > 0 || e.hasMembers || e.families >= 3 ? 2.5 : 0.5);
  if (e.cohesion !== null) {
    // PMI of a pair seen once is high by construction; trust it as sightings accumulate.
    const reliability = Math.min(1, (e.occurrences - 1) / 3);
    add('cohesion', (e.cohesion - 0.3) * 3 * reliability);
  }
  // Branching entropy: few different neighbours on a side, a weak boundary there; unless
  // that one neighbour is a clause edge or a quotation mark (“一带一路”, 战斗堡垒。), which
  // is the strongest boundary there is.
  if (e.occurrences >= MIN_SIGHTINGS_FOR_ENTROPY && !e.list) {
    if (e.rightEntropy < LOW_ENTROPY && e.rightEdge < EDGE_SHARE) add('low-right-entropy', -1);
    if (e.leftEntropy < LOW_ENTROPY && e.leftEdge < EDGE_SHARE) add('low-left-entropy', -1);
  }
  // Never followed by a clause edge or a function word: cut off before its head (推动重点 | 领域).
  if (e.occurrences >= MIN_SIGHTINGS_FOR_EDGES && !e.list && !e.idiomTag) {
    if (e.rightOpen < 0.05) add('never-closed', -2);
    if (e.leftOpen < 0.05) add('never-opened', -1.5);
  }
  if (e.beforeDe) add('modifier-of-longer', -1);
  // A paragraph of address repeated by independent speakers is the ritual of the genre.
  if (e.ritual) add('ritual-address', 3);
  if (e.plainWord) add('plain-word', -2.5);
  return out;
}

/** Logistic of the summed contributions, rounded so the artifact is stable byte for byte. */
export function scoreOf(parts: readonly Contribution[]): number {
  const z = parts.reduce((sum, c) => sum + c.weight, 0);
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}
