/**
 * Small numeric helpers shared by the benchmarks. Pure, so test/bench can pin them down without
 * timing anything.
 */

/**
 * The p-th percentile (0–100) by the nearest-rank method: the smallest sample such that at least
 * p% of the samples are at or below it. Nearest rank never invents a value between two samples,
 * which keeps p99 of a latency list an observed latency.
 *
 * @example percentile([5, 1, 3], 50) === 3
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile of no samples');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, found ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** Units per second; a zero or negative duration is a measuring bug, not infinity. */
export function perSecond(units: number, milliseconds: number): number {
  if (!(milliseconds > 0))
    throw new RangeError(`duration must be positive, found ${milliseconds} ms`);
  return (units * 1000) / milliseconds;
}

/** Wall-clock milliseconds a function takes (awaited when it returns a promise). */
export async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}
