import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { INGEST_HEAP_GROWING_PERCENT, limitHeapGrowth } from '../../src/ingest/limit-heap-growth';

const CHURN = join(__dirname, '..', 'fixtures', 'heap', 'churn-heap.ts');

/**
 * Largest heap (MB) of a process that keeps ~30 MB alive while it churns garbage, with the
 * growing percent set at run time. GC runs on the main thread only, so the figure does not
 * depend on how much CPU concurrent marking gets on a loaded machine.
 */
async function churnHeapMb(growingPercent: number): Promise<number> {
  const args = ['--single-threaded-gc', '--import', 'tsx', CHURN, String(growingPercent)];
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    cwd: join(__dirname, '..', '..'),
  });
  return Number(stdout);
}

describe('limitHeapGrowth', () => {
  // The flag is set after V8 started; this pins down that Node still honours it then. Measured:
  // 119–125 MB of heap at 20 %, idle or loaded; without the flag V8 grows the same process to
  // 290–300 MB on an idle machine. Only an upper bound is asserted: how far V8's own choice (or
  // a loose percent) grows depends on its measured GC speed, so under load it may grow little,
  // and comparing against it failed CI. The memory target itself is measured by `npm run bench`.
  it('keeps the heap of a churning process near its live data when set after start-up', async () => {
    const limited = await churnHeapMb(INGEST_HEAP_GROWING_PERCENT);
    expect(limited).toBeGreaterThan(0);
    expect(limited).toBeLessThan(170);
  });

  it('rejects a growing percent that is not a positive whole number', () => {
    expect(() => limitHeapGrowth(0)).toThrow(/positive whole number, found 0/);
    expect(() => limitHeapGrowth(12.5)).toThrow(RangeError);
  });
});
