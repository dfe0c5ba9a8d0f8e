import type { AuthSettings } from './auth-settings';
import type { LoggingSettings } from './logging-settings';
import type { ServerSettings } from './server-settings';

/** Everything newsgraph is configured with, validated. Built only by `loadConfig`. */
export interface Config {
  store: StoreConfig;
  server: ServerSettings;
  auth: AuthSettings;
  logging: LoggingSettings;
}

export type StoreConfig = SqliteStoreConfig | Neo4jStoreConfig;

export interface SqliteStoreConfig {
  kind: 'sqlite';
  /** A file path, or `:memory:`. */
  path: string;
}

export interface Neo4jStoreConfig {
  kind: 'neo4j';
  uri: string;
  user: string;
  /** Absent for a server running without authentication (the development launcher). */
  password?: string;
  database: string;
}
