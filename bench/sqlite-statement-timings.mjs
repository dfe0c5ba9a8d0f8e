// Preloaded with `node --import` into a newsgraph process (any build, old or new) to time every
// SQLite statement its main thread runs, BEGIN and COMMIT included: per SQL text, how many runs,
// the wall time inside better-sqlite3 and the main thread's CPU time meanwhile (its schedstat,
// Linux only: on a shared machine the wall time counts the neighbours too). Written as JSON
// to NEWSGRAPH_SQLITE_TIMINGS at exit, slowest first. An ingest's SQLite time then splits into
// its statements without a profiler's overhead or its attribution of native time to callers.
import { Buffer } from 'node:buffer';
import { openSync, readSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { isMainThread } from 'node:worker_threads';

// The measured process loads better-sqlite3 as CommonJS: patch that same instance.
const load = createRequire(import.meta.url);

const out = process.env.NEWSGRAPH_SQLITE_TIMINGS;
if (out && isMainThread) install(out);

function install(outFile) {
  const path = load.resolve('better-sqlite3', { paths: [process.cwd(), import.meta.dirname] });
  const Database = load(path);
  // Statements are native objects of one class: patch its prototype through any instance.
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1'));
  probe.close();
  const schedstat = openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
  const buffer = Buffer.alloc(128);
  const cpuMs = () => {
    const n = readSync(schedstat, buffer, 0, buffer.length, 0);
    return Number(buffer.toString('latin1', 0, n).split(' ')[0]) / 1e6;
  };
  // What one reading costs, taken off every statement's CPU time.
  const probeStart = cpuMs();
  for (let i = 0; i < 1000; i += 1) cpuMs();
  const readingMs = (cpuMs() - probeStart) / 1001;
  const timings = new Map();
  // Statements of the end-of-run passes are counted apart, from the first stderr line matching
  // NEWSGRAPH_SQLITE_TIMINGS_MARK (default: the ingest announcing them).
  const mark = new RegExp(process.env.NEWSGRAPH_SQLITE_TIMINGS_MARK ?? '^ingest: reconciling');
  let phase = '';
  const write = process.stderr.write;
  process.stderr.write = function markedWrite(chunk, ...rest) {
    if (phase === '' && mark.test(String(chunk))) phase = 'passes: ';
    return write.call(this, chunk, ...rest);
  };
  const record = (source, ms, cpu) => {
    const name = phase + source.replace(/\s+/g, ' ').trim().slice(0, 120);
    let entry = timings.get(name);
    if (!entry) timings.set(name, (entry = { runs: 0, ms: 0, cpuMs: 0 }));
    entry.runs += 1;
    entry.ms += ms;
    entry.cpuMs += Math.max(0, cpu - readingMs);
  };
  for (const method of ['run', 'get', 'all']) {
    const original = proto[method];
    proto[method] = function timed(...args) {
      const started = performance.now();
      const cpuStarted = cpuMs();
      try {
        return original.apply(this, args);
      } finally {
        record(this.source, performance.now() - started, cpuMs() - cpuStarted);
      }
    };
  }
  const iterate = proto.iterate;
  proto.iterate = function* timedIterate(...args) {
    const iterator = iterate.apply(this, args);
    let ms = 0;
    let cpu = 0;
    try {
      while (true) {
        const started = performance.now();
        const cpuStarted = cpuMs();
        const next = iterator.next();
        cpu += cpuMs() - cpuStarted;
        ms += performance.now() - started;
        if (next.done) return next.value;
        yield next.value;
      }
    } finally {
      iterator.return?.();
      record(this.source, ms, cpu);
    }
  };
  process.on('exit', () => {
    const rows = [...timings].sort((a, b) => b[1].cpuMs - a[1].cpuMs);
    const totalMs = rows.reduce((sum, [, t]) => sum + t.ms, 0);
    const totalCpuMs = rows.reduce((sum, [, t]) => sum + t.cpuMs, 0);
    const statements = Object.fromEntries(rows);
    writeFileSync(outFile, JSON.stringify({ totalMs, totalCpuMs, statements }, null, 1));
  });
}
