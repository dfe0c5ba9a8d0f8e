/**
 * How far a name's labels reach from the words that anchor it (a capital that could start a
 * name, see markNameAnchors): the tagger decodes only tokens fewer than NAME_REACH tokens from an
 * anchor and reads the rest as O. Measured with the shipped model (full decoding, every token
 * scored), over the sentences it decodes: on BBC (810k tokens) and CoNLL-2003 dev (49k) it
 * labels no token 3 or more from an anchor; at 2 it labels 297 and 32 (the "based" of "Paris -
 * based"). On its own training set it labels 9 such tokens of 193k: all-lower-case names learnt
 * by heart ("interior ministry") and one person at confidence 0.5. Those tokens 3 or more from
 * an anchor are 57% of the tokens of the sentences decoded on BBC.
 */
export const NAME_REACH = 3;

/**
 * The runs of tokens in [first, end) within NAME_REACH - 1 tokens of an anchor (`anchors[t]`
 * 1), as [start, end) pairs written to `out` (room for one pair per token); returns how many.
 * Between runs every token is at least NAME_REACH from an anchor, so Viterbi decodes each run on
 * its own: labels outside the runs are O, and a run's neighbours are O (viterbiSegmentInto).
 */
export function nameSegmentsInto(
  anchors: Uint8Array,
  first: number,
  end: number,
  out: Int32Array,
): number {
  let count = 0;
  let lastEnd = -1;
  for (let t = first; t < end; t += 1) {
    if (anchors[t] !== 1) continue;
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
