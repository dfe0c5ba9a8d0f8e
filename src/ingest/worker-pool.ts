import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * A fixed pool of worker threads that each run one CPU-bound task at a time (extraction), with
 * a few more posted ahead so a worker never waits for the main thread to hand out its next one.
 * Tasks are queued when every worker is full; callers bound the queue (see mapOrdered).
 */
export interface WorkerPool<TIn, TOut> {
  readonly size: number;
  /** Workers alive now: `size` unless workers died and could not be replaced. */
  readonly liveWorkers: number;
  run(task: TIn): Promise<TOut>;
  close(): Promise<void>;
}

/**
 * What a worker posts back: the result, or an error flattened to plain data; with the size of its
 * heap once the task is done.
 */
export type WorkerReply<TOut> = (
  { id: number; ok: true; result: TOut } | { id: number; ok: false; error: SerialisedError }
) & { heapBytes?: number };

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

interface Pending<TIn, TOut> {
  task: TIn;
  resolve: (value: TOut) => void;
  reject: (error: Error) => void;
}

interface Slot<TIn, TOut> {
  worker: Worker;
  /** Tasks posted to this worker and not answered yet, in the order it runs them. */
  pending: Map<number, Pending<TIn, TOut>>;
  /** Deaths in a row before answering anything: a worker that cannot load is given up. */
  failures: number;
  answered: boolean;
  /** Takes no new tasks: replaced by a fresh worker once those it holds are answered. */
  retiring: boolean;
}

/** Memory limits of each worker's JavaScript heap, in MB (see Node's `resourceLimits`). */
export interface WorkerHeapLimits {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
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
  /**
   * Caps each worker's heap. Besides bounding what one pathological item can take, a cap makes
   * V8 collect before it grows the heap, which keeps the resident size of a long run flat. A
   * task that exceeds it fails with code RESOURCE_LIMIT and the worker is replaced.
   */
  heapLimits?: WorkerHeapLimits;
  /**
   * A worker whose heap has grown past this many MB after a task is replaced by a fresh one once
   * the tasks it holds are answered. Long runs otherwise see each worker's heap creep up with
   * what it has met (caches keyed by the words of every article, fragmentation), so memory
   * would follow input size; a fresh worker starts from what loading costs.
   */
  recycleAboveHeapMb?: number;
}

