import { join } from 'node:path';
import { createWorkerPool, WorkerTaskError } from '../../src/ingest/worker-pool';

const script = join(__dirname, '..', 'fixtures', 'workers', 'square-worker');

describe('createWorkerPool', () => {
  it('runs tasks on worker threads and returns their results', async () => {
    const pool = createWorkerPool<number, number>(script, 2);
    try {
      await expect(Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)))).resolves.toEqual([
        1, 4, 9, 16, 25,
      ]);
    } finally {
      await pool.close();
    }
  });

  it('rejects a failing task with its code and item while the pool keeps working', async () => {
    const pool = createWorkerPool<number, number>(script, 1);
    try {
      const failure = await pool.run(-1).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(WorkerTaskError);
      expect(failure).toMatchObject({ code: 'INVALID_ARTICLE', item: 'item -1' });
      await expect(pool.run(3)).resolves.toBe(9);
    } finally {
      await pool.close();
    }
  });

  it('refuses work after close', async () => {
    const pool = createWorkerPool<number, number>(script, 1);
    await pool.close();
    await expect(pool.run(1)).rejects.toThrow('worker pool is closed');
  });

  it('names the missing script', () => {
    expect(() => createWorkerPool(join(__dirname, 'nope'), 1)).toThrow(/worker script not found/);
  });
});
