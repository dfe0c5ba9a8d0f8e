/**
 * Extracts seed + BBC once with a build's worker pool and writes every result, in input order, as
 * NDJSON: what bench/sqlite-replay-ab.ts feeds the main thread's half of an ingest (resolution,
 * writes, end-of-run passes) without the extraction workers competing for the cores.
 *
 *   npx tsx bench/dump-extractions.ts --tree /work/main --out /tmp/me/extractions.ndjson
 *
 * The dump is derived from the shared corpus: keep it outside the repository.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { ArticleInput } from '../src/model/article-input';
import type { ExtractionResult } from '../src/model/extraction';
import type { createWorkerPool as CreateWorkerPool } from '../src/ingest/worker-pool';
import type { readSources as ReadSources } from '../src/ingest/read-sources';
import { mapOrdered } from '../src/ingest/map-ordered';
import { BBC_NDJSON, SEED_ARTICLE } from './corpus';

function parseArgs(argv: readonly string[]): { tree: string; out: string; workers: number } {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const tree = value('--tree');
  const out = value('--out');
  if (!tree || !out) throw new Error('usage: dump-extractions --tree DIR --out FILE [--workers N]');
  return { tree: resolve(tree), out: resolve(out), workers: Number(value('--workers') ?? 2) };
}

async function main(): Promise<void> {
  const { tree, out, workers } = parseArgs(process.argv.slice(2));
  const dist = join(tree, 'dist', 'ingest');
  // The tree's own build: a dump records what that extractor produced.
  const load = createRequire(__filename);
  const { createWorkerPool } = load(join(dist, 'worker-pool.js')) as {
    createWorkerPool: typeof CreateWorkerPool;
  };
  const { readSources } = load(join(dist, 'read-sources.js')) as {
    readSources: typeof ReadSources;
  };
  const pool = createWorkerPool<ArticleInput, ExtractionResult>(
    join(dist, 'extract-worker'),
    workers,
  );
  const file = createWriteStream(out);
  let count = 0;
  try {
    const items = readSources([SEED_ARTICLE, BBC_NDJSON], { format: 'auto' });
    const extract = async (item: Awaited<ReturnType<typeof items.next>>['value']) => {
      if (!item || !item.ok) throw new Error(`unreadable corpus item ${item?.origin}`);
      return pool.run(item.input);
    };
    for await (const outcome of mapOrdered(items, extract, workers * 4)) {
      if (!outcome.ok) throw outcome.error;
      if (!file.write(`${JSON.stringify(outcome.value)}\n`)) await once(file, 'drain');
      count += 1;
    }
  } finally {
    await pool.close();
    file.end();
    await once(file, 'close');
  }
  console.error(`dump-extractions: ${count} results written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
