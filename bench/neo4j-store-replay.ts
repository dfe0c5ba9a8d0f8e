/**
 * Replays one recorded ingest's store calls (bench/store-call-recorder.mjs) against the Neo4j
 * store of two builds, alternating, each on a fresh ephemeral Neo4j, then runs each build's
 * end-of-run passes: the store's write path measured without extraction competing for the cores,
 * on exactly the same calls. Compares time per store method and the end state (snapshot hash).
 *
 *   npx tsx bench/neo4j-store-replay.ts --calls /tmp/calls.ndjson \
 *     --tree A=/tmp/ab/A --tree B=/tmp/ab/B --runs 2
 *
 * `--tree L=DIR@4` writes every 4 recorded batches as one (a larger ingest batch size).
 * With `--import ./bench/statement-timings.mjs` (NEWSGRAPH_STATEMENT_TIMINGS=<file>,
 * NEWSGRAPH_CYPHER_DIR=<A>/cypher:<B>/cypher) it also compares server time per statement.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import type { Cleanup } from './cleanup';
import { startNeo4j } from './neo4j-server';
import { runComparison } from './alternate';

interface Tree {
  label: string;
  dir: string;
  /** Recorded batches written as one (LABEL=DIR@n). */
  mergeBatches: number;
}

interface RecordedCall {
  method: string;
  args: unknown[];
}

/** The slice of GraphStore a replay needs, as loaded from a build's dist/. */
interface ReplayStore {
  migrate(): Promise<number>;
  snapshot(): Promise<unknown>;
  close(): Promise<void>;
  [method: string]: unknown;
}

interface ReplayResult {
  tree: string;
  byMethod: Map<string, { calls: number; ms: number }>;
  ingestMs: number;
  reconcileMs: number;
  /** CPU seconds the Neo4j JVM spent on the calls, and on the passes: less load-bound than wall. */
  ingestCpu: number;
  reconcileCpu: number;
  /** The calls' Neo4j CPU seconds by kind of JVM thread, largest first. */
  threadCpu: (readonly [string, number])[];
  /** Server ms by statement over the calls, when bench/statement-timings.mjs is preloaded. */
  statements: Record<string, { runs: number; serverMs: number }>;
  passStatements: Record<string, { runs: number; serverMs: number }>;
  /** Store methods the passes called, client wall ms (the export reads are not store calls). */
  passMethods: Map<string, { calls: number; ms: number }>;
  /** This process's CPU seconds over the passes: the passes' own work, off the server. */
  reconcileClientCpu: number;
  merges: number;
  rounds: string;
  snapshotHash: string;
}

/** What the statement-timings preload has recorded since it was last asked, if it is loaded. */
function takeStatementTimings(): Record<string, { runs: number; serverMs: number }> {
  const timings = (globalThis as { newsgraphStatementTimings?: { take(): object } })
    .newsgraphStatementTimings;
  return (timings?.take() ?? {}) as Record<string, { runs: number; serverMs: number }>;
}

/**
 * The store as the passes see it, every method call timed into `byMethod` (wall ms from the
 * call to its answer): where the passes' round trips go.
 */
function timedStore(
  store: ReplayStore,
  byMethod: Map<string, { calls: number; ms: number }>,
): ReplayStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return async (...args: unknown[]) => {
        const t0 = performance.now();
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          const entry = byMethod.get(property) ?? { calls: 0, ms: 0 };
          entry.calls += 1;
          entry.ms += performance.now() - t0;
          byMethod.set(property, entry);
        }
      };
    },
  });
}

