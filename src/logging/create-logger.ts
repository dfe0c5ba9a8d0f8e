import pino from 'pino';
import type { Logger, DestinationStream } from 'pino';
import type { LogLevel } from '../config';

export type { Logger } from 'pino';

/**
 * Paths whose values never reach a log line: passwords, API keys, auth headers, wherever they
 * sit (a config object, an HTTP request, an error's options).
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  '*.*.password',
  'apiKeys',
  '*.apiKeys',
  '*.*.apiKeys',
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'headers.authorization',
  'headers["x-api-key"]',
];

export interface LoggerOptions {
  level: LogLevel;
  /** Where JSON lines go; stderr by default so stdout stays free for `--json` output. */
  destination?: DestinationStream;
}

/**
 * The one logger of a process: JSON lines, secrets censored. Created in the composition root and
 * passed down (use `logger.child({ component })` for parts).
 *
 * @example createLogger({ level: 'debug' }).info({ articleId }, 'ingested');
 */
export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? pino.destination({ fd: 2, sync: true });
  return pino(
    {
      name: 'newsgraph',
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
