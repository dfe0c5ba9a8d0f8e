/**
 * `npm run report:duplicates -- [path] [--top 200] [--json]` — the duplicate-entity estimate of
 * issue 4, measured on a SQLite store that `newsgraph ingest --store sqlite` filled (the ingest
 * reads its file from NEWSGRAPH_SQLITE_PATH; so does this script when no path is given):
 *
 *   npm run build
 *   NEWSGRAPH_SQLITE_PATH=/tmp/bbc.db node dist/cli/index.js ingest --store sqlite \
 *     ../shared/corpus/seed-xi-moscow-victory-day.txt ../shared/data/bbc/bbc.ndjson
 *   NEWSGRAPH_SQLITE_PATH=/tmp/bbc.db npm run report:duplicates
 *
 * For each of the top N entities by mention count it lists the other nodes that might be the same
 * real thing (see `findDuplicateCandidates`): candidates, not verdicts — people who share a surname
 * and a club named after its town are listed too, and a person judges. Also prints node counts by
 * type. Opens the file read-only in spirit: it only reads a snapshot.
 */
import { existsSync } from 'node:fs';
import { loadConfig, processEnv } from '../src/config';
import { findDuplicateCandidates, type DuplicateReason } from '../src/resolve/duplicate-candidates';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';

interface Options {
  path: string;
  top: number;
  json: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  let path: string | undefined;
  let top = 200;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--top') {
      top = Number(argv[(i += 1)]);
      if (!Number.isInteger(top) || top < 1) {
        throw new Error(`--top: expected a positive integer, found ${argv[i]}`);
      }
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else path = arg;
  }
  if (path === undefined) {
    const { store } = loadConfig(processEnv());
    if (store.kind !== 'sqlite') {
      throw new Error('give the SQLite file as an argument (NEWSGRAPH_STORE is not sqlite)');
    }
    path = store.path;
  }
  if (!existsSync(path)) throw new Error(`no SQLite store at ${path}; run newsgraph ingest first`);
  return { path, top, json };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const store = openSqliteStore(options.path);
  try {
    const [stats, snapshot] = await Promise.all([store.stats(), store.snapshot()]);
    const entities = findDuplicateCandidates(snapshot.entities, options.top);
    const withCandidates = entities.filter((e) => e.candidates.length > 0);
    const byReason: Partial<Record<DuplicateReason, number>> = {};
    for (const entity of withCandidates) {
      for (const reason of new Set(entity.candidates.map((c) => c.reason))) {
        byReason[reason] = (byReason[reason] ?? 0) + 1;
      }
    }
    const summary = {
      store: options.path,
      articles: stats.articles,
      entitiesByType: stats.entitiesByType,
      top: entities.length,
      topWithCandidates: withCandidates.length,
      topWithCandidatesByReason: byReason,
    };
    if (options.json) {
      console.log(JSON.stringify({ ...summary, entities: withCandidates }, null, 2));
      return;
    }
    console.log(`${options.path}: ${stats.articles} articles`);
    console.log(`nodes by type: ${JSON.stringify(stats.entitiesByType)}`);
    console.log(
      `top ${entities.length} by mentions: ${withCandidates.length} with a candidate second node ${JSON.stringify(byReason)}`,
    );
    for (const entity of withCandidates) {
      console.log(
        `#${entity.rank} ${entity.name} [${entity.type}] ${entity.mentionCount} mentions / ${entity.articleCount} articles (${entity.key})`,
      );
      for (const c of entity.candidates) {
        console.log(
          `    ${c.reason.padEnd(21)} ${c.name} [${c.type}] ${c.mentionCount}/${c.articleCount} (${c.key})`,
        );
      }
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
