import { SingleBar } from 'cli-progress';
import type { ItemReport } from './ingest-articles';

export interface ProgressReporter {
  /** One item written or failed; `bytesRead`: input bytes read up to it, when counted. */
  item(report: ItemReport, bytesRead?: number): void;
  stop(): void;
}

export interface ProgressOptions {
  /** Size of the whole input in bytes, when known up front: adds percentage and ETA. */
  totalBytes?: number;
  /** Least time between two plain progress lines when stderr is not a terminal. */
  intervalMs?: number;
  now?: () => number;
}

interface Counts {
  done: number;
  failed: number;
  bytes: number;
}

/**
 * A live bar when stderr is a terminal; otherwise one plain line every `intervalMs`, so logs of
 * long CI or cron runs still show that work is moving. Both show articles and their rate; with
 * the input's size known, progress is measured in bytes read, which gives a percentage and an
 * ETA (articles differ in size, so an article count alone would not).
 */
export function createProgressReporter(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  options: ProgressOptions = {},
): ProgressReporter {
  const now = options.now ?? Date.now;
  const started = now();
  const totalBytes =
    options.totalBytes !== undefined && options.totalBytes > 0 ? options.totalBytes : undefined;
  const counts: Counts = { done: 0, failed: 0, bytes: 0 };
  const elapsedSeconds = () => Math.max((now() - started) / 1000, 1e-3);
  // A slow start (a model loading, long articles) should not read as 0/s.
  const rate = () => {
    const perSecond = counts.done / elapsedSeconds();
    return perSecond.toFixed(perSecond < 10 ? 1 : 0);
  };
  // Measured from the first item on: start-up (models loading in the workers) says nothing
  // about how long the rest will take.
  let first: { at: number; bytes: number } | undefined;
  const eta = () => {
    if (totalBytes === undefined || first === undefined || counts.bytes <= first.bytes) return '-';
    const seconds = (now() - first.at) / 1000;
    return formatDuration((seconds * (totalBytes - counts.bytes)) / (counts.bytes - first.bytes));
  };
  const count = (report: ItemReport, bytesRead: number | undefined) => {
    counts.done += 1;
    if (report.status === 'failed') counts.failed += 1;
    if (bytesRead !== undefined) counts.bytes = Math.max(counts.bytes, bytesRead);
    first ??= { at: now(), bytes: counts.bytes };
  };

  if (stderr.isTTY) {
    const bar = new SingleBar({
      stream: stderr as NodeJS.WriteStream,
      format:
        totalBytes === undefined
          ? 'ingest {articles} articles | {rate}/s | failed {failed}'
          : 'ingest [{bar}] {percentage}% of {size} | {articles} articles | {rate}/s | ETA {etaText} | failed {failed}',
      hideCursor: true,
    });
    const payload = () => ({
      articles: counts.done,
      rate: rate(),
      failed: counts.failed,
      etaText: eta(),
      size: totalBytes === undefined ? '' : formatSize(totalBytes),
    });
    // Without a size the bar has nothing to fill: its value is never shown.
    bar.start(totalBytes ?? 0, 0, payload());
    return {
      item(report, bytesRead) {
        count(report, bytesRead);
        bar.update(totalBytes === undefined ? counts.done : counts.bytes, payload());
      },
      stop: () => bar.stop(),
    };
  }

  const interval = options.intervalMs ?? 5_000;
  let lastLine = started;
  const line = () => {
    const known =
      totalBytes === undefined
        ? ''
        : `, ${percent(counts.bytes, totalBytes)} of ${formatSize(totalBytes)}, ETA ${eta()}`;
    return `ingest: ${counts.done} articles, ${rate()}/s, ${counts.failed} failed${known}\n`;
  };
  return {
    item(report, bytesRead) {
      count(report, bytesRead);
      if (now() - lastLine >= interval) {
        lastLine = now();
        stderr.write(line());
      }
    },
    stop() {},
  };
}

function percent(part: number, whole: number): string {
  return `${Math.min(100, Math.floor((part / whole) * 100))}%`;
}

/** `850 B`, `12.3 KB`, `1.4 GB`. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** `45s`, `3m 05s`, `2h 07m`: precise enough for an estimate. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s < 3600) return `${Math.floor(s / 60)}m ${pad(s % 60)}s`;
  return `${Math.floor(s / 3600)}h ${pad(Math.floor((s % 3600) / 60))}m`;
}
