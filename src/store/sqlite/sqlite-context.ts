import type { Database, Statement } from 'better-sqlite3';

/**
 * The handle plus a cache of prepared statements, passed to every query module. Statements are
 * prepared once per SQL text: preparing is the expensive part of a better-sqlite3 call.
 */
export interface SqliteContext {
  db: Database;
  sql(text: string): Statement;
}

export function createSqliteContext(db: Database): SqliteContext {
  const cache = new Map<string, Statement>();
  return {
    db,
    sql(text) {
      let statement = cache.get(text);
      if (!statement) {
        statement = db.prepare(text);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}