async function replayCalls(
  store: ReplayStore,
  callsFile: string,
  byMethod: Map<string, { calls: number; ms: number }>,
  mergeBatches = 1,
): Promise<void> {
  const run = async (call: RecordedCall) => {
    const method = store[call.method] as (...args: unknown[]) => Promise<unknown>;
    const t0 = performance.now();
    await method.apply(store, call.args);
    const entry = byMethod.get(call.method) ?? { calls: 0, ms: 0 };
    entry.calls += 1;
    entry.ms += performance.now() - t0;
    byMethod.set(call.method, entry);
  };
  // --merge-batches n writes n recorded batches as one (the reads between them keep their place):
  // what a larger ingest batch size would cost the store.
  let pending: unknown[] = [];
  let held = 0;
  for await (const call of readCalls(callsFile)) {
    if (call.method !== 'upsertArticles' || mergeBatches <= 1) {
      await run(call);
      continue;
    }
    pending.push(...(call.args[0] as unknown[]));
    held += 1;
    if (held < mergeBatches) continue;
    await run({ method: 'upsertArticles', args: [pending] });
    pending = [];
    held = 0;
  }
  if (pending.length > 0) await run({ method: 'upsertArticles', args: [pending] });
}

/** Deletes every node (schema stays), in small transactions, for a second replay on a warm JVM. */
async function clearGraph(driver: ReturnType<typeof neo4j.driver>): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  } finally {
    await session.close();
  }
}

/** User + system CPU seconds of a process so far (Linux /proc; clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  return statCpu(`/proc/${pid}/stat`);
}

function statCpu(file: string): number {
  const fields = readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds of the JVM's threads so far, by kind (JIT compilers, GC, Bolt workers, …): a cold
 * JVM spends much of a short run compiling, which no statement's own time shows.
 */
function cpuByThreadKind(pid: number): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      // "C2 CompilerThre", "GC Thread#3", "neo4j.BoltWorker-7 [bolt]": drop the numbering.
      const kind = name.replace(/(#|-)\d+.*$/, '').trim();
      kinds.set(kind, (kinds.get(kind) ?? 0) + statCpu(`/proc/${pid}/task/${tid}/stat`));
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return kinds;
}

function parseArgs(argv: readonly string[]) {
  const trees: Tree[] = [];
  let runs = 2;
  let calls = '';
  let reconcile = true;
  let warm = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--tree' && value) {
      const [label, spec] = value.split('=');
      const [dir, merge] = (spec ?? '').split('@');
      if (!label || !dir) throw new Error(`--tree expects LABEL=DIR[@n], found ${value}`);
      trees.push({ label, dir: resolve(dir), mergeBatches: Number(merge ?? 1) });
      i += 1;
    } else if (arg === '--runs' && value) {
      runs = Number(value);
      i += 1;
    } else if (arg === '--calls' && value) {
      calls = resolve(value);
      i += 1;
    } else if (arg === '--no-reconcile') {
      reconcile = false;
    } else if (arg === '--warm') {
      // Replay once untimed and clear the graph first: the calls on a warmed-up JVM.
      warm = true;
    } else {
      throw new Error(`unknown argument ${arg}`);
    }
  }
  if (trees.length === 0 || calls === '') throw new Error('give --calls FILE and --tree L=DIR');
  return { trees, runs, calls, reconcile, warm };
}

async function* readCalls(file: string): AsyncGenerator<RecordedCall> {
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (line.trim() !== '') yield JSON.parse(line) as RecordedCall;
  }
}

