import type { OpenStore } from './api-contract';
import { describeCommonNeighboursAndCooccurrences } from './api-common-neighbours-and-cooccurrences';
import { describeDashboardCounts } from './api-dashboard-counts';
import { describeEventsAndRoles } from './api-events-and-roles';
import { describeQueryCost, type CostSetup } from './api-query-cost';
import { describeRelationshipFilters } from './api-relationship-filters';
import { countingStore } from './support/counting-store';
import { ingestSeedAndFollowUps } from './support/follow-up-articles';
import { createTestIngestor } from './support/seed-graph';
import { startTestApi } from './support/test-api';

/**
 * The analysts' and dashboards' questions over real HTTP, on the seed article and two short
 * follow-ups (another day, other publishers): events and roles, shared neighbours,
 * co-occurrence, relationship filters, dashboard counts and the query cost limit. Read-only, so
 * one graph serves every test. Runs unchanged against each store.
 */
export function describeGraphQuestions(storeName: string, openStore: OpenStore): void {
  describe(`GraphQL API on ${storeName}: graph questions`, () => {
    let setup: CostSetup;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      const opened = await openStore();
      cleanup = opened.cleanup;
      const ingestor = createTestIngestor(opened.store);
      await ingestSeedAndFollowUps(ingestor);
      const counted = countingStore(opened.store);
      const api = await startTestApi(counted.store, ingestor);
      setup = { api, store: opened.store, ingestor, calls: counted.calls };
    });

    afterAll(async () => {
      await setup?.api.close();
      await cleanup?.();
    });

    describeEventsAndRoles(() => setup.api);
    describeCommonNeighboursAndCooccurrences(() => setup.api);
    describeRelationshipFilters(() => setup.api);
    describeDashboardCounts(() => setup.api);
    describeQueryCost(() => setup);
  });
}
