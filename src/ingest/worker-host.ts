import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { SerialisedError, WorkerReply } from './worker-pool';

/** Inside a worker: answer each posted task with `handle`, flattening errors to plain data. */
export function serveWorkerTasks<TIn, TOut>(handle: (task: TIn) => TOut | Promise<TOut>): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorkerTasks must run inside a worker thread');
  port.on('message', async ({ id, task }: { id: number; task: TIn }) => {
    let reply: WorkerReply<TOut>;
    try {
      reply = { id, ok: true, result: await handle(task) };
    } catch (error) {
      reply = { id, ok: false, error: serialiseError(error) };
    }
    // The pool recycles a worker whose heap has grown too large (see recycleAboveHeapMb).
    port.postMessage({ ...reply, heapBytes: getHeapStatistics().total_heap_size });
  });
}

function serialiseError(error: unknown): SerialisedError {
  if (error instanceof Error) {
    const { code, item } = error as Error & { code?: unknown; item?: unknown };
    return {
      name: error.name,
      message: error.message,
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof item === 'string' ? { item } : {}),
    };
  }
  return { name: 'Error', message: String(error) };
}
