import { FLAG_HAS_DIGIT as FLAG_HAS_DIGIT_IMPORTED } from './word-shape';

// A module-level copy: transpiled imports are getter calls, paid per token otherwise.
const FLAG_HAS_DIGIT = FLAG_HAS_DIGIT_IMPORTED;

/**
 * How far a name's labels reach from the words that anchor it (a capital letter or a digit): the
 * tagger decodes only tokens fewer than NAME_REACH tokens from an anchor and reads the rest as O.
 * Measured with the shipped model (full decoding, every token scored): on BBC (994k tokens) and
 * CoNLL-2003 dev it labels no token 3 or more from an anchor, at 2 it labels 291 and 31 (the
 * "based" of "Paris - based"); on its own training set it labels 8 such tokens in 209k, all-lower-case
 * names it learnt by heart ("interior ministry"). Those 3+ tokens are about 40% of the tokens of
 * the sentences the tagger decodes on BBC.
 */
export const NAME_REACH = 3;

/**
 * The runs of tokens in [first, end) within NAME_REACH - 1 tokens of a token with a capital letter
 * (`capital[t] === 1`) or a digit (`flags[t]` has FLAG_HAS_DIGIT), as [start, end) pairs written
 * to `out` (room for one pair per token); returns how many. Between runs every token is at least
 * NAME_REACH from an anchor, so Viterbi decodes each run on its own: labels outside the runs are
 * O, and a run's neighbours are O (see viterbiSegmentInto).
 */
export function nameSegmentsInto(
  capital: Uint8Array,
  flags: Uint16Array,
  first: number,
  end: number,
  out: Int32Array,
): number {
  let count = 0;
  let lastEnd = -1;
  for (let t = first; t < end; t += 1) {
    if (capital[t] !== 1 && (flags[t]! & FLAG_HAS_DIGIT) === 0) continue;
    const from = t - NAME_REACH + 1 > first ? t - NAME_REACH + 1 : first;
    const to = t + NAME_REACH < end ? t + NAME_REACH : end;
    if (count > 0 && from <= lastEnd) {
      out[2 * count - 1] = to;
    } else {
      out[2 * count] = from;
      out[2 * count + 1] = to;
      count += 1;
    }
    lastEnd = to;
  }
  return count;
}
