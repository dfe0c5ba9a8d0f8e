import { Neo4jError } from 'neo4j-driver';
import { StoreConflictError, StoreUnavailableError, isNewsgraphError } from '../../errors';

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const CONFLICT = new Set([
  'Neo.ClientError.Schema.ConstraintValidationFailed',
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/**
 * Maps a driver error to newsgraph's typed errors; the only place Neo4j error codes are read.
 * newsgraph errors thrown inside a transaction function pass through unchanged; an error with
 * a code this adapter does not expect (a Cypher syntax error) is a bug and is returned as is.
 *
 * @param address where the store lives, for messages ("bolt://db:7687 (database neo4j)").
 */
export function mapNeo4jError(error: unknown, address: string): unknown {
  if (isNewsgraphError(error) || !(error instanceof Neo4jError)) return error;
  const { code } = error;
  if (UNREACHABLE.has(code)) {
    return new StoreUnavailableError(`Neo4j at ${address} is unavailable: ${error.message}`, {
      cause: error,
      retriable: true,
    });
  }
  if (CONFLICT.has(code)) {
    return new StoreConflictError(
      `Neo4j at ${address} refused a conflicting write: ${error.message}`,
      {
        cause: error,
      },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreUnavailableError(
      `Neo4j at ${address} refused the credentials: ${error.message}`,
      {
        cause: error,
        retriable: false,
      },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(`Neo4j at ${address}: ${error.message}`, {
      cause: error,
      retriable: false,
    });
  }
  if (code.startsWith('Neo.TransientError.')) {
    return new StoreUnavailableError(`Neo4j at ${address} is busy: ${error.message}`, {
      cause: error,
      retriable: true,
    });
  }
  return error;
}
