/**
 * On very large pages, keep highlights only near the viewport: painting tens of thousands
 * of ranges slows every frame. An IntersectionObserver on the containers says which ones
 * are close; the totals still come from the full scan.
 */
import type { Container } from './block';

/** The element that stands for a container on screen (a shadow root's host). */
function screenElement(container: Container): Element {
  return container.nodeType === 11 ? (container as ShadowRoot).host : (container as Element);
}

/** Elements that came near the viewport or left it, as the observer reported them. */
export type ViewportChanges = Array<[Element, boolean]>;

/** Tracks which containers are near the viewport once switched on. */
export class ViewportGate {
  private observer: IntersectionObserver | null = null;
  private near = new WeakSet<Element>();
  private readonly observed = new Set<Element>();

  constructor(
    private readonly view: Window & typeof globalThis,
    /** Called from the observer's callback: keep it cheap, queue the work. */
    private readonly changed: (changes: ViewportChanges) => void,
    private readonly margin = '1500px 0px',
  ) {}

  /** True once the page is large enough that only what is near the viewport gets painted. */
  get active(): boolean {
    return this.observer !== null;
  }

  /** Switch on; containers are then added with `track`. */
  activate(): void {
    if (this.observer) return;
    this.observer = new this.view.IntersectionObserver(
      (entries) => {
        const changes: ViewportChanges = entries.map((e) => [e.target, e.isIntersecting]);
        for (const [el, isNear] of changes) {
          if (isNear) this.near.add(el);
          else this.near.delete(el);
        }
        this.changed(changes);
      },
      { rootMargin: this.margin },
    );
  }

  /** Watch one more container (no-op until active). */
  track(container: Container): void {
    const el = screenElement(container);
    if (!this.observer || this.observed.has(el)) return;
    this.observed.add(el);
    this.observer.observe(el);
  }

  /** Whether a container's blocks should be painted now. */
  isNear(container: Container): boolean {
    return !this.observer || this.near.has(screenElement(container));
  }

  /** Stop watching elements that have left the page. */
  prune(): void {
    for (const el of this.observed) {
      if (el.isConnected) continue;
      this.observer?.unobserve(el);
      this.observed.delete(el);
    }
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed.clear();
    this.near = new WeakSet();
  }
}
