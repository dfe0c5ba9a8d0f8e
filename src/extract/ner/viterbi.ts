import { isAllowedTransition, LABEL_COUNT } from './labels';
import { START_ROW } from './weights';

const L = LABEL_COUNT;
// A module-level copy: transpiled imports are getter calls, paid per token otherwise.
const START = START_ROW;

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
  viterbiInto(emissions, length, transitions, {
    score: new Float64Array(length * L),
    back: new Int8Array(length * L),
    labels,
  });
  return labels;
}

/** Buffers Viterbi works in, each at least length × LABEL_COUNT long (labels: length). */
export interface ViterbiBuffers {
  score: Float64Array;
  back: Int8Array;
  labels: Int32Array;
}

/** Per label l, the labels p that may precede it (transition not -Infinity), in order. */
interface Moves {
  from: Int8Array;
  fromCount: Int8Array;
}

const MOVES = new WeakMap<Float32Array, Moves>();

/**
 * The allowed moves of a transition table, computed once per table. Skipping forbidden moves
 * (-Infinity, IOB2 constraints) changes no result: such a move never beats `best`, and ties
 * still go to the lowest p because the order of the p kept is unchanged.
 */
function movesOf(transitions: Float32Array): Moves {
  let moves = MOVES.get(transitions);
  if (moves) return moves;
  moves = { from: new Int8Array(L * L), fromCount: new Int8Array(L) };
  for (let l = 0; l < L; l += 1) {
    for (let p = 0; p < L; p += 1) {
      if (transitions[p * L + l] === -Infinity) continue;
      moves.from[l * L + moves.fromCount[l]!] = p;
      moves.fromCount[l] = moves.fromCount[l]! + 1;
    }
  }
  MOVES.set(transitions, moves);
  return moves;
}

/** viterbi into buffers the caller keeps across sentences; labels land in `buffers.labels`. */
export function viterbiInto(
  emissions: Float32Array,
  length: number,
  transitions: Float32Array,
  buffers: ViterbiBuffers,
): void {
  if (length === 0) return;
  const { score, back, labels } = buffers;
  const { from, fromCount } = movesOf(transitions);
  const start = START * L;
  for (let l = 0; l < L; l += 1) score[l] = emissions[l]! + transitions[start + l]!;
  for (let t = 1; t < length; t += 1) {
    const previous = (t - 1) * L;
    const current = t * L;
    for (let l = 0; l < L; l += 1) {
      let best = -Infinity;
      let arg = 0;
      const moves = fromCount[l]!;
      for (let k = 0; k < moves; k += 1) {
        const p = from[l * L + k]!;
        const s = score[previous + p]! + transitions[p * L + l]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[current + l] = best + emissions[current + l]!;
      back[current + l] = arg;
    }
  }
  const lastRow = (length - 1) * L;
  let last = 0;
  for (let l = 1; l < L; l += 1) if (score[lastRow + l]! > score[lastRow + last]!) last = l;
  labels[length - 1] = last;
  for (let t = length - 1; t > 0; t -= 1) labels[t - 1] = back[t * L + labels[t]!]!;
}
