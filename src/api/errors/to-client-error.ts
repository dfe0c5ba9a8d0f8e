import { GraphQLError } from 'graphql';
import { isNewsgraphError, StoreUnavailableError } from '../../errors';
import type { Logger } from '../../logging';
import { graphqlErrorCode } from './graphql-error-code';

export const MASKED_MESSAGE = 'Unexpected error.';

/**
 * What a client may see of an execution error. Errors we raise on purpose keep their message
 * and gain `extensions.code`; GraphQL's own errors (validation, a bad variable) pass unchanged;
 * anything else is a bug: logged in full with the request id, masked as INTERNAL with that id.
 * The result has no `originalError`, so yoga's own masking leaves it as it is.
 */
export function toClientError(
  error: GraphQLError,
  requestId: string,
  logger: Logger,
): GraphQLError {
  const original = error.originalError;
  if (original === undefined || original === null || original instanceof GraphQLError) {
    return error;
  }
  const where = {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
  };
  if (isNewsgraphError(original)) {
    const code = graphqlErrorCode(original.code);
    if (code !== null) {
      if (original instanceof StoreUnavailableError) {
        logger.warn({ requestId, err: original, path: error.path }, 'store unavailable');
      }
      return new GraphQLError(original.message, { ...where, extensions: { code } });
    }
  }
  logger.error({ requestId, err: original, path: error.path }, 'unexpected error in a resolver');
  return new GraphQLError(MASKED_MESSAGE, {
    ...where,
    extensions: { code: 'INTERNAL', requestId },
  });
}
