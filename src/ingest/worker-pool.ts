import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * A fixed pool of worker threads that each run one CPU-bound task at a time (extraction).
 * Tasks are queued when every worker is busy; callers bound the queue (see mapOrdered).
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

interface Slot<TOut> {
  worker: Worker;
  busy: boolean;
  pending?: { id: number; resolve: (value: TOut) => void; reject: (error: Error) => void };
}

/**
 * @param script absolute path of the worker module without extension; `.js` is used when built,
 *   `.ts` (through tsx) when running from sources, so tests and `npm start` share one code path.
 */
export function createWorkerPool<TIn, TOut>(
  script: string,
  size: number,
  workerData?: unknown,
): WorkerPool<TIn, TOut> {
  const entry = resolveWorkerScript(script);
  const queue: { task: TIn; resolve: (v: TOut) => void; reject: (e: Error) => void }[] = [];
  let nextId = 1;
  let closed = false;

  const slots: Slot<TOut>[] = Array.from({ length: size }, () => {
    const slot: Slot<TOut> = { worker: spawnWorker(entry, workerData), busy: false };
    slot.worker.on('message', (reply: WorkerReply<TOut>) => settle(slot, reply));
    slot.worker.on('error', (error) => failSlot(slot, error));
    slot.worker.on('exit', (code) => {
      if (!closed) failSlot(slot, new Error(`extraction worker exited with code ${code}`));
    });
    return slot;
  });

  function settle(slot: Slot<TOut>, reply: WorkerReply<TOut>): void {
    const pending = slot.pending;
    slot.pending = undefined;
    slot.busy = false;
    if (pending && pending.id === reply.id) {
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new WorkerTaskError(reply.error));
    }
    dispatch();
  }

  function failSlot(slot: Slot<TOut>, error: Error): void {
    slot.pending?.reject(error);
    slot.pending = undefined;
    slot.busy = true; // a dead worker takes no more tasks
    if (slots.every((s) => s.busy && !s.pending)) {
      for (const q of queue.splice(0)) q.reject(error);
    }
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue;
      const next = queue.shift();
      if (!next) return;
      const id = nextId++;
      slot.busy = true;
      slot.pending = { id, resolve: next.resolve, reject: next.reject };
      slot.worker.postMessage({ id, task: next.task });
    }
  }

  return {
    size,
    run(task: TIn): Promise<TOut> {
      if (closed) return Promise.reject(new Error('worker pool is closed'));
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
