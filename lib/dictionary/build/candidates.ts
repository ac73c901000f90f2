/**
 * Candidate phrases and where they were seen. Every generator (word n-grams, quotations,
 * lists, numbered formulations) feeds one table keyed by the normalised form, so the same
 * phrase found by two generators pools its evidence instead of competing with itself.
 */
import { normalizePhrase } from '../../matcher/normalize';

/** How a candidate was found; each origin is a different kind of evidence. */
export type Origin = 'idiom' | 'keyword' | 'ngram' | 'quote' | 'quote-run' | 'list' | 'numbered' | 'ritual';

/** One sighting of a candidate in a seed paragraph. */
export interface Sighting {
  /** Index into the segmented seed docs. */
  doc: number;
  start: number;
  end: number;
  /** The sighting stands alone inside “…” (quoted as a unit, not merely within a quote). */
  quoted: boolean;
  /** The word just before and just after, for branching (context variety) evidence. */
  left: string;
  right: string;
}

/** A phrase proposed by the generators, with everything they saw of it. */
export interface Candidate {
  /** Canonical form as first written in the seeds (list marks kept, quotes dropped). */
  text: string;
  /** normalizePhrase(text): the matcher's view, used to merge spellings. */
  key: string;
  /** Its jieba words and tags at first sighting (one word for an idiom). */
  words: string[];
  tags: string[];
  origins: Set<Origin>;
  sightings: Sighting[];
  /** Extra surface forms seen in the seeds (e.g. “等不起”“慢不得”“坐不住” for a quote run). */
  surfaces: Set<string>;
  /** For numbered formulations: the members the seeds spell out. */
  members?: string[];
}

/** The table all generators write to. */
export class CandidateTable {
  readonly byKey = new Map<string, Candidate>();
  /** Sightings by candidate key and position, so a re-sighting costs O(1). */
  private readonly seen = new Map<string, Map<number, Sighting>>();
  /** normalizePhrase results by surface text: the same n-gram recurs thousands of times. */
  private readonly keys = new Map<string, string>();

  /** Record one sighting of `text` (dedupes a position seen by two generators). */
  add(text: string, origin: Origin, sighting: Sighting, words: string[], tags: string[]): Candidate {
    let key = this.keys.get(text);
    if (key === undefined) this.keys.set(text, (key = normalizePhrase(text)));
    let c = this.byKey.get(key);
    if (!c) {
      c = { text, key, words, tags, origins: new Set(), sightings: [], surfaces: new Set() };
      this.byKey.set(key, c);
    }
    c.origins.add(origin);
    let positions = this.seen.get(key);
    if (!positions) this.seen.set(key, (positions = new Map()));
    const at = sighting.doc * 1e6 + sighting.start;
    const same = positions.get(at);
    if (same) same.quoted ||= sighting.quoted;
    else {
      positions.set(at, sighting);
      c.sightings.push(sighting);
    }
    return c;
  }

  /** All candidates, in first-seen order (deterministic). */
  all(): Candidate[] {
    return [...this.byKey.values()];
  }
}
