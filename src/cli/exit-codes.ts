import { CommanderError } from 'commander';
import { isNewsgraphError } from '../errors';

/** Stable process exit codes; scripts rely on them, so never renumber. */
export const ExitCode = {
  OK: 0,
  /** An item or the operation failed (a bad article, a failing doctor check). */
  FAILED: 1,
  /** Bad command line or bad configuration: nothing was attempted. */
  USAGE: 2,
  /** The store could not be reached; retrying later may work. */
  STORE_UNAVAILABLE: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
  if (!isNewsgraphError(error)) return ExitCode.FAILED;
  switch (error.code) {
    case 'CONFIG_INVALID':
    case 'BAD_USER_INPUT':
      return ExitCode.USAGE;
    case 'STORE_UNAVAILABLE':
      return ExitCode.STORE_UNAVAILABLE;
    case 'NOT_FOUND':
    case 'INVALID_ARTICLE':
    case 'STORE_CONFLICT':
    case 'SCHEMA_OUTDATED':
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'INTERNAL':
      return ExitCode.FAILED;
    default: {
      const unknownCode: never = error.code;
      return unknownCode;
    }
  }
}
