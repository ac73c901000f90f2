/**
 * A block: the text of consecutive text nodes that no block edge separates, with a flat
 * offset map back to the nodes and the matches found in it, as typed arrays. A frame match
 * (以…为指引) is painted as its fixed parts only, so a block with frames also lists the
 * pieces it paints; most blocks have none and paint each match whole.
 */
import type { PaintPieces } from '../matcher/block-scan';

/** What a block belongs to: its nearest container element, or a shadow root. */
export type Container = Element | ShadowRoot;

/** One run of page text that phrases may span (never across blocks). */
export interface Block {
  container: Container;
  /** The text nodes in order; none is empty. */
  nodes: Text[];
  /** `starts[i]` = offset of `nodes[i]` in `text`; `starts[nodes.length]` = text length. */
  starts: Int32Array;
  text: string;
  /**
   * Matches in block offsets, ordered by start (copies; the matcher reuses its buffers).
   * A phrase found inside a frame's gap is a match of its own, listed after its frame.
   */
  count: number;
  matchStarts: Int32Array;
  matchEnds: Int32Array;
  matchEntries: Int32Array;
  /** What gets painted when some match is not painted whole; null when every one is. */
  pieces: PaintPieces | null;
  /** Painter-owned record of what is painted for this block, or null when nothing is. */
  painted: unknown;
  /** False once the block was replaced by a rescan; stale lookups then return nothing. */
  alive: boolean;
}

/**
 * A copy of the walk's `walked` nodes (it reuses its array) and their flat offset map:
 * `starts[i]` = offset of `nodes[i]`, `starts[nodes.length]` = the text's length.
 */
export function copyNodesWithOffsets(walked: readonly Text[]): { nodes: Text[]; starts: Int32Array } {
  const nodes = walked.slice();
  const starts = new Int32Array(nodes.length + 1);
  for (let i = 0, at = 0; i < nodes.length; i++) starts[i + 1] = at += nodes[i]!.length;
  return { nodes, starts };
}

/** A position inside a block's nodes. */
export interface NodePosition {
  node: Text;
  offset: number;
}

/**
 * The node holding block offset `offset`: the last node starting at or before it. Binary
 * search over the flat map, because a block of a `<pre>` dump can hold thousands of nodes.
 */
export function nodeIndexAt(block: Block, offset: number): number {
  const { starts } = block;
  let lo = 0;
  let hi = block.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where a match starting at block offset `start` begins in the DOM. */
export function startPosition(block: Block, start: number): NodePosition {
  const i = nodeIndexAt(block, start);
  return { node: block.nodes[i]!, offset: start - block.starts[i]! };
}

/** Where a match ending (exclusively) at block offset `end` ends: inside its last char's node. */
export function endPosition(block: Block, end: number): NodePosition {
  const i = nodeIndexAt(block, end - 1);
  return { node: block.nodes[i]!, offset: end - block.starts[i]! };
}

/** Index of the last of `count` ordered `starts` at or before `offset`, or -1. */
function lastStartAtOrBefore(starts: Int32Array, count: number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The match painted at block offset `offset` (a caret position), or -1. A caret just after
 * a painted piece's last char still selects it, unless another piece starts there. So a
 * caret inside a frame's gap selects a phrase painted there, or nothing: the gap is the
 * page's own words, not the frame.
 */
export function matchIndexAt(block: Block, offset: number): number {
  const p = block.pieces;
  if (!p) {
    const i = lastStartAtOrBefore(block.matchStarts, block.count, offset);
    return i >= 0 && offset <= block.matchEnds[i]! ? i : -1;
  }
  const k = lastStartAtOrBefore(p.starts, p.count, offset);
  return k >= 0 && offset <= p.ends[k]! ? p.match[k]! : -1;
}

/** How many ranges painting the block takes: one per match, or one per piece. */
export function paintRangeCount(block: Block): number {
  return block.pieces ? block.pieces.count : block.count;
}

/** The match painted by range `k` (in the order `forEachPaintRange` visits them). */
export function paintRangeMatch(block: Block, k: number): number {
  return block.pieces ? block.pieces.match[k]! : k;
}

/** The gaps of match `i` in block offsets: the text between its painted pieces (none unless a frame). */
export function gapsOf(block: Block, i: number): Array<[number, number]> {
  const p = block.pieces;
  if (!p) return [];
  const end = block.matchEnds[i]!;
  const gaps: Array<[number, number]> = [];
  let last = -1;
  // The frame's first piece starts at its start; the phrases in its gaps are skipped.
  let k = lastStartAtOrBefore(p.starts, p.count, block.matchStarts[i]!);
  for (; k >= 0 && k < p.count && p.starts[k]! < end; k++) {
    if (p.match[k] !== i) continue;
    if (last >= 0) gaps.push([last, p.starts[k]!]);
    last = p.ends[k]!;
  }
  return gaps;
}

/** A match's place in the DOM, as a StaticRange takes it. */
export interface TextRange {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** Where match `i` of a block stands in the (unsplit) DOM. */
export function matchRange(block: Block, i: number): TextRange {
  const start = startPosition(block, block.matchStarts[i]!);
  const end = endPosition(block, block.matchEnds[i]!);
  return { startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset };
}

/**
 * Visit the DOM range of every painted piece in order, with the index of its match: one
 * range per match, or a frame's fixed parts one by one. One forward cursor over the offset
 * map: cheaper than a binary search per range when a block has many of them.
 */
export function forEachPaintRange(block: Block, visit: (i: number, range: TextRange) => void): void {
  const { starts, nodes, pieces } = block;
  const from = pieces ? pieces.starts : block.matchStarts;
  const to = pieces ? pieces.ends : block.matchEnds;
  const last = nodes.length - 1;
  let j = 0;
  for (let k = 0, n = paintRangeCount(block); k < n; k++) {
    const s = from[k]!;
    const e = to[k]! - 1;
    while (j < last && starts[j + 1]! <= s) j++;
    let m = j;
    while (m < last && starts[m + 1]! <= e) m++;
    visit(pieces ? pieces.match[k]! : k, {
      startContainer: nodes[j]!,
      startOffset: s - starts[j]!,
      endContainer: nodes[m]!,
      endOffset: e + 1 - starts[m]!,
    });
  }
}
