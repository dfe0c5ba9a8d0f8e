import { Writable } from 'node:stream';
import type { ApiServer, ApiServerDeps, ApiStore } from '../../../src/api';
import { createApiServer } from '../../../src/api';
import type { ArticleIngestor } from '../../../src/ingest/article-ingestor';
import { createLogger } from '../../../src/logging';

export const READ_KEY = 'dashboard-read-key-0123';
export const WRITE_KEY = 'ingest-write-key-4567';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  };
}

export interface TestApi {
  api: ApiServer;
  url: string;
  base: string;
  /** Every JSON log line the server wrote. */
  logs: string[];
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** The real API server on a free loopback port, with its logs captured. */
export async function startTestApi(
  store: ApiStore,
  ingestor: ArticleIngestor,
  overrides: Partial<ApiServerDeps> = {},
): Promise<TestApi> {
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const api = createApiServer({
    store,
    ingestor,
    logger: createLogger({ level: 'info', destination }),
    auth: {
      apiKeys: [
        { key: READ_KEY, role: 'read' },
        { key: WRITE_KEY, role: 'write' },
      ],
      readRequiresKey: false,
    },
    drainMs: 200,
    ...overrides,
  });
  const { url } = await api.listen(0);
  return {
    api,
    url,
    base: url.replace(/\/graphql$/, ''),
    logs,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphqlResponse['body'],
      } as never;
    },
    close: () => api.close(),
  };
}

export const writeKey = { authorization: `Bearer ${WRITE_KEY}` };
export const readKey = { authorization: `Bearer ${READ_KEY}` };

/** The codes of a response's errors, in order. */
export function errorCodes(response: GraphqlResponse): unknown[] {
  return (response.body.errors ?? []).map((e) => e.extensions?.['code']);
}
