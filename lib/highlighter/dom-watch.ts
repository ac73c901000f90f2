/**
 * Follows the page's DOM changes with one MutationObserver and gathers them into batches
 * of containers to read again, so a page that appends a paragraph costs one paragraph.
 */
import type { Container } from './block';
import { containerOf } from './dom-rules';
import { Backoff } from './backoff';
import type { SliceHost } from './slices';

/** One batch of changes to act on. */
export interface ChangeBatch {
  /** Containers whose own text changed. */
  dirty: Set<Container>;
  /** Something was removed: blocks of containers that left the page must go. */
  removals: boolean;
  /** Elements that may have become hidden, editable or visible again. */
  toggled: Element[];
}

/** Attributes that decide whether a subtree is read at all (see dom-rules). */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable'];

/** The observer, the batching timer and its back-off. */
export class DomWatch {
  private readonly observer: MutationObserver;
  private batch: ChangeBatch = { dirty: new Set(), removals: false, toggled: [] };
  private containers = new Map<Node, Container | null>();
  private timer = 0;
  private lastFlush = performance.now();
  private busyAtLastFlush = 0;
  readonly backoff = new Backoff();

  constructor(
    view: Window & typeof globalThis,
    private readonly host: SliceHost,
    /** A node was added (or moved): whatever it holds must be read in full. */
    private readonly added: (node: Node) => void,
    private readonly flush: (batch: ChangeBatch) => void,
    private readonly busyMs: () => number,
  ) {
    this.observer = new view.MutationObserver((records) => this.absorb(records));
  }

  /** Observe a document or an open shadow root (observing the same root twice is harmless). */
  observe(root: Document | ShadowRoot): void {
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  }

  /** Handle page changes not yet delivered (call before changing the DOM ourselves). */
  takePending(): void {
    const records = this.observer.takeRecords();
    if (records.length > 0) this.absorb(records);
  }

  /** Forget the records our own DOM changes just made. */
  discardOwn(): void {
    this.observer.takeRecords();
  }

  disconnect(): void {
    this.observer.disconnect();
    if (this.timer) clearTimeout(this.timer);
    this.timer = 0;
    this.batch = { dirty: new Set(), removals: false, toggled: [] };
  }

  private absorb(records: MutationRecord[]): void {
    const { batch } = this;
    for (const r of records) {
      if (r.type === 'attributes') {
        if (!batch.toggled.includes(r.target as Element)) batch.toggled.push(r.target as Element);
        this.added(r.target);
        this.markDirty(r.target.parentNode);
        continue;
      }
      this.markDirty(r.type === 'characterData' ? r.target.parentNode : r.target);
      if (r.type !== 'childList') continue;
      if (r.removedNodes.length > 0) batch.removals = true;
      for (let i = 0; i < r.addedNodes.length; i++) this.added(r.addedNodes[i]!);
    }
    if (!this.timer && (batch.dirty.size > 0 || batch.removals || batch.toggled.length > 0)) {
      this.timer = this.host.setTimeout(() => this.release(), this.backoff.delay);
    }
  }

  private markDirty(node: Node | null): void {
    if (!node) return;
    let container = this.containers.get(node);
    if (container === undefined) {
      container = node.nodeType === 9 ? (node as Document).documentElement : containerOf(node);
      this.containers.set(node, container);
    }
    if (container) this.batch.dirty.add(container);
  }

  private release(): void {
    this.timer = 0;
    const now = performance.now();
    const busy = this.busyMs();
    this.backoff.record(busy - this.busyAtLastFlush, now - this.lastFlush);
    this.lastFlush = now;
    this.busyAtLastFlush = busy;
    const batch = this.batch;
    this.batch = { dirty: new Set(), removals: false, toggled: [] };
    this.containers = new Map();
    this.flush(batch);
  }
}
