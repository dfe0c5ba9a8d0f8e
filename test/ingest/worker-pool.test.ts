import { join } from 'node:path';
import { createWorkerPool, WorkerTaskError } from '../../src/ingest/worker-pool';

const script = join(__dirname, '..', 'fixtures', 'workers', 'square-worker');
const threadIdScript = join(__dirname, '..', 'fixtures', 'workers', 'thread-id-worker');

interface Ran {
  task: number;
  threadId: number;
}

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

  it('fails a task that exhausts the heap limit with RESOURCE_LIMIT and replaces the worker', async () => {
    const pool = createWorkerPool<number, number>(script, 1, {
      tasksPerWorker: 3,
      heapLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 4 },
    });
    try {
      const [hog, after, later] = await Promise.allSettled([
        pool.run(-2),
        pool.run(3),
        pool.run(4),
      ]);
      expect(hog).toMatchObject({ status: 'rejected', reason: { code: 'RESOURCE_LIMIT' } });
      expect((hog as PromiseRejectedResult).reason.message).toMatch(/--worker-memory/);
      // The tasks posted behind it were not lost with the worker: its replacement ran them.
      expect([after, later]).toEqual([
        { status: 'fulfilled', value: 9 },
        { status: 'fulfilled', value: 16 },
      ]);
    } finally {
      await pool.close();
    }
  });

  it('fails only the task whose worker died, and keeps serving with a new worker', async () => {
    const pool = createWorkerPool<number, number>(script, 2);
    try {
      const results = await Promise.allSettled([
        pool.run(2),
        pool.run(-3),
        pool.run(5),
        pool.run(6),
      ]);
      expect(results[1]).toMatchObject({
        status: 'rejected',
        reason: { code: 'INTERNAL', message: expect.stringMatching(/exited with code 7/) },
      });
      expect([results[0], results[2], results[3]].map((r) => r.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'fulfilled',
      ]);
      await expect(pool.run(7)).resolves.toBe(49);
    } finally {
      await pool.close();
    }
  });

  it('gives up a worker that dies before answering anything, and says why', async () => {
    const pool = createWorkerPool<number, number>(
      join(__dirname, '..', 'fixtures', 'workers', 'broken-worker'),
      1,
    );
    try {
      await expect(pool.run(1)).rejects.toThrow(/exited with code 3/);
      // Each replacement dies too; after a few the pool stops replacing and refuses new work.
      while (pool.liveWorkers > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(pool.run(2)).rejects.toThrow(/exited with code 3/);
    } finally {
      await pool.close();
    }
  });

  it('refuses work after close, and may be closed twice', async () => {
    const pool = createWorkerPool<number, number>(script, 1);
    await pool.close();
    await expect(pool.close()).resolves.toBeUndefined();
    await expect(pool.run(1)).rejects.toThrow('worker pool is closed');
  });

  it('names the missing script', () => {
    expect(() => createWorkerPool(join(__dirname, 'nope'), 1)).toThrow(/worker script not found/);
  });

  it('replaces a worker whose heap outgrew recycleAboveHeapMb, losing no task', async () => {
    // Every heap is above 1 MB: each worker is replaced after the tasks it holds are answered.
    const pool = createWorkerPool<number, Ran>(threadIdScript, 2, {
      tasksPerWorker: 2,
      recycleAboveHeapMb: 1,
    });
    try {
      const ran = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => pool.run(n)));
      expect(ran.map((r) => r.task)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(new Set(ran.map((r) => r.threadId)).size).toBeGreaterThan(2);
      await expect(pool.run(9)).resolves.toMatchObject({ task: 9 });
      expect(pool.liveWorkers).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('keeps its workers while their heaps stay below recycleAboveHeapMb', async () => {
    const pool = createWorkerPool<number, Ran>(threadIdScript, 1, { recycleAboveHeapMb: 1024 });
    try {
      const ran = [];
      for (const n of [1, 2, 3, 4]) ran.push(await pool.run(n));
      expect(new Set(ran.map((r) => r.threadId)).size).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
