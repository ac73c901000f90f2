/**
 * Runs the highlighter's work in slices of a few milliseconds and yields to the page in
 * between, so no task of ours comes near the 50 ms that makes a page feel stuck.
 */

/** A resumable piece of work: `run` returns true when it is finished. */
export interface SliceTask {
  run(deadline: number): boolean;
}

/** What the runner needs from WXT's content-script context (or a test double). */
export interface SliceHost {
  setTimeout(handler: () => void, timeout?: number): number;
  readonly isValid: boolean;
  /** Aborted when the context is invalidated; cancels a pending `scheduler.postTask`. */
  readonly signal?: AbortSignal;
}

/** Called around every slice and when the queue runs dry. */
export interface SliceHooks {
  before(): void;
  after(startedAt: number, endedAt: number): void;
  idle(): void;
  failed(error: unknown): void;
}

interface PostTaskScheduler {
  postTask(cb: () => void, options?: { signal?: AbortSignal; priority?: string }): Promise<unknown>;
}

/** A FIFO of tasks run in slices of at most `sliceMs` (a task may overrun by one step). */
export class SliceRunner {
  private queue: SliceTask[] = [];
  private scheduled = false;
  private stopped = false;
  /** Script time spent in slices, in ms (the bench and the back-off read it). */
  busyMs = 0;

  constructor(
    private readonly host: SliceHost,
    private readonly hooks: SliceHooks,
    private readonly sliceMs = 8,
  ) {}

  /** Queue a task; the first slice runs as soon as the page has had a turn. */
  push(task: SliceTask): void {
    this.stopped = false;
    this.queue.push(task);
    this.schedule();
  }

  /** Drop queued work and never run another slice until the next `push`. */
  cancel(): void {
    this.queue = [];
    this.stopped = true;
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => this.runSlice();
    const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
    if (typeof scheduler?.postTask === 'function') {
      // postTask has no 4 ms clamp on chained timers; the context's signal cancels it.
      scheduler.postTask(run, { signal: this.host.signal, priority: 'user-visible' }).catch(() => {});
    } else this.host.setTimeout(run, 0);
  }

  private runSlice(): void {
    this.scheduled = false;
    if (this.stopped || !this.host.isValid) return;
    const startedAt = performance.now();
    const deadline = startedAt + this.sliceMs;
    try {
      this.hooks.before();
      while (this.queue.length > 0 && performance.now() < deadline) {
        if (this.queue[0]!.run(deadline)) this.queue.shift();
      }
    } catch (error) {
      this.queue = [];
      this.hooks.failed(error);
    }
    const endedAt = performance.now();
    this.busyMs += endedAt - startedAt;
    try {
      this.hooks.after(startedAt, endedAt);
    } catch (error) {
      this.hooks.failed(error);
    }
    if (this.queue.length > 0) this.schedule();
    else if (!this.stopped) this.hooks.idle();
  }
}
