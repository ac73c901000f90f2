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
  frame?: MatcherFrame;
}

/**
 * A gapped frame such as 以…为指引. Gaps are measured in normalised chars (whitespace
 * deleted) and must be non-empty; the matcher anchors on the longest part (the later one
 * on ties) and takes the nearest occurrence of every other part, walking out from it.
 */
interface MatcherFrame {
  parts: string[];
  maxGap: number;
  /** Enumerations (一是…二是…) may run across 。！？; by default a gap stops at a sentence end. */
  crossSentences?: boolean;
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
  /**
   * The same matches as flat typed arrays, without one object per match, for hot paths
   * (the highlighter maps thousands of them). The arrays are reused: valid until the next call.
   */
  scanRanges(text: string): MatchRanges;
}

/** Matches as parallel arrays in offsets of the scanned text; entries `[0, count)` are valid. */
export interface MatchRanges {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  entries: Int32Array;
  /** 1 where the match is a frame match (its slots are only available through `scan`). */
  frames: Uint8Array;
}
