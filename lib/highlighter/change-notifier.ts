/**
 * Tells listeners (badge, popup) that the page's matches changed, at most a few times a
 * second, and never lets a failing listener break the highlighter.
 */
import type { PageStats } from './types';
import type { SliceHost } from './slices';

const THROTTLE_MS = 200;

/** Throttled change notification keyed by the registry's version. */
export class ChangeNotifier {
  private readonly listeners = new Set<(stats: PageStats) => void>();
  private notified = -1;
  private latest = -1;
  private timer = 0;

  constructor(
    private readonly host: SliceHost,
    private readonly snapshot: () => PageStats,
  ) {}

  /** Add a listener; returns its remover. */
  add(listener: (stats: PageStats) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** The set of matches is now at `version`; tell listeners soon if that is news. */
  changed(version: number): void {
    this.latest = version;
    if (this.timer || version === this.notified) return;
    this.timer = this.host.setTimeout(() => this.fire(), THROTTLE_MS);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = 0;
  }

  private fire(): void {
    this.timer = 0;
    this.notified = this.latest;
    if (this.listeners.size === 0) return;
    const stats = this.snapshot();
    for (const listener of this.listeners) {
      try {
        listener(stats);
      } catch {
        // A listener's failure is its own; the others still hear of the change.
      }
    }
  }
}
