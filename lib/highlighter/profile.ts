/**
 * Optional timing marks for the bench and the e2e tests. Off by default, so a normal page
 * gets no entries in its performance timeline and we pay one branch per slice.
 */

/** Receives the highlighter's timings. */
export interface Profiler {
  mark(name: string): void;
  slice(startedAt: number, endedAt: number): void;
  /** A task of ours outside the slices (the Han gate, reading the dictionary): `tifa-lens:task:<name>`. */
  task(name: string, startedAt: number, endedAt: number): void;
}

/** The profiler that records nothing. */
export const NO_PROFILER: Profiler = { mark() {}, slice() {}, task() {} };

/** Query parameter that turns profiling on for a page (the bench adds it). */
const PROFILE_PARAM = 'tifa-lens-profile';

/**
 * User Timing marks (`tifa-lens:<name>`) and one measure per slice (`tifa-lens:slice`).
 * The timeline belongs to the page, so the bench reads it from the page's own world.
 */
function userTimingProfiler(perf: Performance = performance): Profiler {
  return {
    mark: (name) => void perf.mark(`tifa-lens:${name}`),
    slice: (start, end) => void perf.measure('tifa-lens:slice', { start, end }),
    task: (name, start, end) => void perf.measure(`tifa-lens:task:${name}`, { start, end }),
  };
}

/** The profiler a page asked for with `?tifa-lens-profile`, or none. */
export function profilerFor(loc: Location): Profiler {
  return new URLSearchParams(loc.search).has(PROFILE_PARAM) ? userTimingProfiler() : NO_PROFILER;
}
