import { LABEL_COUNT } from './labels';
import type { LabelSpan } from './spans-from-labels';
import { START_ROW } from './weights';

// Module-level copies: transpiled imports are getter calls, paid per token otherwise.
const L = LABEL_COUNT;
const START = START_ROW;

/**
 * A span's confidence: the mean, over its tokens, of the softmax probability of the decoded
 * label given the previous decoded label. Perceptron scores are not calibrated probabilities,
 * but this ranks spans sensibly (a narrow win over O scores near 0.5).
 */
export function spanConfidence(
  emissions: Float32Array,
  labels: Int32Array,
  transitions: Float32Array,
  span: LabelSpan,
): number {
  let sum = 0;
  for (let i = span.first; i < span.end; i += 1) {
    const previous = i === 0 ? START : labels[i - 1]!;
    let max = -Infinity;
    for (let l = 0; l < L; l += 1) {
      const s = emissions[i * L + l]! + transitions[previous * L + l]!;
      if (s > max) max = s;
    }
    let total = 0;
    let chosen = 0;
    for (let l = 0; l < L; l += 1) {
      const s = emissions[i * L + l]! + transitions[previous * L + l]!;
      const e = Number.isFinite(s) ? Math.exp(s - max) : 0;
      total += e;
      if (l === labels[i]) chosen = e;
    }
    sum += total > 0 ? chosen / total : 0;
  }
  return sum / (span.end - span.first);
}
