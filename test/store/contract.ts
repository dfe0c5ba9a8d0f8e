import { describeArticleEvidenceContract } from './contract-article-evidence';
import { describeBatchContract } from './contract-batch';
import { describeChangeFeedContract } from './contract-changes';
import { describeCurationContract } from './contract-curation';
import { useFreshStore, type OpenStore } from './contract-context';
import { describeReadContract } from './contract-reads';
import { describeSchemaContract } from './contract-schema';
import { describeSearchContract } from './contract-search';
import { describeWriteContract } from './contract-writes';

export type { OpenStore } from './contract-context';

/**
 * The behaviour every GraphStore adapter must show (docs/store-semantics.md), black-box through
 * the interface only, so it runs unchanged against SQLite and Neo4j. Each test gets a fresh,
 * migrated, empty store from `openStore`.
 *
 * @example
 * describeStoreContract('SqliteGraphStore', async () => {
 *   const store = await openSqliteStore(':memory:');
 *   await store.migrate();
 *   return { store, cleanup: () => store.close() };
 * });
 */
export function describeStoreContract(name: string, openStore: OpenStore): void {
  describe(`GraphStore contract: ${name}`, () => {
    const store = useFreshStore(openStore);
    describeSchemaContract(store);
    describeWriteContract(store);
    describeBatchContract(store);
    describeReadContract(store);
    describeArticleEvidenceContract(store);
    describeSearchContract(store);
    describeCurationContract(store);
    describeChangeFeedContract(store);
  });
}
