import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { ApiKey } from '../config';
import type { ArticleIngestor } from '../ingest/article-ingestor';
import type { Logger } from '../logging';
import type { ApiContext, ApiStore } from './api-context';
import { followArticleChanges } from './live/follow-article-changes';
import { createApiKeyVerifier } from './auth/api-key-verifier';
import { presentedKey } from './auth/presented-key';
import { createSchema } from './create-schema';
import { MASKED_MESSAGE } from './errors/to-client-error';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';
import { createLoaders } from './loaders/create-loaders';
import { createApiMetrics, type ApiMetrics } from './metrics/create-api-metrics';
import { instrumentStore } from './metrics/instrument-store';
import { useApiKeyAuth } from './plugins/use-api-key-auth';
import { useErrorMapping } from './plugins/use-error-mapping';
import { useExecutionTimeout } from './plugins/use-execution-timeout';
import { useHealthChecks } from './plugins/use-health-checks';
import { useMetrics } from './plugins/use-metrics';
import { useRequestBodyLimit } from './plugins/use-request-body-limit';
import { DEFAULT_QUERY_LIMITS, useQueryLimits, type QueryLimits } from './plugins/use-query-limits';
import { requestIdOf, useRequestId } from './plugins/use-request-id';
import { useRequestLogging } from './plugins/use-request-logging';

export interface ApiServerDeps {
  store: ApiStore;
  /** Single-article ingest for the mutations (createArticleIngestor). */
  ingestor: ArticleIngestor;
  logger: Logger;
  auth: { apiKeys: readonly ApiKey[]; readRequiresKey: boolean };
  limits?: Partial<QueryLimits>;
  /** The largest request body accepted, in bytes (default 25 MB, 413 above). */
  maxBodyBytes?: number;
  /** Per-request execution time limit (default 10 s). */
  timeoutMs?: number;
  /** How long close() lets in-flight requests finish before cutting connections (default 10 s). */
  drainMs?: number;
  /**
   * How often live subscriptions read the store's change feed for other processes' writes
   * (default 1000 ms; 0: only after this server's own mutations).
   */
  livePollMs?: number;
}

export interface ApiServer {
  yoga: YogaServerInstance<Record<string, unknown>, ApiContext>;
  server: Server;
  metrics: ApiMetrics;
  /** Listen (port 0 picks a free one); resolves with the URL of the GraphQL endpoint. */
  listen(port: number, host?: string): Promise<{ port: number; url: string }>;
  /** Stop accepting, let in-flight requests finish (up to drainMs), then cut what is left. */
  close(): Promise<void>;
}

/**
 * The GraphQL API over HTTP: yoga with one plugin per behaviour (request ids, logs, body size,
 * health, metrics, auth, limits, timeout, error mapping), GraphiQL at /graphql, subscriptions
 * over SSE.
 * It never creates or closes the store: the composition root owns that.
 *
 * @example
 * const api = createApiServer({ store, ingestor, logger, auth: config.auth });
 * const { url } = await api.listen(4000);
 */
export function createApiServer(deps: ApiServerDeps): ApiServer {
  const metrics = createApiMetrics();
  const store = instrumentStore(deps.store, (method, code) =>
    metrics.storeErrors.inc({ method, code }),
  );
  const logger = deps.logger.child({ component: 'api' });
  const verify = createApiKeyVerifier(deps.auth.apiKeys);
  const live = followArticleChanges({
    store,
    logger,
    intervalMs: deps.livePollMs ?? 1000,
  });

  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema: createSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: false,
    // useRequestBodyLimit below: the same limit without streaming every body through a counter.
    maxRequestBodySize: false,
    graphiql: { title: 'newsgraph', defaultQuery: GRAPHIQL_EXAMPLES },
    maskedErrors: {
      // Errors already mapped (they have no foreign originalError) pass; anything else that
      // escaped execution mapping (building the context) is masked and logged.
      maskError: (error) => {
        if (
          error instanceof GraphQLError &&
          !(error.originalError && !(error.originalError instanceof GraphQLError))
        ) {
          return error;
        }
        logger.error({ err: error }, 'unexpected error outside execution');
        return new GraphQLError(MASKED_MESSAGE, { extensions: { code: 'INTERNAL' } });
      },
    },
    context: ({ request }): ApiContext => {
      const requestId = requestIdOf(request);
      return {
        store,
        loaders: createLoaders(store),
        ingestor: deps.ingestor,
        live,
        caller: verify(presentedKey(request.headers)),
        requestId,
        // Not a child logger per request: pino builds (and redacts) a child's bindings when it is
        // made, a cost on every request for lines that only errors write; those name requestId.
        logger,
      };
    },
    plugins: [
      useRequestId(),
      useRequestLogging(logger),
      useRequestBodyLimit(deps.maxBodyBytes),
      useHealthChecks(store, logger),
      useMetrics(metrics),
      ...useQueryLimits({ ...DEFAULT_QUERY_LIMITS, ...deps.limits }),
      useApiKeyAuth({ readRequiresKey: deps.auth.readRequiresKey }),
      useExecutionTimeout(deps.timeoutMs ?? 10_000),
      useErrorMapping(),
    ],
  });

  const server = createServer(yoga);
  return {
    yoga,
    server,
    metrics,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({ port: address.port, url: `http://${shown}:${address.port}/graphql` });
        });
      }),
    close: async () => {
      try {
        await closeGracefully(server, deps.drainMs ?? 10_000, () => yoga.dispose());
      } finally {
        await live.close();
      }
    },
  };
}

async function closeGracefully(
  server: Server,
  drainMs: number,
  dispose: () => Promise<void> | void,
): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections go idle as their last response ends; close them as they do.
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 50);
  // Open subscriptions never end on their own: after the drain period, cut them.
  const timer = setTimeout(() => server.closeAllConnections(), drainMs);
  try {
    await closed;
  } finally {
    clearInterval(sweeper);
    clearTimeout(timer);
    await dispose();
  }
}
