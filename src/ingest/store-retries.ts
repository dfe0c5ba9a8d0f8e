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
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || attempt >= retries) throw error;
      await sleep(Math.min(200 * 2 ** attempt, 5_000));
    }
  }
}
