import type { Env } from '../config';
import type { ExitCode } from './exit-codes';

/**
 * What a command may touch, passed in rather than reached for, so commands stay testable and
 * stdout stays clean for `--json` (logs go to stderr).
 */
export interface CliContext {
  /** The environment to load configuration from; a command overlays its options on it. */
  env: Env;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** A command that finishes but must report failure (a failed item, a failing check). */
  setExitCode(code: ExitCode): void;
}

/** Write one JSON document to stdout, as every `--json` option promises. */
export function printJson(ctx: CliContext, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
