import type { ApiStore } from '../../src/api';
import type { ArticleIngestor } from '../../src/ingest/article-ingestor';
import type { OpenStore } from './api-contract';
import { createTestIngestor, ingestSeed, XI } from './support/seed-graph';
import type { TestApi } from './support/test-api';
import {
  errorCodes,
  READ_KEY,
  readKey,
  startTestApi,
  WRITE_KEY,
  writeKey,
} from './support/test-api';

const ADD_ALIAS = `mutation { addAlias(entity: "${XI}", alias: "Chairman Xi") { aliases } }`;
const READ = `{ entity(id: "${XI}") { name } }`;

/**
 * API keys (who may read, who may write) and the document limits (depth, aliases, tokens) over
 * real HTTP on the seed article's graph. Runs unchanged against each store.
 */
export function describeApiAuthAndLimits(storeName: string, openStore: OpenStore): void {
  describe(`GraphQL API on ${storeName}: API keys and query limits over HTTP`, () => {
    let store: ApiStore;
    let ingestor: ArticleIngestor;
    let cleanup: () => Promise<void>;
    let t: TestApi;

    beforeAll(async () => {
      ({ store, cleanup } = await openStore());
      ingestor = createTestIngestor(store);
      await ingestSeed(ingestor);
      t = await startTestApi(store, ingestor);
    });

    afterAll(async () => {
      await t?.close();
      await cleanup?.();
    });

    describe('auth', () => {
      it('a mutation without a key is UNAUTHENTICATED (401) and changes nothing', async () => {
        const r = await t.graphql(ADD_ALIAS);
        expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
        expect(r.status).toBe(401);
        const [xi] = await store.getEntities([XI]);
        expect(xi?.aliases).not.toContain('Chairman Xi');
      });

      it('a mutation with a read key is FORBIDDEN (403)', async () => {
        const r = await t.graphql(ADD_ALIAS, {}, readKey);
        expect(errorCodes(r)).toEqual(['FORBIDDEN']);
        expect(r.status).toBe(403);
      });

      it('a write key may mutate, by Bearer or X-API-Key', async () => {
        const r = await t.graphql<{ addAlias: { aliases: string[] } }>(ADD_ALIAS, {}, writeKey);
        expect(r.body.errors).toBeUndefined();
        expect(r.body.data?.addAlias.aliases).toContain('Chairman Xi');
        const other = await t.graphql(
          `mutation { addAlias(entity: "${XI}", alias: "Xi Dada") { id } }`,
          {},
          { 'x-api-key': WRITE_KEY },
        );
        expect(other.body.errors).toBeUndefined();
      });

      it('reads are open by default, but a wrong key is refused even there', async () => {
        expect((await t.graphql(READ)).body.errors).toBeUndefined();
        const wrong = await t.graphql(READ, {}, { authorization: `Bearer ${READ_KEY}x` });
        expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
      });

      it('with readRequiresKey, reads need a key and a read key is enough', async () => {
        const closed = await startTestApi(store, ingestor, {
          auth: { apiKeys: [{ key: READ_KEY, role: 'read' }], readRequiresKey: true },
        });
        try {
          expect(errorCodes(await closed.graphql(READ))).toEqual(['UNAUTHENTICATED']);
          expect((await closed.graphql(READ, {}, readKey)).body.errors).toBeUndefined();
        } finally {
          await closed.close();
        }
      });

      it('never writes a key to the logs', () => {
        const logs = t.logs.join('\n');
        expect(logs.length).toBeGreaterThan(0);
        expect(logs).not.toContain(READ_KEY);
        expect(logs).not.toContain(WRITE_KEY);
      });
    });

    describe('limits', () => {
      it('refuses a query nested too deep before running it', async () => {
        const deep = `{ entity(id: "${XI}") { ${'relationships { nodes { other { '.repeat(5)} name ${'} } }'.repeat(5)} } }`;
        const r = await t.graphql(deep);
        expect(r.body.errors?.[0]?.message).toMatch(/depth/i);
        expect(errorCodes(r)).toEqual(['QUERY_TOO_COMPLEX']);
        expect(r.body.errors?.[0]?.extensions).toMatchObject({ limit: 'depth', max: 12 });
        expect(r.body.data ?? null).toBeNull();
      });

      it('refuses too many aliases', async () => {
        const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: entity(id: "${XI}") { name }`);
        const r = await t.graphql(`{ ${aliases.join(' ')} }`);
        expect(r.body.errors?.[0]?.message).toMatch(/aliases/i);
        expect(errorCodes(r)).toEqual(['QUERY_TOO_COMPLEX']);
        expect(r.body.errors?.[0]?.extensions).toMatchObject({ limit: 'aliases', max: 15 });
      });

      it('refuses a document with too many tokens', async () => {
        const fields = Array.from({ length: 2500 }, () => 'name').join(' ');
        const r = await t.graphql(`{ entity(id: "${XI}") { ${fields} } }`);
        expect(r.body.errors?.[0]?.message).toMatch(/token/i);
        expect(errorCodes(r)).toEqual(['QUERY_TOO_COMPLEX']);
        expect(r.body.errors?.[0]?.extensions).toMatchObject({ limit: 'tokens', max: 2000 });
      });

      it('accepts every example operation GraphiQL opens with', async () => {
        const { GRAPHIQL_EXAMPLES } = await import('../../src/api/graphiql-examples');
        const names = [...GRAPHIQL_EXAMPLES.matchAll(/^query (\w+)/gm)].map((m) => m[1]);
        expect(names.length).toBeGreaterThanOrEqual(4);
        for (const operationName of names) {
          const response = await fetch(t.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: GRAPHIQL_EXAMPLES, operationName }),
          });
          const body = (await response.json()) as {
            errors?: unknown[];
            data?: Record<string, unknown>;
          };
          expect({ operationName, errors: body.errors }).toEqual({
            operationName,
            errors: undefined,
          });
        }
      });
    });
  });
}
