import type { DocumentNode, OperationTypeNode } from 'graphql';
import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from '../api-context';
import type { Caller } from '../auth/caller';

export interface AuthPolicy {
  /** When true, queries and subscriptions need a key (read or write); mutations always do. */
  readRequiresKey: boolean;
}

/**
 * Roles from API keys: mutations need a `write` key; reads need a key only when configured. A
 * wrong key is refused even where none is needed, so a typo in a dashboard's key shows up at
 * once. The decision uses the operation actually executed, after parsing and validation.
 */
export function useApiKeyAuth(policy: AuthPolicy): Plugin<ApiContext> {
  const check = (
    document: DocumentNode,
    operationName: string | null | undefined,
    caller: Caller,
  ) => {
    const operation = getOperationAST(document, operationName)?.operation;
    return operation ? refusal(operation, caller, policy) : null;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args.document, args.operationName, args.contextValue.caller);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args.document, args.operationName, args.contextValue.caller);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

function refusal(
  operation: OperationTypeNode,
  caller: Caller,
  policy: AuthPolicy,
): GraphQLError | null {
  if (caller.kind === 'invalid-key') {
    return unauthenticated('The API key is not valid; check the key or ask for a new one.');
  }
  if (operation === 'mutation') {
    if (caller.kind === 'anonymous') {
      return unauthenticated(
        'Mutations need an API key with the write role (Authorization: Bearer <key>).',
      );
    }
    if (caller.role !== 'write') {
      return new GraphQLError('This API key can read but not write; mutations need a write key.', {
        extensions: { code: 'FORBIDDEN', http: { status: 403 } },
      });
    }
    return null;
  }
  if (policy.readRequiresKey && caller.kind === 'anonymous') {
    return unauthenticated(
      'This server requires an API key to read (Authorization: Bearer <key>).',
    );
  }
  return null;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
