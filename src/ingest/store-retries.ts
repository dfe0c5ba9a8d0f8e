import { StoreUnavailableError } from '../errors';

export interface StoreRetryOptions {
  /** How often an operation is retried while the store is unavailable (default 5). */
  retries?: number;
  /** Waits between retries; injected so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Retry while the store is unavailable (Neo4j restarting, SQLite busy), with exponential
 * back-off; after the last try the error propagates and stops the run, because every later
 * item would fail the same way. Rerunning resumes where it stopped.
 */
export async function withStoreRetries<T>(
  options: StoreRetryOptions,
  operation: () => Promise<T>,
): Promise<T> {
  const retries = options.retries ?? 5;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      // Refused credentials or a missing database do not heal by waiting.
      if (!(error instanceof StoreUnavailableError) || !error.retriable) throw error;
      if (attempt >= retries) throw gaveUp(error, retries, Date.now() - started);
      await sleep(Math.min(200 * 2 ** attempt, 5_000));
    }
  }
}

/** The last error, saying that the run retried, stopped, and resumes when run again. */
function gaveUp(error: StoreUnavailableError, retries: number, elapsedMs: number) {
  return new StoreUnavailableError(
    `${error.message}\nGave up after ${retries} ${retries === 1 ? 'retry' : 'retries'} ` +
      `over ${(elapsedMs / 1000).toFixed(1)} s. Articles written so far are kept: once the store ` +
      'is back, run the same command again to finish the rest (stored articles are skipped).',
    { cause: error },
  );
}
