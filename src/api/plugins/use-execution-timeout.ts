import type { ExecutionResult } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A per-request time limit on execution (not on subscriptions, which stay open by design). The
 * client gets a TIMEOUT error instead of waiting on a runaway traversal; what the store is
 * still doing finishes in the background and its result is dropped.
 */
export function useExecutionTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  new GraphQLError(
                    `The request took longer than ${timeoutMs} ms and was stopped.`,
                    {
                      extensions: { code: 'TIMEOUT', http: { status: 504 } },
                    },
                  ),
                ],
              }),
            timeoutMs,
          );
        });
        try {
          return await Promise.race([executeFn(args), timedOut]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
