import { Command, Option } from 'commander';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { createResolver } from '../../resolve/create-resolver';
import type { CliContext } from '../cli-context';

interface ServeOptions {
  store?: 'sqlite' | 'neo4j';
  port?: string;
  host?: string;
}

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * `newsgraph serve`: the GraphQL API (GraphiQL at /graphql, /healthz, /readyz, /metrics) until
 * SIGTERM or SIGINT; then it stops accepting, lets requests in flight finish, closes the store
 * and exits 0.
 */
export function serveCommand(ctx: CliContext): Command {
  return new Command('serve')
    .description('serve the GraphQL API (GraphiQL at /graphql, /healthz, /readyz, /metrics)')
    .addOption(
      new Option('--store <store>', 'override NEWSGRAPH_STORE').choices(['sqlite', 'neo4j']),
    )
    .option('--port <port>', 'override PORT (0 picks a free port)')
    .option('--host <host>', 'override HOST')
    .action(async (options: ServeOptions) => {
      const env = {
        ...ctx.env,
        ...(options.store ? { NEWSGRAPH_STORE: options.store } : {}),
        ...(options.port !== undefined ? { PORT: options.port } : {}),
        ...(options.host !== undefined ? { HOST: options.host } : {}),
      };
      const config = loadConfig(env);
      // The API server and the extractor load when serve runs, not whenever the CLI starts:
      // other commands (ingest above all) should not carry them in the main thread.
      const [
        { createApiServer },
        { createDefaultExtractor, EXTRACTOR_VERSION },
        { createArticleIngestor },
      ] = await Promise.all([
        import('../../api'),
        import('../../extract'),
        import('../../ingest/article-ingestor'),
      ]);
      const app = await createApp(config);
      try {
        const extract = createDefaultExtractor();
        const resolver = createResolver({ lookup: app.store, extractorVersion: EXTRACTOR_VERSION });
        const ingestor = createArticleIngestor({
          extract,
          resolve: (result) => resolver.resolveArticle(result),
          store: app.store,
        });
        const api = createApiServer({
          store: app.store,
          ingestor,
          logger: app.logger,
          auth: config.auth,
          livePollMs: config.server.livePollMs,
        });
        const { url } = await api.listen(config.server.port, config.server.host);
        app.logger.info({ url, store: app.store.kind }, 'serving GraphQL');
        ctx.stderr.write(`newsgraph: serving GraphQL at ${url} (${app.store.kind} store)\n`);
        const signal = await nextShutdownSignal();
        app.logger.info({ signal }, 'shutting down: draining requests in flight');
        await api.close();
      } finally {
        await app.close();
      }
    });
}

function nextShutdownSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      for (const name of SHUTDOWN_SIGNALS) process.off(name, onSignal);
      resolve(signal);
    };
    for (const name of SHUTDOWN_SIGNALS) process.on(name, onSignal);
  });
}
