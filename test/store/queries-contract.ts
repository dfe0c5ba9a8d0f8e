import type { OpenQueryStore, QueryStore } from './queries-contract-fixture';
import { queryGraphs } from './queries-contract-fixture';
import { describeListContract } from './queries-contract-lists';
import { describeNeighbourhoodViewsContract } from './queries-contract-neighbourhood-views';
import { describeTimeContract } from './queries-contract-time';
import { describeValidationContract } from './queries-contract-validation';
import { describeWalkContract } from './queries-contract-walks';

export type { OpenQueryStore, QueryStore } from './queries-contract-fixture';

/**
 * The GraphQueries contract (src/store/graph-queries.ts), black-box through the interface, so it
 * runs unchanged against SQLite and Neo4j. Every test only reads, so one store is opened and
 * loaded with the seed, second-source and chain articles for the whole suite.
 *
 * @example
 * describeQueriesContract('SQLite', async () => {
 *   const store = openSqliteStore(':memory:');
 *   await store.migrate();
 *   return { store, cleanup: () => store.close() };
 * });
 */
export function describeQueriesContract(name: string, openStore: OpenQueryStore): void {
  describe(`GraphQueries contract: ${name}`, () => {
    let opened: Awaited<ReturnType<OpenQueryStore>> | undefined;
    beforeAll(async () => {
      opened = await openStore();
      for (const graph of queryGraphs()) await opened.store.upsertArticle(graph);
    });
    afterAll(async () => {
      await opened?.cleanup();
      opened = undefined;
    });
    const store = (): QueryStore => {
      if (!opened) throw new Error('store used outside the suite');
      return opened.store;
    };
    describeWalkContract(store);
    describeNeighbourhoodViewsContract(store);
    describeTimeContract(store);
    describeListContract(store);
    describeValidationContract(store);
  });
}