async function replayOnce(
  tree: Tree,
  callsFile: string,
  { reconcile, warm }: { reconcile: boolean; warm: boolean },
  cleanup: Cleanup,
): Promise<ReplayResult> {
  const server = await startNeo4j(join(__dirname, '..'), cleanup);
  // Loaded from the build itself, so each tree runs its own store code and cypher/ folder.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Neo4jGraphStore } = require(join(tree.dir, 'dist', 'store', 'neo4j')) as {
    Neo4jGraphStore: new (driver: unknown, options: object) => ReplayStore;
  };
  const driver = neo4j.driver(server.uri);
  const store = new Neo4jGraphStore(driver, { ownsDriver: true });
  const byMethod = new Map<string, { calls: number; ms: number }>();
  try {
    await store.migrate();
    if (warm) await replayCalls(store, callsFile, new Map());
    if (warm) await clearGraph(driver);
    takeStatementTimings();
    const cpuStart = cpuSeconds(server.pid);
    const threadsStart = cpuByThreadKind(server.pid);
    const started = performance.now();
    await replayCalls(store, callsFile, byMethod, tree.mergeBatches);
    const ingestMs = performance.now() - started;
    const statements = takeStatementTimings();
    const cpuIngested = cpuSeconds(server.pid);
    const threadsAfter = cpuByThreadKind(server.pid);
    const threadCpu = [...threadsAfter]
      .map(([kind, cpu]) => [kind, cpu - (threadsStart.get(kind) ?? 0)] as const)
      .filter(([, cpu]) => cpu >= 0.5)
      .sort((a, b) => b[1] - a[1]);
    let reconcileMs = 0;
    let merges = 0;
    const rounds: string[] = [];
    const passMethods = new Map<string, { calls: number; ms: number }>();
    const clientCpu = process.cpuUsage();
    if (reconcile) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { reconcileAfterIngest } = require(
        join(tree.dir, 'dist', 'ingest', 'reconcile-after-ingest.js'),
      ) as {
        reconcileAfterIngest: (
          config: object,
          store: ReplayStore,
          onRound: (round: { merges: number; seconds: number }) => void,
        ) => Promise<number>;
      };
      const t0 = performance.now();
      merges = await reconcileAfterIngest(
        { kind: 'neo4j', uri: server.uri, user: 'neo4j', database: 'neo4j' },
        timedStore(store, passMethods),
        (round) => rounds.push(`${round.merges} in ${round.seconds.toFixed(1)} s`),
      );
      reconcileMs = performance.now() - t0;
    }
    const { user, system } = process.cpuUsage(clientCpu);
    const reconcileClientCpu = (user + system) / 1e6;
    const passStatements = takeStatementTimings();
    const ingestCpu = cpuIngested - cpuStart;
    const reconcileCpu = cpuSeconds(server.pid) - cpuIngested;
    const snapshot = JSON.stringify(await store.snapshot());
    const snapshotHash = createHash('sha256').update(snapshot).digest('hex').slice(0, 12);
    // NEWSGRAPH_REPLAY_SNAPSHOTS=<dir> keeps each end state, to diff two whose hashes differ.
    const keepIn = process.env.NEWSGRAPH_REPLAY_SNAPSHOTS;
    if (keepIn) writeFileSync(join(keepIn, `${tree.label}-${snapshotHash}.json`), snapshot);
    return {
      tree: tree.label,
      byMethod,
      ingestMs,
      reconcileMs,
      ingestCpu,
      reconcileCpu,
      threadCpu,
      statements,
      passStatements,
      passMethods,
      reconcileClientCpu,
      merges,
      rounds: rounds.join(', '),
      snapshotHash,
    };
  } finally {
    await store.close();
    await server.stop();
  }
}

function report(results: readonly ReplayResult[], trees: readonly Tree[]): void {
  for (const r of results) {
    console.log(
      `${r.tree}: store calls ${(r.ingestMs / 1000).toFixed(1)} s (Neo4j CPU ${r.ingestCpu.toFixed(1)} s), ` +
        `end-of-run passes ${(r.reconcileMs / 1000).toFixed(1)} s (Neo4j CPU ${r.reconcileCpu.toFixed(1)} s, ` +
        `client CPU ${r.reconcileClientCpu.toFixed(1)} s; ${r.merges} merges: ${r.rounds}), snapshot ${r.snapshotHash}`,
    );
  }
  methodTable('store method in the passes (mean calls/ms)', results, trees, (r) => r.passMethods);
  const methods = new Set(results.flatMap((r) => [...r.byMethod.keys()]));
  console.log(
    `\n${'method (mean ms per replay)'.padEnd(28)}${trees.map((t) => t.label.padStart(12)).join('')}`,
  );
  for (const method of methods) {
    const cells = trees.map((t) => {
      const mine = results.filter((r) => r.tree === t.label);
      const ms = mine.reduce((sum, r) => sum + (r.byMethod.get(method)?.ms ?? 0), 0) / mine.length;
      return ms.toFixed(0).padStart(12);
    });
    console.log(`${method.padEnd(28)}${cells.join('')}`);
  }
  statementTable('statement in the calls', results, trees, (r) => r.statements);
  statementTable('statement in the passes', results, trees, (r) => r.passStatements);
}

