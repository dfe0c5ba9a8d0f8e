import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compactCypher } from './compact-cypher';
import { CYPHER_NAMES, type CypherName } from './cypher-names';

/** The Cypher statements, read once at start-up, by name ('article/upsert-article'). */
export interface CypherRegistry {
  get(name: CypherName): string;
  /** The schema migrations, ordered by their number. */
  readonly migrations: readonly Migration[];
}

export interface Migration {
  version: number;
  name: string;
  /** A migration file may hold several schema commands, each ended by a semicolon. */
  statements: string[];
}

const MIGRATION_FILE = /^(\d{3})-[a-z0-9-]+\.cypher$/;

/**
 * Loads every statement named in CYPHER_NAMES and every migration from `root` (the repository's
 * `cypher/` folder by default), compacted as they travel (compactCypher). Throws naming the first
 * missing file, so a broken install fails at start-up rather than on the first request that
 * needs the statement.
 */
export function loadCypherRegistry(root: string = findCypherRoot()): CypherRegistry {
  const statements = new Map<CypherName, string>();
  for (const name of CYPHER_NAMES) {
    const file = join(root, `${name}.cypher`);
    if (!existsSync(file)) {
      throw new Error(`Cypher statement '${name}' is missing: expected the file ${file}`);
    }
    statements.set(name, compactCypher(readFileSync(file, 'utf8')));
  }
  const migrations = loadMigrations(join(root, 'migrations'));
  return {
    get: (name) => {
      const text = statements.get(name);
      if (text === undefined) throw new Error(`Cypher statement '${name}' was not loaded`);
      return text;
    },
    migrations,
  };
}

function loadMigrations(dir: string): Migration[] {
  if (!existsSync(dir))
    throw new Error(`Cypher migrations are missing: expected the folder ${dir}`);
  return readdirSync(dir)
    .filter((file) => MIGRATION_FILE.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file,
      statements: splitStatements(readFileSync(join(dir, file), 'utf8')),
    }));
}

/** Splits on semicolons that end a line; `//` comment lines are dropped first. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

/**
 * The `cypher/` folder at the repository (or install) root, found by walking up from this file:
 * it is three levels up from src/store/neo4j (ts-node, jest) and from dist/store/neo4j (built).
 */
export function findCypherRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'cypher');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) {
      throw new Error(`No cypher/ folder next to a package.json above ${from}`);
    }
  }
}
