/**
 * Frames grouped by anchor key. The automaton stores a group number at every state that ends
 * an anchor, so building and loading must number the groups alike: in order of each anchor's
 * first appearance in the pattern list. This class is that one numbering.
 */
import { FrameSet } from './frame-set';
import { compileFrame, type CompiledFrame } from './frames';
import type { MatcherPattern } from './types';

/** The frames of a pattern list, compiled and grouped by their (normalised) anchor part. */
export class FrameGroups {
  readonly frames: CompiledFrame[] = [];
  /** `groups[g]` lists the frames (indices into `frames`) whose anchor key is group g. */
  readonly groups: number[][] = [];
  private readonly groupOf = new Map<string, number>();

  /** Compile `p`'s frame into its anchor's group: the anchor key and group, or null without a frame. */
  add(p: MatcherPattern): { anchor: string; group: number } | null {
    const f = compileFrame(p);
    if (!f) return null;
    const anchor = f.parts[f.anchor]!;
    let group = this.groupOf.get(anchor);
    if (group === undefined) {
      group = this.groups.push([]) - 1;
      this.groupOf.set(anchor, group);
    }
    this.groups[group]!.push(this.frames.push(f) - 1);
    return { anchor, group };
  }

  /** The scan-time frame set, or null when there are no frames. */
  toFrameSet(): FrameSet | null {
    return this.frames.length > 0 ? new FrameSet(this.frames, this.groups) : null;
  }
}

/** Every pattern's frame, grouped as `compilePatterns` groups them (a loaded automaton needs no keys). */
export function frameSetOf(patterns: readonly MatcherPattern[]): FrameSet | null {
  const groups = new FrameGroups();
  for (const p of patterns) groups.add(p);
  return groups.toFrameSet();
}
