import type { Config } from './config';
import type { Logger } from './logging';
import { createLogger } from './logging';
import type { OpenStoreDeps } from './store';
import { describeStore, openStore } from './store';
import type { GraphStore } from './store/graph-store';

/**
 * The composition root: the one place that creates the process's long-lived parts (logger, store
 * connection, and — as they are added — the extractor and the API server) and hands them down.
 * Nothing else creates a driver, a database handle or a logger.
 */
export interface App {
  config: Config;
  logger: Logger;
  store: GraphStore;
  /** Stops everything in reverse order of creation: the API before the store it reads. */
  close(): Promise<void>;
}

export interface CreateAppOptions {
  /** Apply pending migrations while opening the store (default true, as at every start-up). */
  migrate?: boolean;
  /** Where log lines go; stderr by default. */
  logDestination?: Parameters<typeof createLogger>[0]['destination'];
  store?: OpenStoreDeps;
}

export async function createApp(config: Config, options: CreateAppOptions = {}): Promise<App> {
  const logger = createLogger({ level: config.logging.level, destination: options.logDestination });
  const shutdown = new ShutdownSequence(logger);

  const store = await openStore(config.store, {
    ...options.store,
    migrate: options.migrate ?? true,
  });
  shutdown.add('store', () => store.close());
  logger.debug({ store: describeStore(config.store) }, 'store opened');

  return { config, logger, store, close: () => shutdown.run() };
}

/** Closers run last-added first; one failing does not stop the others, the first error is rethrown. */
class ShutdownSequence {
  private readonly steps: { name: string; close: () => Promise<void> }[] = [];
  private closed = false;

  constructor(private readonly logger: Logger) {}

  add(name: string, close: () => Promise<void>): void {
    this.steps.push({ name, close });
  }

  async run(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    let firstError: unknown;
    for (const step of [...this.steps].reverse()) {
      try {
        await step.close();
      } catch (error) {
        this.logger.error({ err: error, part: step.name }, 'error while shutting down');
        firstError ??= error;
      }
    }
    if (firstError !== undefined) throw firstError;
  }
}
