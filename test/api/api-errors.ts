import { InvalidInputError } from '../../src/errors';
import type { ApiStore } from '../../src/api';
import type { OpenStore } from './api-contract';
import { createTestIngestor, ingestSeed, XI } from './support/seed-graph';
import type { TestApi } from './support/test-api';
import { errorCodes, startTestApi, writeKey } from './support/test-api';

/** A store whose chosen method fails or stalls, to reach the error paths a healthy store never takes. */
function faultyStore(store: ApiStore, method: string, fault: () => Promise<never>): ApiStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === method) return fault;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Every error code over real HTTP on the seed article's graph. `openUnavailableStore` gives a
 * store of the same kind that cannot answer (its database gone), for STORE_UNAVAILABLE; the other
 * failures come from a healthy store with one method replaced. Runs unchanged against each store.
 */
export function describeApiErrors(
  storeName: string,
  openStore: OpenStore,
  openUnavailableStore: OpenStore,
): void {
  describe(`GraphQL API on ${storeName}: error codes over HTTP`, () => {
    let store: ApiStore;
    let cleanup: () => Promise<void>;
    let t: TestApi;

    beforeAll(async () => {
      ({ store, cleanup } = await openStore());
      const ingestor = createTestIngestor(store);
      await ingestSeed(ingestor);
      t = await startTestApi(store, ingestor);
    });

    afterAll(async () => {
      await t?.close();
      await cleanup?.();
    });

    it('NOT_FOUND for a path from an unknown entity and an alias for one', async () => {
      const paths = await t.graphql('{ paths(from: "person:nobody", to: "wd:Q7747") { length } }');
      expect(errorCodes(paths)).toEqual(['NOT_FOUND']);
      expect(paths.body.errors?.[0]?.message).toMatch(/person:nobody/);
      const alias = await t.graphql(
        'mutation { addAlias(entity: "person:nobody", alias: "Nobody") { id } }',
        {},
        writeKey,
      );
      expect(errorCodes(alias)).toEqual(['NOT_FOUND']);
    });

    it('BAD_USER_INPUT for a forged cursor, a bad date, an empty search and too deep a walk', async () => {
      const cursor = await t.graphql(
        '{ searchEntities(query: "Xi", after: "bm90LWEtY3Vyc29y") { nodes { id } } }',
      );
      expect(errorCodes(cursor)).toEqual(['BAD_USER_INPUT']);
      expect(cursor.body.errors?.[0]?.message).toMatch(/not a cursor this API gave out/);
      const date = await t.graphql('{ topEntities(since: "last tuesday") { mentions } }');
      expect(errorCodes(date)).toEqual(['BAD_USER_INPUT']);
      const empty = await t.graphql('{ searchEntities(query: "  ") { nodes { id } } }');
      expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
      const deep = await t.graphql(
        `{ entity(id: "${XI}") { neighbors(depth: 4) { entities { distance } } } }`,
      );
      expect(errorCodes(deep)).toEqual(['BAD_USER_INPUT']);
    });

    it('a bad article in ingestArticles is an item result with BAD_USER_INPUT, the others succeed', async () => {
      const r = await t.graphql<{
        ingestArticles: { status: string; error: { code: string } | null }[];
      }>(
        `mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { status error { code message } } }`,
        {
          inputs: [
            { id: 'blank', text: '   ' },
            { id: 'short', text: 'Vladimir Putin met Xi Jinping in Moscow on Thursday.' },
          ],
        },
        writeKey,
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.ingestArticles.map((i) => i.status)).toEqual(['error', 'created']);
      expect(r.body.data?.ingestArticles[0]?.error?.code).toBe('BAD_USER_INPUT');
    });

    describe('with a failing store', () => {
      it('STORE_UNAVAILABLE when the store cannot answer; /readyz says 503', async () => {
        const { store: unavailable, cleanup: done } = await openUnavailableStore();
        // Under the default request limit: the store's retries end first (Neo4j's within 5 s),
        // so its verdict reaches the client rather than the request timeout's.
        const broken = await startTestApi(unavailable, createTestIngestor(unavailable));
        try {
          const r = await broken.graphql(`{ entity(id: "${XI}") { name } }`);
          expect(errorCodes(r)).toEqual(['STORE_UNAVAILABLE']);
          expect((await fetch(`${broken.base}/readyz`)).status).toBe(503);
          expect((await fetch(`${broken.base}/healthz`)).status).toBe(200);
          const metrics = await (await fetch(`${broken.base}/metrics`)).text();
          expect(metrics).toMatch(
            /newsgraph_store_errors_total\{method="getEntities",code="STORE_UNAVAILABLE"\} 1/,
          );
        } finally {
          await broken.close();
          await done().catch(() => undefined);
        }
      });

      it('INTERNAL for a bug: masked, logged with the request id the response echoes', async () => {
        const bug = faultyStore(store, 'getEntities', () =>
          Promise.reject(new TypeError('secret internals: cannot read x of undefined')),
        );
        const api = await startTestApi(bug, createTestIngestor(store));
        try {
          const r = await api.graphql(
            `{ entity(id: "${XI}") { name } }`,
            {},
            { 'x-request-id': 'req-abc-123' },
          );
          expect(errorCodes(r)).toEqual(['INTERNAL']);
          expect(r.body.errors?.[0]?.message).toBe('Unexpected error.');
          expect(JSON.stringify(r.body)).not.toMatch(/secret internals/);
          expect(r.body.errors?.[0]?.extensions?.['requestId']).toBe('req-abc-123');
          expect(r.headers.get('x-request-id')).toBe('req-abc-123');
          const logged = api.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
          expect(logged).toContainEqual(
            expect.objectContaining({
              requestId: 'req-abc-123',
              level: 50,
              msg: 'unexpected error in a resolver',
            }),
          );
        } finally {
          await api.close();
        }
      });

      it('TIMEOUT when execution outlives the per-request limit', async () => {
        const slow = faultyStore(store, 'getEntities', () => new Promise<never>(() => undefined));
        const api = await startTestApi(slow, createTestIngestor(store), { timeoutMs: 150 });
        try {
          const r = await api.graphql(`{ entity(id: "${XI}") { name } }`);
          expect(errorCodes(r)).toEqual(['TIMEOUT']);
        } finally {
          await api.close();
        }
      });

      it('a domain error keeps its message and code', async () => {
        const refusing = faultyStore(store, 'searchEntities', () =>
          Promise.reject(new InvalidInputError('query: too long, at most 200 characters')),
        );
        const api = await startTestApi(refusing, createTestIngestor(store));
        try {
          const r = await api.graphql('{ searchEntities(query: "x") { nodes { id } } }');
          expect(r.body.errors?.[0]).toMatchObject({
            message: 'query: too long, at most 200 characters',
            extensions: { code: 'BAD_USER_INPUT' },
          });
        } finally {
          await api.close();
        }
      });
    });
  });
}
