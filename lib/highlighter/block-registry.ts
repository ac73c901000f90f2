/**
 * Every block read on the page, by container, with the scan of each. Reading a container
 * again replaces its blocks, so a rescan after a DOM change is the same code as the first read.
 */
import type { BlockScanner } from '../matcher/block-scan';
import { copyNodesWithOffsets, type Block, type Container } from './block';
import type { WalkHooks } from './block-walker';
import { StatsTally, visibleChars } from './stats';

interface ContainerEntry {
  /** Only blocks with matches are kept; the others count towards `chars` only. */
  blocks: Block[];
  chars: number;
}

/** What the registry tells the painting side. */
export interface RegistryEvents {
  added(block: Block): void;
  dropped(block: Block): void;
  shadowRoot(root: ShadowRoot): void;
}

/** Blocks by container and by text node; implements the walk's hooks. */
export class BlockRegistry implements WalkHooks {
  private readonly entries = new Map<Container, ContainerEntry>();
  private byNode = new WeakMap<Text, Block>();
  private clean = new WeakSet<Node>();
  /** Bumped on every change of the set of matches (for caches and onChange). */
  version = 0;

  constructor(
    private readonly scanner: BlockScanner,
    readonly tally: StatsTally,
    private readonly events: RegistryEvents,
  ) {}

  enterContainer(container: Container): void {
    this.drop(container);
    this.entries.set(container, { blocks: [], chars: 0 });
  }

  block(container: Container, walked: Text[], text: string): void {
    const entry = this.entries.get(container);
    if (!entry) return;
    const chars = visibleChars(text);
    entry.chars += chars;
    this.tally.addChars(chars, 1);
    if (chars < 2) return;
    const found = this.scanner.scan(text);
    if (!found) return;
    // Only blocks with matches keep their nodes and offset map: most blocks have none.
    const { nodes, starts } = copyNodesWithOffsets(walked);
    const block: Block = { container, nodes, starts, text, ...found, painted: null, alive: true };
    entry.blocks.push(block);
    for (const node of nodes) this.byNode.set(node, block);
    this.tally.addMatches(block, 1);
    this.version++;
    this.events.added(block);
  }

  shadowRoot(root: ShadowRoot): void {
    this.events.shadowRoot(root);
  }

  isClean(container: Container): boolean {
    return this.clean.has(container);
  }

  markClean(container: Container): void {
    this.clean.add(container);
  }

  /** The container (or a subtree around it) was added or moved: read it in full next time. */
  forget(node: Node): void {
    this.clean.delete(node);
  }

  /** Forget a container's blocks: unpaint them and take them out of the totals. */
  drop(container: Container): void {
    const entry = this.entries.get(container);
    if (!entry) return;
    this.entries.delete(container);
    this.tally.addChars(entry.chars, -1);
    for (const block of entry.blocks) {
      block.alive = false;
      this.tally.addMatches(block, -1);
      this.events.dropped(block);
    }
    if (entry.blocks.length > 0) this.version++;
  }

  /** Drop containers that left the document, or that lie inside one of `hidden` (now hidden). */
  sweep(hidden: readonly Node[] = []): void {
    for (const container of [...this.entries.keys()]) {
      const node = container.nodeType === 11 ? (container as ShadowRoot).host : container;
      if (container.isConnected && !hidden.some((h) => h.contains(node))) continue;
      this.drop(container);
      this.clean.delete(container);
    }
  }

  /** The live block a text node belongs to, if it has matches. */
  blockOf(node: Text): Block | null {
    const block = this.byNode.get(node);
    return block?.alive ? block : null;
  }

  /** Every block with matches, grouped by container (in no particular order). */
  *blocks(): IterableIterator<Block> {
    for (const entry of this.entries.values()) yield* entry.blocks;
  }

  /** The blocks of one container. */
  blocksOf(container: Container): readonly Block[] {
    return this.entries.get(container)?.blocks ?? [];
  }

  /** Containers that currently hold blocks with matches. */
  *containers(): IterableIterator<Container> {
    for (const [container, entry] of this.entries) if (entry.blocks.length > 0) yield container;
  }

  /** Forget everything, unpainting as it goes (before a full rescan, or on stop). */
  reset(): void {
    for (const container of [...this.entries.keys()]) this.drop(container);
    this.byNode = new WeakMap();
    this.clean = new WeakSet();
    this.tally.reset();
    this.version++;
  }
}
