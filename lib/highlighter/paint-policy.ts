/**
 * Decides what gets painted: everything on ordinary pages; on very large ones, only the
 * blocks of containers near the viewport (switched on once the painted count grows large).
 */
import type { Block, Container } from './block';
import type { BlockRegistry } from './block-registry';
import type { Painter } from './painter';
import type { SliceTask } from './slices';
import { ViewportGate, type ViewportChanges } from './viewport';

/** Painted ranges beyond which only blocks near the viewport stay painted. */
const DEFAULT_VIEWPORT_THRESHOLD = 6000;

/** A task that goes through `items` a few at a time, within each slice's deadline. */
function eachInSlices<T>(items: T[], visit: (item: T) => void): SliceTask {
  let i = 0;
  return {
    run: (deadline) => {
      while (i < items.length) {
        visit(items[i++]!);
        if ((i & 15) === 0 && performance.now() >= deadline) return i >= items.length;
      }
      return true;
    },
  };
}

/** Paints blocks as they are found, within the viewport limit. */
export class PaintPolicy {
  readonly gate: ViewportGate;
  private registry: BlockRegistry | null = null;

  constructor(
    view: Window & typeof globalThis,
    private readonly painter: Painter,
    private readonly schedule: (task: SliceTask) => void,
    private readonly threshold = DEFAULT_VIEWPORT_THRESHOLD,
    margin?: string,
  ) {
    this.gate = new ViewportGate(view, (changes) => this.moved(changes), margin);
  }

  /** The registry whose blocks the gate's callbacks refer to. */
  attach(registry: BlockRegistry): void {
    this.registry = registry;
  }

  /** A block was found: paint it now if it may be seen. */
  added(block: Block): void {
    if (this.gate.active) this.gate.track(block.container);
    if (!this.gate.isNear(block.container)) return;
    this.painter.paint(block);
    if (!this.gate.active && this.painter.paintedCount > this.threshold && this.registry) {
      // From now on only what is near the viewport stays painted; watching every container
      // so far is itself sliced (there may be thousands).
      this.gate.activate();
      this.schedule(eachInSlices([...this.registry.containers()], (c: Container) => this.gate.track(c)));
    }
  }

  /** A block was replaced or removed. */
  dropped(block: Block): void {
    this.painter.unpaint(block);
  }

  private moved(changes: ViewportChanges): void {
    const registry = this.registry;
    if (!registry) return;
    this.schedule(
      eachInSlices(changes, ([el, near]) => {
        const blocks = [...registry.blocksOf(el), ...(el.shadowRoot ? registry.blocksOf(el.shadowRoot) : [])];
        for (const block of blocks) {
          if (!block.alive) continue;
          if (near && this.gate.isNear(block.container)) this.painter.paint(block);
          else if (!near) this.painter.unpaint(block);
        }
      }),
    );
  }
}
