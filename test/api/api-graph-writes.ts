import type { OpenStore } from './api-contract';
import { describeDeleteArticle } from './api-delete-article';
import { describeMergeAndUndo } from './api-merge-and-undo';

/**
 * The curation mutations over real HTTP, each describe on a graph of its own (the seed and two
 * follow-ups): deleteArticle, mergeEntities and undoMerge with its NOT_FOUND and CONFLICT
 * refusals. Runs unchanged against each store.
 */
export function describeGraphWrites(storeName: string, openStore: OpenStore): void {
  describe(`GraphQL API on ${storeName}: curation mutations`, () => {
    describeDeleteArticle(openStore);
    describeMergeAndUndo(openStore);
  });
}
