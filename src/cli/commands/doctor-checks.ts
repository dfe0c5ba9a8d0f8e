import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config, Env } from '../../config';
import { loadConfig } from '../../config';
import { isNewsgraphError } from '../../errors';
import { describeStore, openStore } from '../../store';
import type { GraphStore } from '../../store/graph-store';

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skipped';

export interface CheckResult {
  check: string;
  status: CheckStatus;
  message: string;
  /** What to do about a warning or failure. */
  fix?: string;
  /** The error code behind a failure, so the exit code can follow it. */
  code?: string;
}

/** Data files the extractor loads at start-up, relative to the package's src/ (or dist/) root. */
const EXTRACTOR_DATA = [
  { check: 'gazetteer', dir: join('extract', 'gazetteer', 'data') },
  { check: 'ner-model', dir: join('extract', 'ner', 'model') },
];

export function checkNode(version = process.versions.node): CheckResult {
  const major = Number(version.split('.')[0]);
  return major >= 20
    ? { check: 'node', status: 'ok', message: `Node.js ${version}` }
    : {
        check: 'node',
        status: 'fail',
        message: `Node.js ${version} is too old`,
        fix: 'Install Node.js 20 or later.',
      };
}

export function checkConfiguration(env: Env): { result: CheckResult; config?: Config } {
  try {
    const config = loadConfig(env);
    const message = `valid; store: ${describeStore(config.store)}`;
    return { result: { check: 'configuration', status: 'ok', message }, config };
  } catch (error) {
    if (!isNewsgraphError(error)) throw error;
    return {
      result: {
        check: 'configuration',
        status: 'fail',
        code: error.code,
        message: error.message,
        fix: 'Set the variables named above; `newsgraph --help` lists each one with its default.',
      },
    };
  }
}

/**
 * Reach the store without changing it: no migration, and no SQLite file is created just to
 * look at it. Returns the open store for the schema check.
 */
export async function checkStore(
  config: Config,
): Promise<{ result: CheckResult; store?: GraphStore }> {
  const where = describeStore(config.store);
  if (
    config.store.kind === 'sqlite' &&
    config.store.path !== ':memory:' &&
    !existsSync(config.store.path)
  ) {
    return {
      result: {
        check: 'store',
        status: 'warn',
        message: `${where} does not exist yet`,
        fix: 'Run `newsgraph migrate` (or ingest articles) to create it, or point NEWSGRAPH_SQLITE_PATH at an existing database.',
      },
    };
  }
  try {
    const store = await openStore(config.store, { migrate: false });
    await store.ping();
    return { result: { check: 'store', status: 'ok', message: `reached ${where}` }, store };
  } catch (error) {
    if (!isNewsgraphError(error)) throw error;
    const fix =
      config.store.kind === 'neo4j'
        ? 'Start Neo4j (`npm run neo4j`, or `docker compose up -d neo4j`) or correct NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.'
        : 'Check that NEWSGRAPH_SQLITE_PATH names a readable SQLite database file.';
    return {
      result: { check: 'store', status: 'fail', code: error.code, message: error.message, fix },
    };
  }
}

export async function checkSchema(store: GraphStore): Promise<CheckResult> {
  const version = await store.schemaVersion();
  return version === null
    ? {
        check: 'schema',
        status: 'fail',
        code: 'SCHEMA_OUTDATED',
        message: 'the store has never been migrated',
        fix: 'Run `newsgraph migrate`.',
      }
    : { check: 'schema', status: 'ok', message: `schema version ${version}` };
}

export function checkExtractorData(packageRoot = resolve(__dirname, '..', '..')): CheckResult[] {
  return EXTRACTOR_DATA.map(({ check, dir }) => {
    const path = join(packageRoot, dir);
    const files = existsSync(path) ? readdirSync(path).filter((f) => !f.startsWith('.')) : [];
    return files.length > 0
      ? { check, status: 'ok', message: `${files.length} file(s) in ${path}` }
      : {
          check,
          status: 'fail',
          message: `no data files in ${path}`,
          fix: 'Reinstall newsgraph, or run `npm run build` from a full checkout so the data is copied next to the code.',
        };
  });
}
