import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { limitHeapGrowth } from '../../src/ingest/limit-heap-growth';

const CHURN = join(__dirname, '..', 'fixtures', 'heap', 'churn-heap.ts');

/** Largest heap (MB) of a process that keeps ~30 MB alive while it churns garbage. */
async function churnHeapMb(mode: 'limit' | 'default'): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CHURN, mode], {
    cwd: join(__dirname, '..', '..'),
  });
  return Number(stdout);
}

describe('limitHeapGrowth', () => {
  // The flag is set after V8 started; this pins down that Node still honours it then. Measured:
  // about 120 MB of heap with the limit, about 290 MB without, for the same live data.
  it('keeps the heap of a churning process well below what V8 lets it grow to by default', async () => {
    const limited = await churnHeapMb('limit');
    const unlimited = await churnHeapMb('default');
    expect(limited).toBeGreaterThan(0);
    expect(limited).toBeLessThan(unlimited * 0.7);
  });

  it('rejects a growing percent that is not a positive whole number', () => {
    expect(() => limitHeapGrowth(0)).toThrow(/positive whole number, found 0/);
    expect(() => limitHeapGrowth(12.5)).toThrow(RangeError);
  });
});