function methodTable(
  title: string,
  results: readonly ReplayResult[],
  trees: readonly Tree[],
  of: (r: ReplayResult) => Map<string, { calls: number; ms: number }>,
): void {
  const methods = new Set(results.flatMap((r) => [...of(r).keys()]));
  if (methods.size === 0) return;
  console.log(`\n${title.padEnd(44)}${trees.map((t) => t.label.padStart(16)).join('')}`);
  const meanOf = (label: string, method: string, field: 'calls' | 'ms') => {
    const mine = results.filter((r) => r.tree === label);
    return mine.reduce((sum, r) => sum + (of(r).get(method)?.[field] ?? 0), 0) / mine.length;
  };
  for (const method of methods) {
    const cells = trees.map((t) =>
      `${meanOf(t.label, method, 'calls').toFixed(0)}/${meanOf(t.label, method, 'ms').toFixed(0)}`.padStart(
        16,
      ),
    );
    console.log(`${method.padEnd(44)}${cells.join('')}`);
  }
}

function statementTable(
  title: string,
  results: readonly ReplayResult[],
  trees: readonly Tree[],
  of: (r: ReplayResult) => Record<string, { runs: number; serverMs: number }>,
): void {
  const statements = new Set(results.flatMap((r) => Object.keys(of(r))));
  if (statements.size === 0) return;
  const header = trees.map((t) => `${t.label} runs/ms`.padStart(16)).join('');
  console.log(`\n${`${title} (mean server ms)`.padEnd(44)}${header}`);
  const meanOf = (label: string, name: string, field: 'runs' | 'serverMs') => {
    const mine = results.filter((r) => r.tree === label);
    return mine.reduce((sum, r) => sum + (of(r)[name]?.[field] ?? 0), 0) / mine.length;
  };
  const rows = [...statements]
    .map((name) => ({ name, ms: trees.map((t) => meanOf(t.label, name, 'serverMs')) }))
    .filter((row) => Math.max(...row.ms) >= 50)
    .sort((a, b) => Math.max(...b.ms) - Math.max(...a.ms));
  for (const { name, ms } of rows) {
    const cells = trees.map((t, i) =>
      `${meanOf(t.label, name, 'runs').toFixed(0)}/${(ms[i] ?? 0).toFixed(0)}`.padStart(16),
    );
    console.log(`${name.slice(0, 43).padEnd(44)}${cells.join('')}`);
  }
}

runComparison(() => {
  const { trees, runs, calls, reconcile, warm } = parseArgs(process.argv.slice(2));
  return {
    runs,
    trees,
    runOnce: (tree, cleanup) => replayOnce(tree, calls, { reconcile, warm }, cleanup),
    describe: (result) =>
      `calls ${(result.ingestMs / 1000).toFixed(1)} s / ${result.ingestCpu.toFixed(1)} s CPU, passes ${(result.reconcileMs / 1000).toFixed(1)} s / ${result.reconcileCpu.toFixed(1)} s CPU (${result.merges} merges: ${result.rounds}), snapshot ${result.snapshotHash}\n` +
      `  calls' CPU by JVM thread: ${result.threadCpu.map(([kind, cpu]) => `${kind} ${cpu.toFixed(1)}`).join(', ')}`,
    report: (results) => report(results, trees),
  };
});
