import { isAllowedTransition, LABEL_COUNT, OUTSIDE as OUTSIDE_IMPORTED } from './labels';
import { START_ROW } from './weights';

const L = LABEL_COUNT;
// Module-level copies: transpiled imports are getter calls, paid per token otherwise.
const START = START_ROW;
const OUTSIDE = OUTSIDE_IMPORTED;

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
  viterbiSegmentInto(emissions, 0, length, transitions, buffers, false, false);
}

/**
 * viterbi over the tokens [from, to) of a sentence (rows of `emissions`), their labels written
 * to `buffers.labels[from .. to)`. `afterOutside`: the token before `from` is O (the segment
 * starts as if after O, not at the sentence start); `beforeOutside`: the token at `to` is O, so
 * the last label is chosen with its move to O. With O fixed around it, a segment's best labels
 * are those of the best path through the whole sentence that has O there (see nameSegmentsInto).
 */
export function viterbiSegmentInto(
  emissions: Float32Array,
  from: number,
  to: number,
  transitions: Float32Array,
  buffers: ViterbiBuffers,
  afterOutside: boolean,
  beforeOutside: boolean,
): void {
  if (to <= from) return;
  const { score, back, labels } = buffers;
  const { from: moveFrom, fromCount } = movesOf(transitions);
  const start = (afterOutside ? OUTSIDE : START) * L;
  const firstRow = from * L;
  for (let l = 0; l < L; l += 1)
    score[firstRow + l] = emissions[firstRow + l]! + transitions[start + l]!;
  for (let t = from + 1; t < to; t += 1) {
    const previous = (t - 1) * L;
    const current = t * L;
    for (let l = 0; l < L; l += 1) {
      let best = -Infinity;
      let arg = 0;
      const moves = fromCount[l]!;
      for (let k = 0; k < moves; k += 1) {
        const p = moveFrom[l * L + k]!;
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
  const lastRow = (to - 1) * L;
  let last = 0;
  if (beforeOutside) {
    let best = score[lastRow]! + transitions[OUTSIDE * L + OUTSIDE]!;
    for (let l = 1; l < L; l += 1) {
      const s = score[lastRow + l]! + transitions[l * L + OUTSIDE]!;
      if (s > best) {
        best = s;
        last = l;
      }
    }
  } else {
    for (let l = 1; l < L; l += 1) if (score[lastRow + l]! > score[lastRow + last]!) last = l;
  }
  labels[to - 1] = last;
  for (let t = to - 1; t > from; t -= 1) labels[t - 1] = back[t * L + labels[t]!]!;
}
