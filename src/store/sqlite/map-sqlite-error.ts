import BetterSqlite3 from 'better-sqlite3';
import {
  isNewsgraphError,
  SchemaOutdatedError,
  StoreConflictError,
  StoreUnavailableError,
} from '../../errors';

/**
 * Turns what better-sqlite3 throws into newsgraph's typed errors, at the store boundary only.
 * Errors already typed pass through; anything unrecognised is rethrown untouched (a bug, masked
 * at the API boundary).
 */
export function mapSqliteError(error: unknown): unknown {
  if (isNewsgraphError(error)) return error;
  if (isSqliteFailure(error)) return mapCode(error);
  // better-sqlite3 throws a TypeError from its native realm, so match by name, not instanceof.
  if (
    typeof error === 'object' &&
    error !== null &&
    (error as Error).name === 'TypeError' &&
    /database connection is not open/i.test((error as Error).message)
  ) {
    return new StoreUnavailableError('The SQLite store is closed.', {
      cause: error,
      retriable: false,
    });
  }
  return error;
}

/** What better-sqlite3's SqliteError carries (its typings expose the class, not the instance). */
interface SqliteFailure extends Error {
  code: string;
}

/**
 * By class, or by shape: a second copy of the module (jest's per-file registries, bundlers)
 * has its own SqliteError class, so `instanceof` alone misses real SQLite errors.
 */
function isSqliteFailure(error: unknown): error is SqliteFailure {
  if (error instanceof BetterSqlite3.SqliteError) return true;
  // Not `instanceof Error` either: the native addon keeps the error class of the first module
  // copy that loaded it, whose Error may belong to another realm (jest runs each file in one).
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Error).name === 'SqliteError' &&
    typeof (error as Partial<SqliteFailure>).code === 'string' &&
    (error as SqliteFailure).code.startsWith('SQLITE_')
  );
}

function mapCode(error: SqliteFailure): unknown {
  const code = error.code;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreUnavailableError(`The SQLite database is busy: ${error.message}`, {
      cause: error,
      retriable: true,
    });
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new StoreConflictError(`SQLite constraint failed: ${error.message}`, { cause: error });
  }
  if (code === 'SQLITE_ERROR' && /no such (table|column)/i.test(error.message)) {
    return new SchemaOutdatedError(
      `The SQLite schema is missing or outdated (${error.message}); run the migrations.`,
    );
  }
  if (
    code.startsWith('SQLITE_IOERR') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_FULL' ||
    code.startsWith('SQLITE_CORRUPT') ||
    code === 'SQLITE_NOTADB' ||
    code === 'SQLITE_PERM'
  ) {
    return new StoreUnavailableError(`The SQLite database cannot be used: ${error.message}`, {
      cause: error,
      retriable: false,
    });
  }
  return error;
}
