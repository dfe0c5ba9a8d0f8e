import type { AnalysedText } from '../../nlp';
import { isInside, labelFromTag, OUTSIDE } from '../labels';

/** Character spans and IOB2 tags of the original tokens of a text (a rebuilt CoNLL document). */
export interface TaggedTokenSpans {
  starts: Int32Array;
  ends: Int32Array;
  tags: readonly string[];
}

/** Index of the reference token whose span holds `offset`, or -1 (whitespace). */
export function referenceTokenAt(reference: TaggedTokenSpans, offset: number): number {
  let lo = 0;
  let hi = reference.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (reference.ends[mid]! <= offset) lo = mid + 1;
    else if (reference.starts[mid]! > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Gold labels for the analyser's tokens. wink mostly tokenises as CoNLL did; where it splits a
 * CoNLL token ("1996-08-30", "Hoechst-Celanese"), the pieces after the first continue the
 * entity (B-X → I-X) and where a wink token covers several CoNLL tokens it takes the first one's
 * tag. Reading predictions back (see src/eval) snaps spans to CoNLL token boundaries, so the
 * mismatches cost nothing at scoring time.
 */
export function alignConllLabels(analysed: AnalysedText, reference: TaggedTokenSpans): Int32Array {
  const labels = new Int32Array(analysed.tokens.length);
  for (let t = 0; t < analysed.tokens.length; t += 1) {
    const token = analysed.tokens[t]!;
    const r = referenceTokenAt(reference, token.start);
    if (r < 0) continue;
    const label = labelFromTag(reference.tags[r]!);
    if (label === OUTSIDE || token.start === reference.starts[r]) labels[t] = label;
    else labels[t] = isInside(label) ? label : label + 1;
  }
  return labels;
}
