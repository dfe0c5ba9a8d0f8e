// Preloaded into the measured `newsgraph ingest` process (node --import): when it exits, write
// its peak resident set size (all threads, in kilobytes, from the kernel's own high-water mark)
// to the file the benchmark named. Polling /proc from outside could miss a final spike.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const target = process.env.NEWSGRAPH_BENCH_MAX_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
