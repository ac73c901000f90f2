/**
 * The fallback painter's cuts in the page's text nodes. Every piece split off remembers the
 * page node it came from and where in it it starts, so positions map both ways: a caret in a
 * piece back to the page's node, and a position in the page's node to the piece holding it now.
 */
import type { NodePosition } from './block';

const SHOW_TEXT = 0x4;

/** Take `mark` out of the page, leaving what it wrapped in its place. */
export function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  mark.remove();
}

/** Splits page text nodes and keeps the way back. */
export class TextPieces {
  private readonly origin = new WeakMap<Text, { node: Text; at: number }>();

  /** Split `node` (a page node or a piece) at `at`; returns the piece after the cut. */
  split(node: Text, at: number): Text {
    const base = this.origin.get(node);
    const piece = node.splitText(at);
    this.origin.set(piece, { node: base?.node ?? node, at: (base?.at ?? 0) + at });
    return piece;
  }

  /** The page's own node and offset for a position in a piece (a page node maps to itself). */
  resolve(node: Text, offset: number): NodePosition {
    const o = this.origin.get(node);
    return o ? { node: o.node, offset: o.at + offset } : { node, offset };
  }

  /**
   * Wrap `[from, to)` of `node` in `mark`, splitting `node` where the range does not reach its
   * ends. Returns the wrapped node and the pieces cut off `node`, with where each starts in it,
   * in the order cut (join them back in reverse, or by `at`).
   */
  wrap(node: Text, from: number, to: number, mark: Element): { target: Text; cuts: Array<{ piece: Text; at: number }> } {
    const cuts: Array<{ piece: Text; at: number }> = [];
    if (to < node.length) cuts.push({ piece: this.split(node, to), at: to });
    let target = node;
    if (from > 0) {
      target = this.split(node, from);
      cuts.push({ piece: target, at: from });
    }
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    return { target, cuts };
  }

  /**
   * The text node that holds page position (`node`, `offset`) now: `node` itself or one of its
   * pieces, which follow it in document order. At a cut, a start goes to the piece after it and
   * an end (`end`) stays in the one before. Null once the position is gone from the page.
   */
  locate(node: Text, offset: number, end: boolean): NodePosition | null {
    if (!node.isConnected) return null;
    const fits = (length: number, at: number) => (end ? offset - at <= length : offset - at < length);
    if (fits(node.length, 0)) return { node, offset };
    const walker = node.ownerDocument.createTreeWalker(node.getRootNode(), SHOW_TEXT);
    walker.currentNode = node;
    let last: NodePosition = { node, offset: node.length };
    for (let next = walker.nextNode() as Text | null; next; next = walker.nextNode() as Text | null) {
      const o = this.origin.get(next);
      if (o?.node !== node) break;
      if (fits(next.length, o.at)) return { node: next, offset: offset - o.at };
      last = { node: next, offset: next.length };
    }
    // The page shortened the text since: hold on to its end.
    return last;
  }
}
