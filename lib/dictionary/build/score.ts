/**
 * Evidence → score. Each piece of evidence adds log-odds; the sum goes through a logistic,
 * so the score reads as "how sure are we this is stock language" in [0, 1]. The weights are
 * few and hand-set (the seeds are far too small to fit them); the threshold is checked by a
 * test against hand-labelled seed phrases (tests/unit/dictionary/threshold.test.ts), with
 * a bias towards precision: a wrong highlight costs more trust than a missing one.
 */
import type { Evidence } from './evidence';

/** Mined phrases must score above this (even odds are not enough) to enter the artifact. */
export const KEEP_THRESHOLD = 0.5;

/** One weighted reason, for the report. */
export interface Contribution {
  reason: string;
  weight: number;
}

/** A phrase seen once, in one speech, with no other sign of being fixed, is not stock. */
const PRIOR = -3;

/** The log-odds contributions of the evidence (the score is the logistic of their sum). */
export function contributions(e: Evidence): Contribution[] {
  const out: Contribution[] = [{ reason: 'prior', weight: PRIOR }];
  const add = (reason: string, weight: number) => weight !== 0 && out.push({ reason, weight });
  // Recurrence across independent speeches is the strongest sign of a stock phrase.
  add(`families=${e.families}`, 1.8 * Math.min(e.families - 1, 3));
  // Repetition inside one speech (a copy in a redacted twin does not count).
  if (e.families === 1 && e.perSpeech >= 2 && e.perSpeech < 5) add('repeated', 0.5);
  // Five mentions in one speech and none elsewhere: the speech's topic, not its formulas.
  if (e.families === 1 && e.perSpeech >= 5 && e.quotedShare < 0.5 && !e.numbered) add('topic-burst', -1);
  if (e.idiomTag === 'i') add('idiom(i)', 1.6);
  if (e.idiomTag === 'l') add('habitual(l)', 1.4);
  if (e.idiomTag) add(e.register > 0 ? 'officialese-idiom' : 'plain-idiom', e.register > 0 ? 1.2 : -0.8);
  const bundle = !e.idiomTag && !e.list && !e.numbered;
  if (bundle) add('register', Math.round((2 * e.register - 1) * 10) / 10);
  if (bundle) add(e.verbPhrase ? 'verb-phrase' : 'noun-compound', e.verbPhrase ? 0.8 : -0.5);
  // Quoting a list or a numbered name marks a formula; quoting one phrase may be emphasis
  // (将“奋斗精神”深耕厚植于心) …
  if (e.quotedShare >= 0.5) add('quoted', e.list || e.numbered ? 1.5 : 0.5);
  // … unless speakers who never read each other quote the same words: a named formula.
  if (e.quotedShare >= 0.5 && e.families >= 2) add('quoted-by-several', 2);
  if (e.list) add(`list-shape=${e.listShape}`, [0, 1.5, 2][e.listShape]!);
  if (e.listShape > 0 && e.listItems >= 3) add('three-or-more-items', 0.3);
  if (e.listShape > 0 && e.longItems) add('long-items', 0.3);
  if (e.quoteRun) add('quote-run', 0.8);
  // A numeral + measure is a formulation only when named as one: quoted, spelled out or shared.
  if (e.numbered) add('numbered', e.quotedShare > 0 || e.hasMembers || e.families >= 2 ? 2.5 : 0.5);
  if (e.cohesion !== null) {
    // PMI of a pair seen once is high by construction; trust it as sightings accumulate.
    const reliability = Math.min(1, (e.occurrences - 1) / 3);
    add('cohesion', Math.round((e.cohesion - 0.3) * 2 * reliability * 10) / 10);
  }
  if (e.occurrences >= 3 && (e.leftVariety === 1 || e.rightVariety === 1)) add('fixed-context', -1);
  if (e.beforeDe) add('modifier-of-longer', -1);
  if (e.plainWord) add('plain-word', -2.5);
  if (e.everyday > 0) add(`everyday×${e.everyday}`, -3 * Math.min(e.everyday, 2));
  return out;
}

/** Logistic of the summed contributions, rounded so the artifact is stable byte for byte. */
export function scoreOf(parts: readonly Contribution[]): number {
  const z = parts.reduce((sum, c) => sum + c.weight, 0);
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}
