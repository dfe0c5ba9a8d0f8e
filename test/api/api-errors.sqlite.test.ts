import { openTempSqliteStore } from '../store/sqlite-temp';
import { describeApiErrors } from './api-errors';

describeApiErrors(
  'SQLite',
  async () => {
    const { store, cleanup } = await openTempSqliteStore();
    return { store, cleanup };
  },
  // A closed database: every statement fails as the file would if it vanished.
  async () => {
    const { store, cleanup } = await openTempSqliteStore();
    await store.close();
    return { store, cleanup };
  },
);
