import { openTempSqliteStore } from '../store/sqlite-temp';
import { describeApiContract } from './api-contract';

describeApiContract('SQLite', async () => {
  const { store, cleanup } = await openTempSqliteStore();
  return { store, cleanup };
});
