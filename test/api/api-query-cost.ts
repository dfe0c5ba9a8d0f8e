import type { ApiStore } from '../../src/api';
import { DEFAULT_QUERY_LIMITS } from '../../src/api';
import type { ArticleIngestor } from '../../src/ingest/article-ingestor';
import { totalCalls } from './support/counting-store';
import type { TestApi } from './support/test-api';
import { startTestApi } from './support/test-api';

/** Search hits with their relationships: its cost grows with the product of the two `first`s. */
const costly = (hits: number, links: number) =>
  `{ searchEntities(query: "Xi", first: ${hits}) { nodes { name
     relationships(first: ${links}) { nodes { type other { name } } } } } }`;

/** graphql-armor reports the cost it found; the tests read it rather than re-derive its formula. */
function foundCost(message: string | undefined): number {
  const match = /Query Cost limit of [\d.]+ exceeded, found ([\d.]+)\./.exec(message ?? '');
  if (!match?.[1]) throw new Error(`not a cost-limit message: ${message}`);
  return Number(match[1]);
}

export interface CostSetup {
  api: TestApi;
  store: ApiStore;
  ingestor: ArticleIngestor;
  /** Calls reaching the store through `api`, by method name. */
  calls: Map<string, number>;
}

/** The query cost limit (`maxCost`) over HTTP: refused before execution, at the configured cost. */
export function describeQueryCost(getSetup: () => CostSetup): void {
  describe('query cost limit', () => {
    it('refuses a query over the default cost before it reads the store', async () => {
      const { api, calls } = getSetup();
      calls.clear();
      const r = await api.graphql(costly(100, 100));
      expect(r.body.data ?? null).toBeNull();
      expect(r.body.errors).toHaveLength(1);
      expect(foundCost(r.body.errors?.[0]?.message)).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
      expect(r.body.errors?.[0]?.message).toContain(
        `Query Cost limit of ${DEFAULT_QUERY_LIMITS.maxCost} exceeded`,
      );
      expect(r.body.errors?.[0]?.extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'cost',
        max: DEFAULT_QUERY_LIMITS.maxCost,
      });
      expect(totalCalls(calls)).toBe(0);
    });

    it('answers the same shape of query when its pages are small enough', async () => {
      const r = await getSetup().api.graphql<{ searchEntities: { nodes: unknown[] } }>(
        costly(3, 3),
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.searchEntities.nodes.length).toBeGreaterThan(0);
    });

    it('enforces the configured maxCost: a query costing exactly it passes, one unit less refuses it', async () => {
      const { store, ingestor } = getSetup();
      const probe = await startTestApi(store, ingestor, { limits: { maxCost: 1 } });
      const cost = foundCost((await probe.graphql(costly(3, 3))).body.errors?.[0]?.message);
      await probe.close();
      expect(cost).toBeGreaterThan(1);

      const atLimit = await startTestApi(store, ingestor, { limits: { maxCost: cost } });
      const below = await startTestApi(store, ingestor, { limits: { maxCost: cost - 1 } });
      try {
        expect((await atLimit.graphql(costly(3, 3))).body.errors).toBeUndefined();
        const refused = await below.graphql(costly(3, 3));
        expect(foundCost(refused.body.errors?.[0]?.message)).toBe(cost);
        expect(refused.body.data ?? null).toBeNull();
      } finally {
        await Promise.all([atLimit.close(), below.close()]);
      }
    });
  });
}
