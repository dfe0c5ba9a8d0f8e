/**
 * A GraphQL server process for the API benchmark while `newsgraph serve` has not landed: the
 * composition serve is expected to do (config → app → store; ingestor for the mutations;
 * createApiServer; listen on PORT/HOST), run from the sources through tsx.
 *
 *   NEWSGRAPH_STORE=sqlite NEWSGRAPH_SQLITE_PATH=… PORT=4100 node --import tsx bench/api-server-main.ts
 *
 * createApiServer is loaded by path at run time, not imported: the API is being written in
 * parallel, and a static import of a file that is not committed yet would break type-checking
 * of the whole repository. The structural type below is the part of its contract used here.
 */
import { join } from 'node:path';
import { createApp } from '../src/app';
import { loadConfig, processEnv } from '../src/config';
import { createDefaultExtractor } from '../src/extract/default-extractor';
import type { Extractor } from '../src/extract/pipeline';
import { EXTRACTOR_VERSION } from '../src/extract/pipeline';
import { createArticleIngestor } from '../src/ingest/article-ingestor';
import { createResolver } from '../src/resolve/create-resolver';

interface ApiServerModule {
  createApiServer(deps: { store: unknown; ingestor: unknown; logger: unknown; auth: unknown }): {
    listen(port: number, host?: string): Promise<{ url: string }>;
    close(): Promise<void>;
  };
}

export const API_SERVER_MODULE = join(__dirname, '..', 'src', 'api', 'create-api-server');

async function main(): Promise<void> {
  const config = loadConfig(processEnv());
  const app = await createApp(config);
  // The benchmark only reads; the extractor (hundreds of ms, tens of MB) loads on first ingest.
  let extractor: Extractor | undefined;
  const resolver = createResolver({ lookup: app.store, extractorVersion: EXTRACTOR_VERSION });
  const ingestor = createArticleIngestor({
    extract: (input) => (extractor ??= createDefaultExtractor())(input),
    resolve: (result) => resolver.resolveArticle(result),
    store: app.store,
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see the header comment
  const { createApiServer } = require(API_SERVER_MODULE) as ApiServerModule;
  const api = createApiServer({
    store: app.store,
    ingestor,
    logger: app.logger,
    auth: config.auth,
  });
  await api.listen(config.server.port, config.server.host);
  const stop = () => {
    void api
      .close()
      .then(() => app.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `api-server-main: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  });
}
