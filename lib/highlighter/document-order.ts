/**
 * Puts blocks in reading order on demand. Blocks are kept by container, and rescans add
 * them in any order, so the card's "next phrase" walks the page once and caches the result.
 */
import type { Block } from './block';

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/**
 * Blocks in document order, an open shadow root's content standing where its host is.
 * `blockOf` returns the block a text node belongs to (or null).
 */
export function blocksInOrder(root: Node, blockOf: (node: Text) => Block | null): Block[] {
  const out: Block[] = [];
  const seen = new Set<Block>();
  const visit = (top: Node): void => {
    const walker = (top.ownerDocument ?? (top as Document)).createTreeWalker(top, SHOW_ELEMENT_AND_TEXT);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        const block = blockOf(n as Text);
        if (block && !seen.has(block)) {
          seen.add(block);
          out.push(block);
        }
      } else if (n.nodeType === 1 && (n as Element).shadowRoot) visit((n as Element).shadowRoot!);
    }
  };
  visit(root);
  return out;
}
