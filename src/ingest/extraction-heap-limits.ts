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

/** The heap limits of an extraction worker allowed `memoryMb` of old generation. */
export function extractionHeapLimits(memoryMb = DEFAULT_WORKER_MEMORY_MB): WorkerHeapLimits {
  return {
    maxOldGenerationSizeMb: memoryMb,
    maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
  };
}
