import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { handleStreamOrSingleExecutionResult } from 'graphql-yoga';
import type { ApiContext } from '../api-context';
import { toClientError } from '../errors/to-client-error';

/**
 * Maps execution errors to client errors with `extensions.code` (see toClientError), for
 * queries, mutations and every event of a subscription. Registered before yoga's own masking,
 * which then only catches what happens outside execution.
 */
export function useErrorMapping(): Plugin<ApiContext> {
  const mapResult =
    (ctx: ApiContext) =>
    ({
      result,
      setResult,
    }: {
      result: ExecutionResult;
      setResult: (r: ExecutionResult) => void;
    }) => {
      if (!result.errors?.length) return;
      setResult({
        ...result,
        errors: result.errors.map((error) => toClientError(error, ctx.requestId, ctx.logger)),
      });
    };
  return {
    onExecute({ args }) {
      const map = mapResult(args.contextValue);
      return { onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, map) };
    },
    onSubscribe({ args }) {
      const map = mapResult(args.contextValue);
      return {
        onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, map),
        onSubscribeError: ({ error }) => {
          const { logger, requestId } = args.contextValue;
          logger.error({ requestId, err: error }, 'subscription failed');
        },
      };
    },
  };
}
