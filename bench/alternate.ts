import { resolve } from 'node:path';
import { Cleanup } from './cleanup';

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

/** One comparison of builds, as runComparison runs it. */
export interface Comparison<T extends { label: string }, R> {
  runs: number;
  trees: readonly T[];
  /** One measured run of `tree`; what it starts (processes, servers, files) goes to `cleanup`. */
  runOnce(tree: T, cleanup: Cleanup): Promise<R>;
  /** The line printed on stderr as each run ends, after "run N <label>: ". */
  describe(result: R): string;
  /** The comparison, printed once every run is done. */
  report(results: readonly R[]): void;
}

/**
 * The comparison scripts' main: reads its options (`setUp`, from the command line), runs the
 * builds alternately (runAlternating) with a line per run, then the report; whatever happens,
 * stops what the runs started, and an error sets a failing exit code.
 */
export function runComparison<T extends { label: string }, R>(setUp: () => Comparison<T, R>): void {
  const main = async (): Promise<void> => {
    const comparison = setUp();
    const cleanup = new Cleanup();
    cleanup.installSignalHandlers();
    try {
      const results = await runAlternating(comparison.runs, comparison.trees, async (tree, run) => {
        const result = await comparison.runOnce(tree, cleanup);
        console.error(`run ${run + 1} ${tree.label}: ${comparison.describe(result)}`);
        return result;
      });
      comparison.report(results);
    } finally {
      await cleanup.run();
    }
  };
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

/** A `--tree LABEL=DIR` argument of the comparison scripts, its directory made absolute. */
export function treeArgument(value: string): { label: string; dir: string } {
  const [label, dir] = value.split('=');
  if (!label || !dir) throw new Error(`--tree expects LABEL=DIR, found ${value}`);
  return { label, dir: resolve(dir) };
}
