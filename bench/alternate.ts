/**
 * `items` in the order of round `round`: reversed every other round, so that while the machine's
 * load drifts no build is always the one measured first.
 */
export function orderForRound<T>(items: readonly T[], round: number): readonly T[] {
  return round % 2 === 0 ? items : [...items].reverse();
}

/**
 * Runs `each` on every item `runs` times, alternating the order (orderForRound): the A/B loop of
 * the bench's comparison scripts. Results come in the order they were run.
 */
export async function runAlternating<T, R>(
  runs: number,
  items: readonly T[],
  each: (item: T, run: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const item of orderForRound(items, run)) results.push(await each(item, run));
  }
  return results;
}
