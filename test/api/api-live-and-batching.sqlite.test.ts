import { openTempSqliteStore } from '../store/sqlite-temp';
import { describeLiveAndBatching } from './api-live-and-batching';

describeLiveAndBatching('SQLite', async () => {
  const { store, cleanup } = await openTempSqliteStore();
  return { store, cleanup };
});
