import { referenceTokenAt } from '../../extract/ner/training/align-conll-labels';
import { labelFromTag } from '../../extract/ner/labels';
import { spansFromLabels } from '../../extract/ner/spans-from-labels';
import type { TypedSpan } from '../mention-tally';
import type { RebuiltDocument } from './rebuild-document';

/** The gold mentions of a rebuilt document, in CoNLL token indices. */
export function goldConllMentions(document: RebuiltDocument): TypedSpan[] {
  const labels = Int32Array.from(document.tags, labelFromTag);
  return spansFromLabels(labels).map((s) => ({ type: s.type, start: s.first, end: s.end }));
}

/**
 * A predicted mention given by character offsets, snapped to the CoNLL tokens it touches (the
 * product's tokenisation may split a CoNLL token; a prediction covering part of one is read as
 * covering all of it). Returns undefined for a span that touches no CoNLL token.
 */
export function conllMentionFromOffsets(
  document: RebuiltDocument,
  type: string,
  start: number,
  end: number,
): TypedSpan | undefined {
  let first = referenceTokenAt(document, start);
  let last = referenceTokenAt(document, end - 1);
  // A span starting or ending in whitespace: move inwards to the nearest token.
  while (first < 0 && start < end) first = referenceTokenAt(document, ++start);
  while (last < 0 && end > start) last = referenceTokenAt(document, --end - 1);
  if (first < 0 || last < first) return undefined;
  return { type, start: first, end: last + 1 };
}
