import BetterSqlite3 from 'better-sqlite3';
import { SqliteExportSource } from '../../src/store/sqlite/export-source';
import { openTempSqliteStore } from '../store/sqlite-temp';
import { describeExportSourceContract } from './export-source.contract';

describeExportSourceContract('SQLite', async () => {
  const { store, path, cleanup } = await openTempSqliteStore();
  return {
    store,
    // A second, read-only handle on the same file, as `newsgraph export` opens it.
    openSource: async (pageSize) =>
      new SqliteExportSource(new BetterSqlite3(path, { readonly: true }), {
        ownsDatabase: true,
        ...(pageSize ? { pageSize } : {}),
      }),
    cleanup,
  };
});
