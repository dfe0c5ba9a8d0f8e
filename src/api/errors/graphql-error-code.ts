import type { ErrorCode } from '../../errors';

/** The `extensions.code` values clients can rely on. */
export type GraphqlErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'STORE_UNAVAILABLE'
  | 'CONFLICT'
  | 'TIMEOUT'
  /** Refused before it ran by a query limit (depth, cost, aliases, tokens, directives). */
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL';

/**
 * From a domain error's code to what a client sees, or null when the error's message must not
 * reach the client (it is about our configuration or a bug) and is masked as INTERNAL.
 */
export function graphqlErrorCode(code: ErrorCode): GraphqlErrorCode | null {
  switch (code) {
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'BAD_USER_INPUT':
    case 'INVALID_ARTICLE':
      return 'BAD_USER_INPUT';
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    // An outdated schema is an operator's problem; to a client the store cannot answer yet.
    case 'STORE_UNAVAILABLE':
    case 'SCHEMA_OUTDATED':
      return 'STORE_UNAVAILABLE';
    case 'STORE_CONFLICT':
      return 'CONFLICT';
    case 'CONFIG_INVALID':
    case 'INTERNAL':
      return null;
    default: {
      const unknownCode: never = code;
      return unknownCode;
    }
  }
}
