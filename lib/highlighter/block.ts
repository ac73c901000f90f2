/**
 * A block: the text of consecutive text nodes that no block edge separates, with a flat
 * offset map back to the nodes and the matches found in it, as typed arrays.
 */

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
  /** Matches in block offsets, ordered by start (copies; the matcher reuses its buffers). */
  count: number;
  matchStarts: Int32Array;
  matchEnds: Int32Array;
  matchEntries: Int32Array;
  /** Painter-owned record of what is painted for this block, or null when nothing is. */
  painted: unknown;
  /** False once the block was replaced by a rescan; stale lookups then return nothing. */
  alive: boolean;
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

/**
 * The match covering block offset `offset` (a caret position), or -1. A caret just after
 * a match's last char still selects it, unless another match starts there.
 */
export function matchIndexAt(block: Block, offset: number): number {
  let lo = 0;
  let hi = block.count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (block.matchStarts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return -1;
  return offset <= block.matchEnds[found]! ? found : -1;
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
 * Visit every match's DOM range in order with one forward cursor over the offset map:
 * cheaper than a binary search per match when a block has many of them.
 */
export function forEachMatchRange(block: Block, visit: (i: number, range: TextRange) => void): void {
  const { starts, nodes } = block;
  const last = nodes.length - 1;
  let j = 0;
  for (let i = 0; i < block.count; i++) {
    const s = block.matchStarts[i]!;
    const e = block.matchEnds[i]! - 1;
    while (j < last && starts[j + 1]! <= s) j++;
    let k = j;
    while (k < last && starts[k + 1]! <= e) k++;
    visit(i, {
      startContainer: nodes[j]!,
      startOffset: s - starts[j]!,
      endContainer: nodes[k]!,
      endOffset: e + 1 - starts[k]!,
    });
  }
}
