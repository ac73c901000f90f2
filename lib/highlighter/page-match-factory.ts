/**
 * Turns a block's flat match arrays into the `PageMatch` objects the card and the keyboard
 * navigation use, and a caret (node, offset) into a text position.
 */
import type { DictionaryEntry } from '../dictionary/types';
import { gapsOf, type Block, type NodePosition } from './block';
import type { Painter } from './painter';
import type { PageMatch } from './types';

/** Builds PageMatch objects; a frame's slots are the text between its painted pieces. */
export class PageMatchFactory {
  constructor(
    private readonly entries: readonly DictionaryEntry[],
    private readonly painter: Painter,
  ) {}

  /** Match `i` of `block`, numbered `order` in the page. A frame spans its first part to its last. */
  make(block: Block, i: number, order: number): PageMatch {
    const entry = this.entries[block.matchEntries[i]!]!;
    const start = block.matchStarts[i]!;
    const end = block.matchEnds[i]!;
    const range = this.painter.rangeOf(block, i);
    const match: PageMatch = { order, entry, kind: entry.kind, text: block.text.slice(start, end), ...range };
    if (entry.frame) match.slots = gapsOf(block, i).map(([a, b]) => block.text.slice(a, b));
    return match;
  }
}

/**
 * The text position a caret stands for. Carets from `caretPositionFromPoint` may point at an
 * element and a child index instead of a text node; take the text next to that point.
 */
export function textPosition(node: Node, offset: number): NodePosition | null {
  if (node.nodeType === 3) return { node: node as Text, offset };
  if (node.nodeType !== 1 && node.nodeType !== 11) return null;
  const children = node.childNodes;
  const after = children[offset];
  if (after) {
    const text = firstText(after, true);
    if (text) return { node: text, offset: 0 };
  }
  const before = children[offset - 1];
  const text = before ? firstText(before, false) : null;
  return text ? { node: text, offset: text.length } : null;
}

function firstText(node: Node, forward: boolean): Text | null {
  if (node.nodeType === 3) return node as Text;
  const doc = node.ownerDocument;
  if (!doc) return null;
  const walker = doc.createTreeWalker(node, 0x4);
  if (forward) return walker.nextNode() as Text | null;
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
  return last;
}
