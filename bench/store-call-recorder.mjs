// Preloaded with `node --import` into `newsgraph ingest --store neo4j` (any build) to record the
// ingest's store calls, in order, as NDJSON ({method, args}) in NEWSGRAPH_RECORD_STORE_CALLS:
// bench/neo4j-store-replay.ts then replays exactly those calls against two builds of the store,
// with extraction and resolution out of the picture. Only the main thread talks to the store.
//   NEWSGRAPH_RECORD_STORE_CALLS=/tmp/calls.ndjson NEWSGRAPH_TREE_DIR=<build> \
//     node --import ./bench/store-call-recorder.mjs <build>/dist/cli/index.js ingest … --store neo4j
import { closeSync, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import { isMainThread } from 'node:worker_threads';

// The measured build is CommonJS: patch the very modules its CLI will load.
const load = createRequire(import.meta.url);

const out = process.env.NEWSGRAPH_RECORD_STORE_CALLS;
const treeDir = process.env.NEWSGRAPH_TREE_DIR;

/** The calls an ingest makes before its end-of-run passes (which the replay runs itself). */
const RECORDED = [
  'upsertArticles',
  'upsertArticle',
  'findEntitiesByNames',
  'findEntitiesByName',
  'getEntities',
  'knownContentHashes',
  'contentHashesOf',
];

if (out && treeDir && isMainThread) install(out, treeDir);

function install(file, dir) {
  const fd = openSync(file, 'w');
  const modulePath = join(dir, 'dist', 'store', 'neo4j', 'neo4j-graph-store.js');
  const { Neo4jGraphStore } = load(modulePath);
  let recording = true;
  for (const method of RECORDED) {
    const original = Neo4jGraphStore.prototype[method];
    Neo4jGraphStore.prototype[method] = function recorded(...args) {
      if (recording) writeSync(fd, `${JSON.stringify({ method, args })}\n`);
      return original.apply(this, args);
    };
  }
  // The end-of-run passes begin by reading the graph through an export source; what they ask
  // from then on is theirs to ask again on replay.
  const exportPath = join(dir, 'dist', 'store', 'neo4j', 'export-source.js');
  const { Neo4jExportSource } = load(exportPath);
  for (const method of ['nodes', 'relationships']) {
    const original = Neo4jExportSource.prototype[method];
    Neo4jExportSource.prototype[method] = function stopRecording(...args) {
      recording = false;
      return original.apply(this, args);
    };
  }
  process.on('exit', () => closeSync(fd));
}
