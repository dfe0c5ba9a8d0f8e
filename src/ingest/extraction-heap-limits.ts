import type { WorkerHeapLimits } from './worker-pool';

/** Default heap cap of an extraction worker, MB: several times what a long article takes. */
export const DEFAULT_WORKER_MEMORY_MB = 256;
/** Below this a worker cannot even load wink-nlp's model, the gazetteers and the tagger. */
export const MIN_WORKER_MEMORY_MB = 64;
/**
 * Young generation of an extraction worker, MB. V8's default (tens of MB per thread) mostly holds
 * garbage between scavenges; a small one costs little time here and keeps the resident size of a
 * long ingest flat (measured on the BBC ingest: peak RSS about 510 MB → about 340 MB).
 */
const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * Heap size, MB, past which an extraction worker is replaced by a fresh one between tasks (see
 * recycleAboveHeapMb): a bound on what its word caches and fragmentation can add over a long run.
 * A worker's heap is about 45 MB once loaded, about 77 MB after the BBC corpus and 90 MB after
 * ten times it; an input with a wider vocabulary would grow its caches further. A replacement
 * costs about 2 s of CPU (loading, cold caches), so the bound sits above what a worker needs to
 * stay warm: at 80 MB the 10x BBC ingest replaced workers 14 times for 17 MB less peak RSS.
 */
export const WORKER_RECYCLE_HEAP_MB = 88;

/** The heap limits of an extraction worker allowed `memoryMb` of old generation. */
export function extractionHeapLimits(memoryMb = DEFAULT_WORKER_MEMORY_MB): WorkerHeapLimits {
  return {
    maxOldGenerationSizeMb: memoryMb,
    maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
  };
}
