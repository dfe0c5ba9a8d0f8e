// Preloaded with `node --import` into a newsgraph process (any build, old or new) to time every
// Cypher statement it runs: per statement file, how many runs, the client's wait (run() to the
// last record) and the server's own time (resultAvailableAfter + resultConsumedAfter from the
// result summary), and when it first ran. Written as JSON to NEWSGRAPH_STATEMENT_TIMINGS at exit. Statements are named
// by matching their text against the build's cypher/ folder (NEWSGRAPH_CYPHER_DIR).
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { isMainThread } from 'node:worker_threads';

// The measured process loads neo4j-driver as CommonJS: patch that same instance.
const load = createRequire(import.meta.url);

const out = process.env.NEWSGRAPH_STATEMENT_TIMINGS;
const cypherDir = process.env.NEWSGRAPH_CYPHER_DIR;
// Extraction workers inherit --import; only the main thread talks to Neo4j.
if (out && cypherDir && isMainThread) install(out, cypherDir);

function install(outFile, dir) {
  // Several folders may be given (a replay runs two builds in one process), split by ':'.
  const names = new Map();
  for (const root of dir.split(':')) {
    // A build that compacts its statements before sending them (dist/store/neo4j/compact-cypher)
    // is matched on the compacted text; older builds send the file as it is.
    const compactor = join(root, '..', 'dist', 'store', 'neo4j', 'compact-cypher.js');
    const compact = existsSync(compactor) ? load(compactor).compactCypher : undefined;
    for (const file of walk(root)) {
      if (!file.endsWith('.cypher')) continue;
      const text = readFileSync(file, 'utf8');
      const name = relative(root, file).replace(/\.cypher$/, '');
      names.set(text.trim(), name);
      if (compact) names.set(compact(text), name);
    }
  }
  const timings = new Map();
  // NEWSGRAPH_STATEMENT_SAMPLE=n keeps the parameters of each statement's n-th run, to replay it
  // under PROFILE; written beside the timings as <file>.params.json.
  const sampleRun = Number(process.env.NEWSGRAPH_STATEMENT_SAMPLE ?? 0);
  const samples = {};
  const keepRuns = process.env.NEWSGRAPH_STATEMENT_RUNS === '1';
  const record = (query, clientMs, summary, params) => {
    const name = names.get(String(query).trim()) ?? `other:${String(query).slice(0, 60)}`;
    let entry = timings.get(name);
    if (!entry) {
      // firstAtMs (since process start) shows where phases begin, e.g. the end-of-run passes.
      entry = { runs: 0, clientMs: 0, serverMs: 0, firstAtMs: performance.now() - clientMs };
      timings.set(name, entry);
    }
    entry.runs += 1;
    if (entry.runs === sampleRun && params !== undefined) samples[name] = params;
    entry.clientMs += clientMs;
    if (summary) {
      const serverMs =
        Number(summary.resultAvailableAfter ?? 0) + Number(summary.resultConsumedAfter ?? 0);
      entry.serverMs += serverMs;
      // NEWSGRAPH_STATEMENT_RUNS=1 keeps every run's server time (replans show as spikes).
      if (keepRuns) (entry.serverRuns ??= []).push(serverMs);
    }
  };
  const driverPath = load.resolve('neo4j-driver', { paths: [process.cwd(), import.meta.dirname] });
  const core = load(load.resolve('neo4j-driver-core', { paths: [driverPath] }));
  // A managed transaction runs through its Transaction's run: patching both would count twice.
  for (const cls of [core.Session, core.Transaction]) {
    const original = cls.prototype.run;
    cls.prototype.run = function timedRun(query, ...rest) {
      const started = performance.now();
      const result = original.call(this, query, ...rest);
      result.then(
        (done) => record(query, performance.now() - started, done.summary, rest[0]),
        () => record(query, performance.now() - started, undefined),
      );
      return result;
    };
  }
  // A replay takes each build's timings in turn (bench/neo4j-store-replay.ts).
  globalThis.newsgraphStatementTimings = {
    take() {
      const taken = Object.fromEntries(timings);
      timings.clear();
      return taken;
    },
  };
  process.on('exit', () => {
    const rows = Object.fromEntries([...timings].sort((a, b) => b[1].serverMs - a[1].serverMs));
    writeFileSync(outFile, JSON.stringify(rows, null, 1));
    if (sampleRun > 0) writeFileSync(`${outFile}.params.json`, JSON.stringify(samples));
  });
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
