import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { describeQueriesContract } from './queries-contract';
import { openTempSqliteStore } from './sqlite-temp';

describeQueriesContract('SQLite (file)', openTempSqliteStore);

describeQueriesContract('SQLite (:memory:)', async () => {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  return { store, cleanup: () => store.close() };
});
