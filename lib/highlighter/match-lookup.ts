/**
 * Answers the card and the keyboard navigation: the match under a caret, and every match
 * in reading order. The order is computed on demand and cached until the matches change.
 */
import type { DictionaryEntry } from '../dictionary/types';
import { matchIndexAt, type Block } from './block';
import type { BlockRegistry } from './block-registry';
import { blocksInOrder } from './document-order';
import { PageMatchFactory, textPosition } from './page-match-factory';
import type { Painter } from './painter';
import type { PageMatch } from './types';

/** Lookups over the registry's blocks. */
export class MatchLookup {
  private readonly factory: PageMatchFactory;
  private order: { version: number; blocks: Block[] } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly registry: BlockRegistry,
    private readonly painter: Painter,
    entries: readonly DictionaryEntry[],
  ) {
    this.factory = new PageMatchFactory(entries, painter);
  }

  /**
   * The match painted at a caret (on a frame, only its fixed parts count): block from the
   * text node, then a binary search of what the block paints.
   */
  matchAt(node: Node, offset: number): PageMatch | null {
    const caret = textPosition(node, offset);
    if (!caret) return null;
    const { node: text, offset: at } = this.painter.resolve(caret.node, caret.offset);
    const block = this.registry.blockOf(text);
    if (!block) return null;
    const i = matchIndexAt(block, block.starts[block.nodes.indexOf(text)]! + at);
    if (i < 0) return null;
    let order = 0;
    for (const b of this.blocks()) {
      if (b === block) break;
      order += b.count;
    }
    return this.factory.make(block, i, order + i);
  }

  /** Every match, in document order. */
  matches(): PageMatch[] {
    const out: PageMatch[] = [];
    for (const block of this.blocks()) {
      for (let i = 0; i < block.count; i++) out.push(this.factory.make(block, i, out.length));
    }
    return out;
  }

  private blocks(): Block[] {
    if (this.order?.version !== this.registry.version) {
      const blocks = blocksInOrder(this.doc, (t) => this.registry.blockOf(t));
      this.order = { version: this.registry.version, blocks };
    }
    return this.order.blocks;
  }
}
