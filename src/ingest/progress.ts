import { SingleBar } from 'cli-progress';
import type { ItemReport } from './ingest-articles';

export interface ProgressReporter {
  item(report: ItemReport): void;
  stop(): void;
}

interface Counts {
  done: number;
  failed: number;
  tokens: number;
}

/**
 * A live bar with rate and ETA when stderr is a terminal; otherwise one plain line every
 * `intervalMs`, so logs of long CI or cron runs still show that work is moving.
 */
export function createProgressReporter(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  options: { total?: number; intervalMs?: number; now?: () => number } = {},
): ProgressReporter {
  const now = options.now ?? Date.now;
  const started = now();
  const counts: Counts = { done: 0, failed: 0, tokens: 0 };
  const rate = () => counts.done / Math.max((now() - started) / 1000, 1e-3);

  if (stderr.isTTY) {
    const bar = new SingleBar(
      {
        stream: stderr as NodeJS.WriteStream,
        format: options.total
          ? 'ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted} | failed {failed}'
          : 'ingest {value} articles | {rate}/s | failed {failed}',
        hideCursor: true,
        etaBuffer: 200,
      },
      undefined,
    );
    bar.start(options.total ?? 0, 0, { rate: '0', failed: 0 });
    return {
      item(report) {
        count(counts, report);
        bar.update(counts.done, { rate: rate().toFixed(0), failed: counts.failed });
      },
      stop: () => bar.stop(),
    };
  }

  const interval = options.intervalMs ?? 5_000;
  let lastLine = started;
  return {
    item(report) {
      count(counts, report);
      if (now() - lastLine >= interval) {
        lastLine = now();
        stderr.write(
          `ingest: ${counts.done} articles, ${rate().toFixed(0)}/s, ${counts.failed} failed\n`,
        );
      }
    },
    stop() {},
  };
}

function count(counts: Counts, report: ItemReport): void {
  counts.done += 1;
  counts.tokens += report.tokens;
  if (report.status === 'failed') counts.failed += 1;
}
