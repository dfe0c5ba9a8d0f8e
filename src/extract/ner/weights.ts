import { LABEL_COUNT } from './labels';
import type { FeatureRows } from './token-features';

/**
 * What decoding needs from a model: per-bucket label weights and the label transition scores.
 * `transitions` has LABEL_COUNT + 1 rows of LABEL_COUNT: row p scores "label p then label l",
 * the last row scores a sentence starting with l.
 */
export interface NerWeights {
  addBucket(bucket: number, out: Float32Array, offset: number): void;
  /** addBucket for buckets[0 .. count) in turn, when the weights have a faster way (NerModel). */
  addBuckets?(buckets: Int32Array, count: number, out: Float32Array, offset: number): void;
  readonly transitions: Float32Array;
}

export const START_ROW = LABEL_COUNT;

const L = LABEL_COUNT;

/**
 * Emission scores of tokens [first, end): a (end - first) × LABEL_COUNT matrix, added to `base`
 * (the scores of features the rows leave out) when given.
 */
export function emissionScores(
  rows: FeatureRows,
  first: number,
  end: number,
  weights: NerWeights,
  base?: Float32Array,
): Float32Array {
  const scores = base ?? new Float32Array((end - first) * L);
  for (let t = first; t < end; t += 1) {
    const offset = (t - first) * L;
    for (let f = rows.offsets[t]!; f < rows.offsets[t + 1]!; f += 1) {
      weights.addBucket(rows.buckets[f]!, scores, offset);
    }
  }
  return scores;
}
