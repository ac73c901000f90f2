/**
 * How long to gather DOM changes before rescanning. Short while rescans are cheap; longer,
 * up to a cap, while a page that never stops changing makes them take a real share of time.
 */

/** The batching delay, adapted to the share of time our rescans take. */
export class Backoff {
  private current: number;

  /** `budget`: the share of wall time rescans may take before the delay doubles. */
  constructor(
    private readonly base = 50,
    private readonly max = 3000,
    private readonly budget = 0.1,
  ) {
    this.current = base;
  }

  /** The delay to wait before handling the next batch of changes. */
  get delay(): number {
    return this.current;
  }

  /** Report a batch: `costMs` of our script time over `intervalMs` of wall time since the last. */
  record(costMs: number, intervalMs: number): void {
    const share = costMs / Math.max(intervalMs, 1);
    if (share > this.budget) this.current = Math.min(this.max, this.current * 2);
    else if (share < this.budget / 4) this.current = Math.max(this.base, this.current / 2);
  }
}
