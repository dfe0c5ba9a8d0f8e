import type { Env } from './load-config';

/**
 * The process environment, for callers that overlay a command-line option on it before calling
 * `loadConfig` (`newsgraph ingest --store neo4j`). Everything else reads configuration, not env.
 */
export function processEnv(): Env {
  return process.env;
}
