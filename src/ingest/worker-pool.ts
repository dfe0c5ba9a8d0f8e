import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * A fixed pool of worker threads that each run one CPU-bound task at a time (extraction), with
 * a few more posted ahead so a worker never waits for the main thread to hand out its next one.
 * Tasks are queued when every worker is full; callers bound the queue (see mapOrdered).
 */
export interface WorkerPool<TIn, TOut> {
  readonly size: number;
  run(task: TIn): Promise<TOut>;
  close(): Promise<void>;
}

/** What a worker posts back: the result, or an error flattened to plain data. */
export type WorkerReply<TOut> =
  { id: number; ok: true; result: TOut } | { id: number; ok: false; error: SerialisedError };

export interface SerialisedError {
  name: string;
  message: string;
  code?: string;
  item?: string;
}

export class WorkerTaskError extends Error {
  readonly code: string | undefined;
  readonly item: string | undefined;

  constructor(error: SerialisedError) {
    super(error.message);
    this.name = error.name;
    this.code = error.code;
    this.item = error.item;
  }
}

interface Pending<TOut> {
  resolve: (value: TOut) => void;
  reject: (error: Error) => void;
}

interface Slot<TOut> {
  worker: Worker;
  dead: boolean;
  /** Tasks posted to this worker and not answered yet, by id. */
  pending: Map<number, Pending<TOut>>;
}

export interface WorkerPoolOptions {
  /** Passed to every worker as `workerData`. */
  workerData?: unknown;
  /**
   * Tasks posted to one worker before it answers (default 2). More than one keeps a worker busy
   * while the main thread is tied up in synchronous work (a SQLite transaction, resolution) and
   * cannot hand out the next task; the worker's own message queue holds them.
   */
  tasksPerWorker?: number;
}

/**
 * @param script absolute path of the worker module without extension; `.js` is used when built,
 *   `.ts` (through tsx) when running from sources, so tests and `npm start` share one code path.
 */
export function createWorkerPool<TIn, TOut>(
  script: string,
  size: number,
  options: WorkerPoolOptions = {},
): WorkerPool<TIn, TOut> {
  const entry = resolveWorkerScript(script);
  const depth = Math.max(1, options.tasksPerWorker ?? 2);
  const queue: ({ task: TIn } & Pending<TOut>)[] = [];
  let nextId = 1;
  let closed = false;

  const slots: Slot<TOut>[] = Array.from({ length: size }, () => {
    const slot: Slot<TOut> = {
      worker: spawnWorker(entry, options.workerData),
      dead: false,
      pending: new Map(),
    };
    slot.worker.on('message', (reply: WorkerReply<TOut>) => settle(slot, reply));
    slot.worker.on('error', (error) => failSlot(slot, error));
    slot.worker.on('exit', (code) => {
      if (!closed) failSlot(slot, new Error(`extraction worker exited with code ${code}`));
    });
    return slot;
  });

  function settle(slot: Slot<TOut>, reply: WorkerReply<TOut>): void {
    const pending = slot.pending.get(reply.id);
    slot.pending.delete(reply.id);
    if (pending) {
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new WorkerTaskError(reply.error));
    }
    dispatch();
  }

  function failSlot(slot: Slot<TOut>, error: Error): void {
    for (const pending of slot.pending.values()) pending.reject(error);
    slot.pending.clear();
    slot.dead = true; // a dead worker takes no more tasks
    if (slots.every((s) => s.dead)) {
      for (const q of queue.splice(0)) q.reject(error);
    }
  }

  /** Hands queued tasks to the least-loaded live workers, up to `depth` each. */
  function dispatch(): void {
    while (queue.length > 0) {
      const slot = leastLoaded();
      if (!slot) return;
      const next = queue.shift()!;
      const id = nextId++;
      slot.pending.set(id, { resolve: next.resolve, reject: next.reject });
      slot.worker.postMessage({ id, task: next.task });
    }
  }

  function leastLoaded(): Slot<TOut> | undefined {
    let best: Slot<TOut> | undefined;
    for (const slot of slots) {
      if (slot.dead || slot.pending.size >= depth) continue;
      if (!best || slot.pending.size < best.pending.size) best = slot;
    }
    return best;
  }

  return {
    size,
    run(task: TIn): Promise<TOut> {
      if (closed) return Promise.reject(new Error('worker pool is closed'));
      if (slots.every((s) => s.dead)) {
        return Promise.reject(new Error('every extraction worker has exited'));
      }
      return new Promise<TOut>((resolve, reject) => {
        queue.push({ task, resolve, reject });
        dispatch();
      });
    },
    async close(): Promise<void> {
      closed = true;
      for (const q of queue.splice(0)) q.reject(new Error('worker pool is closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

interface WorkerEntry {
  file: string;
  typescript: boolean;
}

function resolveWorkerScript(script: string): WorkerEntry {
  if (existsSync(`${script}.js`)) return { file: `${script}.js`, typescript: false };
  if (existsSync(`${script}.ts`)) return { file: `${script}.ts`, typescript: true };
  throw new Error(`worker script not found: ${script}.js or .ts (run npm run build?)`);
}

function spawnWorker(entry: WorkerEntry, workerData: unknown): Worker {
  if (!entry.typescript) return new Worker(entry.file, { workerData });
  // Running from sources (tests, tsx): workers do not inherit the parent's TypeScript loader,
  // so the bootstrap registers tsx's CommonJS hook before loading the module.
  const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(entry.file)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}
