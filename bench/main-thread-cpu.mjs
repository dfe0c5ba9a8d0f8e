// Preloaded with `node --import` into a newsgraph process (any build, old or new) to split its CPU
// between the main thread and the rest (extraction workers, GC helpers, libuv), which
// process.cpuUsage() cannot: on a shared machine wall time measures the neighbours as much as
// the code, the main thread's own CPU time does not. Linux only (the thread's schedstat). At exit
// writes JSON to NEWSGRAPH_MAIN_CPU: wall, main-thread CPU and time runnable but waiting for a CPU,
// whole-process CPU, and the same
// at the first stderr line matching NEWSGRAPH_MAIN_CPU_MARK (default: the ingest's end-of-run
// pass announcing itself), so a run's phases can be told apart.
import { Buffer } from 'node:buffer';
import { openSync, readSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { isMainThread } from 'node:worker_threads';

const out = process.env.NEWSGRAPH_MAIN_CPU;
if (out && isMainThread) install(out);

function install(outFile) {
  let schedstat;
  try {
    schedstat = openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
  } catch {
    return; // not Linux: no figure rather than a failed run
  }
  const buffer = Buffer.alloc(128);
  // schedstat: time on a CPU, time runnable but waiting for one (ns), times scheduled.
  const mainThread = () => {
    const n = readSync(schedstat, buffer, 0, buffer.length, 0);
    const [cpu, waiting] = buffer.toString('latin1', 0, n).split(' ').map(Number);
    return { mainCpuMs: (cpu ?? 0) / 1e6, mainRunQueueMs: (waiting ?? 0) / 1e6 };
  };
  const processCpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const reading = () => ({
    wallMs: performance.now(),
    ...mainThread(),
    processCpuMs: processCpuMs(),
  });
  const mark = new RegExp(process.env.NEWSGRAPH_MAIN_CPU_MARK ?? '^ingest: reconciling');
  const marks = {};
  const write = process.stderr.write;
  process.stderr.write = function markedWrite(chunk, ...rest) {
    const text = String(chunk);
    if (marks.phase === undefined && mark.test(text)) marks.phase = reading();
    return write.call(this, chunk, ...rest);
  };
  process.on('exit', () => {
    writeFileSync(outFile, JSON.stringify({ end: reading(), ...marks }, null, 1));
  });
}
