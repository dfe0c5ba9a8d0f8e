import { isAllowedTransition, LABEL_COUNT } from './labels';
import { START_ROW } from './weights';

const L = LABEL_COUNT;

/** Transition scores with IOB2-forbidden moves (O → I-X, B-X → I-Y) fixed at -Infinity. */
export function constrainTransitions(transitions: Float32Array): Float32Array {
  const out = Float32Array.from(transitions);
  for (let p = 0; p <= L; p += 1) {
    for (let l = 0; l < L; l += 1) {
      const previous = p === START_ROW ? 0 : p; // a sentence starts as if after O
      if (!isAllowedTransition(previous, l)) out[p * L + l] = -Infinity;
    }
  }
  return out;
}

/**
 * The best label sequence for `length` tokens under first-order transitions (exact Viterbi;
 * 9 labels make the 81 moves per token cheap).
 */
export function viterbi(
  emissions: Float32Array,
  length: number,
  transitions: Float32Array,
): Int32Array {
  const labels = new Int32Array(length);
  if (length === 0) return labels;
  const score = new Float64Array(length * L);
  const back = new Int8Array(length * L);
  for (let l = 0; l < L; l += 1) score[l] = emissions[l]! + transitions[START_ROW * L + l]!;
  for (let t = 1; t < length; t += 1) {
    for (let l = 0; l < L; l += 1) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p += 1) {
        const s = score[(t - 1) * L + p]! + transitions[p * L + l]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * L + l] = best + emissions[t * L + l]!;
      back[t * L + l] = arg;
    }
  }
  let last = 0;
  for (let l = 1; l < L; l += 1) {
    if (score[(length - 1) * L + l]! > score[(length - 1) * L + last]!) last = l;
  }
  labels[length - 1] = last;
  for (let t = length - 1; t > 0; t -= 1) labels[t - 1] = back[t * L + labels[t]!]!;
  return labels;
}
