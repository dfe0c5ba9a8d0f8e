import { openTempSqliteStore } from '../store/sqlite-temp';
import { describeApiOperations } from './api-operations';

describeApiOperations('SQLite', async () => {
  const { store, cleanup } = await openTempSqliteStore();
  return { store, cleanup };
});
