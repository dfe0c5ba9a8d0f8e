import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { describeStoreContract } from './contract';
import { openTempSqliteStore } from './sqlite-temp';

describeStoreContract('SQLite (file)', openTempSqliteStore);

describeStoreContract('SQLite (:memory:)', async () => {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  return { store, cleanup: () => store.close() };
});
