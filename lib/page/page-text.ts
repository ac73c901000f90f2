/**
 * The page's text as one string, for anchoring notes (W3C TextPosition/TextQuote), phrase
 * counts, the export and the report's sentences: the highlighter's own blocks end to end
 * (readBlockTexts), with flat offsets back to the nodes and to the blocks. One model of page
 * text, as Hypothesis has one for highlighting and anchoring alike. Read on demand only.
 *
 * Blocks are joined with nothing, not with a separator. Notes stored so far keep their
 * positions and their prefix/suffix context, cut from text joined the same way, so on an
 * unchanged page they still anchor by position, exactly; a separator would move every stored
 * position and make every context that crosses a block edge an approximate match. A quote a
 * user selects (Range.toString) joins text nodes with nothing too, and so do Hypothesis's
 * TextPosition offsets (textContent). Whoever must not cross a block edge asks for the block.
 */
import { readBlockTexts, type BlockText } from '../highlighter/block-reader';

/** A snapshot of the page's text with the node and the block each part came from. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: Int32Array;
  /** The highlighter's blocks, in reading order; blockStarts[k] is the offset of blocks[k]. */
  blocks: BlockText[];
  blockStarts: Int32Array;
}

/** Read a document's text as the highlighter does, with the text inside the fallback
 *  painter's `<tifa-mark>`s (the Firefox fallback): counts, the export and note anchors
 *  all need the painted phrases, which is where notes sit. */
export function readPageText(doc: Document = document): PageText {
  const blocks = doc.documentElement ? readBlockTexts(doc.documentElement) : [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const blockStarts = new Int32Array(blocks.length);
  let length = 0;
  blocks.forEach((block, k) => {
    blockStarts[k] = length;
    block.nodes.forEach((node, i) => (nodes.push(node), starts.push(length + block.starts[i]!)));
    length += block.text.length;
  });
  return { text: blocks.map((b) => b.text).join(''), nodes, starts: Int32Array.from(starts), blocks, blockStarts };
}

/** Node → its index in `nodes`, built once per snapshot on first use (the report asks per match). */
const nodeIndexes = new WeakMap<PageText, Map<Text, number>>();

function nodeIndex(page: PageText, node: Text): number {
  let index = nodeIndexes.get(page);
  if (!index) nodeIndexes.set(page, (index = new Map(page.nodes.map((n, i) => [n, i]))));
  return index.get(node) ?? -1;
}

/** Offset in the page text of a (node, offset) position, or -1 when the node is not in it. */
export function offsetOf(page: PageText, node: Text, offset: number): number {
  const i = nodeIndex(page, node);
  return i < 0 ? -1 : page.starts[i]! + offset;
}

/** The block holding a (node, offset) position and the offset in its text, or null when the node is not read. */
export function blockPositionOf(page: PageText, node: Text, offset: number): { block: number; offset: number } | null {
  const i = nodeIndex(page, node);
  if (i < 0) return null;
  const at = page.starts[i]!;
  // Blocks are never empty, so the last block starting at or before the node's start holds it.
  let lo = 0, hi = page.blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (page.blockStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return { block: lo, offset: at - page.blockStarts[lo]! + offset };
}

/** The (node, offset) of a page-text offset; ends resolve to the end of the previous node. */
export function positionAt(page: PageText, offset: number, isEnd = false): { node: Text; offset: number } | null {
  let lo = 0, hi = page.nodes.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = page.starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  if (found < 0) return null;
  const node = page.nodes[found]!;
  const local = offset - page.starts[found]!;
  return local <= node.data.length ? { node, offset: local } : null;
}
