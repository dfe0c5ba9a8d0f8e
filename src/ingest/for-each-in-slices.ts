/**
 * Runs `fn` over `items` with at most `parallelism` calls in flight, slice after slice: enough
 * to overlap store round trips, not so many that a batch opens a session per item at once.
 */
export async function forEachInSlices<T>(
  items: readonly T[],
  parallelism: number,
  fn: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += parallelism) {
    await Promise.all(items.slice(i, i + parallelism).map(fn));
  }
}
