import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 may let a heap grow past what its last full collection kept alive, in percent,
 * during an ingest. V8 otherwise picks a factor between 1.1 and 4 from its GC and allocation
 * speeds: the main thread (tens of MB live, no heap cap) was measured swinging between 80 and
 * 180 MB of heap on the BBC ingest, mostly garbage, and that swing — not the data — set the
 * process's peak and made it look as if memory grew with input size. At 20 % the peak of the
 * same ingest fell from 392 to 361 MB (same script run, one after the other); the extra full
 * collections moved the run's CPU time within its noise on a loaded machine (about ±10 %).
 */
export const INGEST_HEAP_GROWING_PERCENT = 20;

/**
 * Caps the heap growing factor of every isolate in the process: the main thread and the worker
 * threads alike (V8 flags are process-wide, and this one is read at each collection, so it
 * applies to heaps that already exist). For a process that runs one long ingest; never call it
 * from a library that shares its process.
 */
export function limitHeapGrowth(percent: number = INGEST_HEAP_GROWING_PERCENT): void {
  if (!Number.isInteger(percent) || percent < 1) {
    throw new RangeError(`heap growing percent must be a positive whole number, found ${percent}`);
  }
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
