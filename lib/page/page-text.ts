/**
 * The page's text as one string, for anchoring notes (W3C TextPosition/TextQuote): every
 * visible text node in document order, with flat offsets back to the nodes. Built only
 * when the page has notes, so pages without notes pay nothing.
 */
import { EMBEDDED_TAGS, OPAQUE_TAGS, SILENT_TAGS } from '../dom/tag-names';

/** Never read: what the highlighter never reads, and the fallback text of embedded content. */
const SKIP = new Set([...SILENT_TAGS, ...OPAQUE_TAGS, ...EMBEDDED_TAGS]);

/** A snapshot of the page's text with the node each part came from. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: Int32Array;
}

function accepter(withMarks: boolean) {
  return (node: Node): number => {
    for (let el = node.parentElement; el; el = el.parentElement) {
      const tag = el.localName;
      if (SKIP.has(tag) || (tag.startsWith('tifa-') && !(withMarks && tag === 'tifa-mark'))) return NodeFilter.FILTER_REJECT;
    }
    return NodeFilter.FILTER_ACCEPT;
  };
}

/** Walk a document's body text once; `withMarks` keeps the text inside the highlighter's own
 *  `<tifa-mark>`s (the Firefox fallback), which phrase counts and the export need. */
export function readPageText(doc: Document = document, withMarks = false): PageText {
  const accepted = accepter(withMarks);
  const nodes: Text[] = [];
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT, { acceptNode: accepted });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(length);
    parts.push(t.data);
    length += t.data.length;
  }
  return { text: parts.join(''), nodes, starts: Int32Array.from(starts) };
}

/** Offset in the page text of a (node, offset) position, or -1 when the node is not in it. */
export function offsetOf(page: PageText, node: Text, offset: number): number {
  const i = page.nodes.indexOf(node);
  return i < 0 ? -1 : page.starts[i]! + offset;
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
