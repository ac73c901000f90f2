/**
 * Draft entries: the mined phrases that passed and the mined frames, one draft per
 * normalised form, before their occurrences are checked with the page matcher.
 */
import type { FrameSpec, PhraseKind } from '../types';
import type { MinedFrame } from './frames';
import { membersFromLists } from './numbered';
import type { ScoredCandidate } from './select';
import { KEEP_THRESHOLD } from './score';
import { frameAlternatives, variantsOf } from './variants';

/** An entry before its occurrences are known. */
export interface DraftEntry {
  key: string;
  text: string;
  kind: PhraseKind;
  score: number;
  variants: string[];
  frame?: FrameSpec;
  members?: string[];
  /** The scored candidate behind a phrase draft (for fragment checks and the report). */
  mined?: ScoredCandidate;
}

/** Score of a mined frame: more independent documents and fillers, more certainty. */
function frameScore(f: MinedFrame): number {
  return Math.round(1000 / (1 + Math.exp(-(Math.log2(f.families) + Math.log2(f.fillers) - 6)))) / 1000;
}

/** Kept candidates and mined frames as drafts, in a deterministic order. */
export function draftEntries(scored: readonly ScoredCandidate[], frames: readonly MinedFrame[]): DraftEntry[] {
  const drafts = new Map<string, DraftEntry>();
  // Parallel lists of the corpus, by their items, for numbered names the text never spells out in place.
  const lists = scored.filter((s) => s.candidate.origins.has('list')).map((s) => s.candidate.text.split(/[、,，]/));
  for (const s of scored) {
    if (s.rejected) continue;
    const c = s.candidate;
    drafts.set(c.key, {
      key: c.key,
      text: c.text,
      kind: s.kind,
      score: s.score,
      variants: variantsOf(c.text, [...c.surfaces].sort()),
      members: c.members ?? (s.kind === 'numbered' ? membersFromLists(c.text, lists) ?? undefined : undefined),
      mined: s,
    });
  }
  for (const f of frames) {
    if (frameScore(f) <= KEEP_THRESHOLD) continue;
    const text = f.parts.join('…');
    const alternatives = frameAlternatives(f.parts);
    const frame: FrameSpec = { parts: [...f.parts], maxGap: f.maxGap, ...(alternatives.length ? { alternatives } : {}) };
    drafts.set(`frame:${text}`, { key: `frame:${text}`, text, kind: 'frame', score: frameScore(f), variants: [], frame });
  }
  return [...drafts.values()];
}
