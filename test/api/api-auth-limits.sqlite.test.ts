import { openTempSqliteStore } from '../store/sqlite-temp';
import { describeApiAuthAndLimits } from './api-auth-limits';

describeApiAuthAndLimits('SQLite', async () => {
  const { store, cleanup } = await openTempSqliteStore();
  return { store, cleanup };
});
