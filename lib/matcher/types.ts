/**
 * The matcher's contract, shared by the content script, the CLI scanner, the
 * dictionary build and the bench. Implementation lives beside this file.
 */

/** A pattern handed to the matcher: every surface form of one dictionary entry. */
export interface MatcherPattern {
  /** Index of the entry in the dictionary's `entries` array. */
  entry: number;
  /** Contiguous surface forms (already including variants); normalised by the matcher. */
  forms: string[];
  /** For frames: fixed parts in order and the largest gap between neighbours, in chars. */
  frame?: { parts: string[]; maxGap: number };
}

/** One match, in offsets of the text that was scanned (not the normalised text). */
export interface Match {
  start: number;
  end: number;
  entry: number;
  /** For frame matches: the [start, end) of each gap, in the scanned text. */
  slots?: Array<[number, number]>;
}

/** A built matcher. `scan` is reentrant but reuses internal buffers between calls. */
export interface Matcher {
  /** Leftmost-longest, non-overlapping matches in `text`, ordered by start. */
  scan(text: string): Match[];
}
