import type { GraphStore } from '../../src/store/graph-store';
import type { OpenStore } from './api-contract';
import { createTestIngestor, XI } from './support/seed-graph';
import type { TestApi } from './support/test-api';
import { startTestApi } from './support/test-api';

/**
 * Operating the API over real HTTP on an empty graph: health and readiness, metrics, GraphiQL,
 * request ids, logs and a graceful shutdown. Runs unchanged against each store.
 */
export function describeApiOperations(storeName: string, openStore: OpenStore): void {
  describe(`GraphQL API on ${storeName}: health, metrics, GraphiQL, request ids, shutdown`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    let t: TestApi;

    beforeAll(async () => {
      ({ store, cleanup } = await openStore());
      t = await startTestApi(store, createTestIngestor(store));
    });

    afterAll(async () => {
      await t?.close();
      await cleanup?.();
    });

    it('/healthz and /readyz answer 200 while the store answers', async () => {
      expect(await (await fetch(`${t.base}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${t.base}/readyz`);
      expect(ready.status).toBe(200);
    });

    it('/metrics counts operations by name and outcome, with durations', async () => {
      await t.graphql(`query LookUpXi { entity(id: "${XI}") { name } }`);
      const text = await (await fetch(`${t.base}/metrics`)).text();
      expect(text).toMatch(
        /newsgraph_graphql_requests_total\{operation="LookUpXi",type="query",outcome="ok"\} 1/,
      );
      expect(text).toMatch(
        /newsgraph_graphql_request_duration_seconds_count\{operation="LookUpXi",type="query"\} 1/,
      );
    });

    it('serves GraphiQL at /graphql, opening with the seed questions', async () => {
      const page = await (await fetch(t.url, { headers: { accept: 'text/html' } })).text();
      expect(page).toMatch(/graphiql/i);
      expect(page).toContain('WhoDidXiMeet');
      expect(page).toContain('WhatConnectsUkraineAndChina');
      expect(page).toContain('QuotesByPutin');
    });

    it('gives every response an x-request-id, keeping a sensible one the caller sent', async () => {
      const fresh = await t.graphql('{ stats { articles } }');
      expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const kept = await t.graphql('{ stats { articles } }', {}, { 'x-request-id': 'trace-42' });
      expect(kept.headers.get('x-request-id')).toBe('trace-42');
      const unsafe = await t.graphql(
        '{ stats { articles } }',
        {},
        { 'x-request-id': 'a b<script>' },
      );
      expect(unsafe.headers.get('x-request-id')).not.toBe('a b<script>');
    });

    it('logs one JSON line per request with its id, never the query text', async () => {
      await t.graphql('{ stats { articles } }', {}, { 'x-request-id': 'log-me-1' });
      const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toContainEqual(
        expect.objectContaining({
          requestId: 'log-me-1',
          msg: 'request',
          status: 200,
          path: '/graphql',
        }),
      );
      expect(t.logs.join('\n')).not.toContain('stats { articles }');
    });

    it('on close, finishes a request in flight, then refuses new connections', async () => {
      // The suite's store, still empty, with stats slowed down so the request is in flight.
      const slowStore = new Proxy(store, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (property !== 'stats' || typeof value !== 'function') {
            return typeof value === 'function' ? value.bind(target) : value;
          }
          return async () => {
            await new Promise((resolve) => setTimeout(resolve, 300));
            return (value as () => Promise<unknown>).call(target);
          };
        },
      });
      const api = await startTestApi(slowStore, createTestIngestor(store), { drainMs: 5_000 });
      const inFlight = api.graphql<{ stats: { articles: number } }>('{ stats { articles } }');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const closing = api.close();
      expect((await inFlight).body.data?.stats.articles).toBe(0);
      await closing;
      await expect(fetch(`${api.base}/healthz`)).rejects.toThrow();
    });
  });
}