/** Deaths before a first answer, in a row, after which a worker is given up (it cannot load). */
const MAX_CONSECUTIVE_FAILURES = 3;

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
  const queue: Pending<TIn, TOut>[] = [];
  const slots = new Set<Slot<TIn, TOut>>();
  const recycleAboveBytes = (options.recycleAboveHeapMb ?? Infinity) * 2 ** 20;
  /** Workers being replaced after retiring: terminated, their successor not started yet. */
  const terminations = new Set<Promise<unknown>>();
  let nextId = 1;
  let closed = false;
  let lastFailure: Error | undefined;

  function startSlot(failures: number): void {
    const slot: Slot<TIn, TOut> = {
      worker: spawnWorker(entry, options.workerData, options.heapLimits),
      pending: new Map(),
      failures,
      answered: false,
      retiring: false,
    };
    const onDeath = (error: Error) => {
      // An 'error' is followed by an 'exit': the first ends the slot (it leaves the set).
      if (!slots.has(slot)) return;
      replaceSlot(slot, error);
    };
    slot.worker.on('message', (reply: WorkerReply<TOut>) => settle(slot, reply));
    slot.worker.on('error', onDeath);
    slot.worker.on('exit', (code) => {
      if (!closed) onDeath(new Error(`extraction worker exited with code ${code}`));
    });
    slots.add(slot);
  }

  function settle(slot: Slot<TIn, TOut>, reply: WorkerReply<TOut>): void {
    const pending = slot.pending.get(reply.id);
    slot.pending.delete(reply.id);
    slot.answered = true;
    if (pending) {
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new WorkerTaskError(reply.error));
    }
    if ((reply.heapBytes ?? 0) > recycleAboveBytes) slot.retiring = true;
    if (slot.retiring && slot.pending.size === 0) recycle(slot);
    dispatch();
  }

  /**
   * Replaces a retired worker, which holds no task, by a fresh one. The successor starts once the
   * old one has exited, so the two heaps never add up.
   */
  function recycle(slot: Slot<TIn, TOut>): void {
    slots.delete(slot);
    const termination = slot.worker.terminate().finally(() => {
      terminations.delete(termination);
      if (closed) return;
      startSlot(0);
      dispatch();
    });
    terminations.add(termination);
  }

  /**
   * A worker died: the task it was running fails, the ones posted behind it go back to the
   * front of the queue, and a new worker takes its place, unless it keeps dying at start.
   */
  function replaceSlot(slot: Slot<TIn, TOut>, error: Error): void {
    slots.delete(slot);
    if (closed) return;
    const [running, ...waiting] = slot.pending.values();
    slot.pending.clear();
    running?.reject(workerDeathError(error, options.heapLimits));
    queue.unshift(...waiting);
    lastFailure = error;
    // Running out of memory blames the task; dying before ever answering, again and again,
    // blames the worker (it cannot load), and it is given up.
    const failures = isOutOfMemory(error) || slot.answered ? 0 : slot.failures + 1;
    if (failures < MAX_CONSECUTIVE_FAILURES) startSlot(failures);
    if (slots.size === 0 && terminations.size === 0) {
      for (const q of queue.splice(0)) q.reject(error);
    }
    dispatch();
  }

  /** Hands queued tasks to the least-loaded workers, up to `depth` each. */
  function dispatch(): void {
    while (queue.length > 0) {
      const slot = leastLoaded();
      if (!slot) return;
      const next = queue.shift()!;
      const id = nextId++;
      slot.pending.set(id, next);
      slot.worker.postMessage({ id, task: next.task });
    }
  }

  function leastLoaded(): Slot<TIn, TOut> | undefined {
    let best: Slot<TIn, TOut> | undefined;
    for (const slot of slots) {
      if (slot.retiring || slot.pending.size >= depth) continue;
      if (!best || slot.pending.size < best.pending.size) best = slot;
    }
    return best;
  }

  for (let i = 0; i < size; i += 1) startSlot(0);

  return {
    size,
    get liveWorkers() {
      return slots.size + terminations.size;
    },
    run(task: TIn): Promise<TOut> {
      if (closed) return Promise.reject(new Error('worker pool is closed'));
      if (slots.size === 0 && terminations.size === 0) {
        return Promise.reject(lastFailure ?? new Error('every extraction worker has exited'));
      }
      return new Promise<TOut>((resolve, reject) => {
        queue.push({ task, resolve, reject });
        dispatch();
      });
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      for (const q of queue.splice(0)) q.reject(new Error('worker pool is closed'));
      await Promise.all([...[...slots].map((s) => s.worker.terminate()), ...terminations]);
    },
  };
}

function isOutOfMemory(error: Error): boolean {
  return (error as Error & { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** What the task that was running when its worker died fails with. */
function workerDeathError(error: Error, limits: WorkerHeapLimits | undefined): WorkerTaskError {
  if (isOutOfMemory(error)) {
    const limit = limits ? ` (${limits.maxOldGenerationSizeMb} MB)` : '';
    return new WorkerTaskError({
      name: 'WorkerTaskError',
      code: 'RESOURCE_LIMIT',
      message: `extraction ran out of memory${limit}: the article is too large to extract; split it, or raise the limit with --worker-memory`,
    });
  }
  return new WorkerTaskError({
    name: 'WorkerTaskError',
    code: 'INTERNAL',
    message: `the extraction worker died on this item (${error.message}); it was replaced`,
  });
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

function spawnWorker(
  entry: WorkerEntry,
  workerData: unknown,
  resourceLimits: WorkerHeapLimits | undefined,
): Worker {
  const options = { workerData, ...(resourceLimits ? { resourceLimits } : {}) };
  if (!entry.typescript) return new Worker(entry.file, options);
  // Running from sources (tests, tsx): workers do not inherit the parent's TypeScript loader,
  // so the bootstrap registers tsx's CommonJS hook before loading the module.
  const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(entry.file)});`;
  return new Worker(bootstrap, { eval: true, ...options });
}
