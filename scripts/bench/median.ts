/** The middle of a sample (upper middle for an even count); NaN for none. Benchmarks
 *  report medians because this machine is shared and its timings are noisy. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
