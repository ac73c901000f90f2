/**
 * Draft entries: the mined phrases that passed, merged with the curated canonical lists.
 * One draft per normalised form; where the seeds and the curated list agree, the curated
 * kind and members win (they are reviewed) and the seeds supply the provenance.
 */
import { normalizePhrase } from '../../matcher/normalize';
import { CANONICAL_FRAMES } from '../canonical-frames';
import { CANONICAL_FORMULATIONS } from '../canonical-formulations';
import type { EntrySource, FrameSpec, PhraseKind } from '../types';
import type { ScoredCandidate } from './select';
import { frameAlternatives, variantsOf } from './variants';

/** An entry before its provenance is known. */
export interface DraftEntry {
  key: string;
  text: string;
  kind: PhraseKind;
  source: EntrySource;
  /** Mined evidence score; canonical drafts get theirs once occurrences are known. */
  score: number;
  variants: string[];
  frame?: FrameSpec;
  members?: string[];
  /** The scored candidate behind a mined draft (for fragment checks and the report). */
  mined?: ScoredCandidate;
}

/** Keys of frames: the display text, which never collides with a contiguous phrase. */
const frameKey = (text: string) => `frame:${text}`;

/** Merge kept candidates and the curated lists into drafts, in a deterministic order. */
export function draftEntries(scored: readonly ScoredCandidate[]): DraftEntry[] {
  const drafts = new Map<string, DraftEntry>();
  for (const s of scored) {
    if (s.rejected) continue;
    const c = s.candidate;
    drafts.set(c.key, {
      key: c.key,
      text: c.text,
      kind: s.kind,
      source: 'seeds',
      score: s.score,
      variants: variantsOf(c.text, [...c.surfaces].sort()),
      members: c.members,
      mined: s,
    });
  }
  for (const f of CANONICAL_FORMULATIONS) {
    const key = normalizePhrase(f.text);
    const mined = drafts.get(key);
    drafts.set(key, {
      key,
      text: f.text,
      kind: f.kind,
      source: 'canonical',
      score: mined?.score ?? 0,
      variants: variantsOf(f.text, mined ? [...mined.mined!.candidate.surfaces].sort() : []),
      members: f.members ?? mined?.members,
    });
  }
  for (const f of CANONICAL_FRAMES) {
    const key = f.frame ? frameKey(f.text) : normalizePhrase(f.text);
    const alternatives = f.frame ? frameAlternatives(f.frame.parts) : [];
    const frame = f.frame && (alternatives.length ? { ...f.frame, alternatives } : f.frame);
    drafts.set(key, {
      key,
      text: f.text,
      kind: f.kind,
      source: 'canonical',
      score: drafts.get(key)?.score ?? 0,
      variants: f.frame ? [] : variantsOf(f.text),
      frame,
    });
  }
  return [...drafts.values()];
}
