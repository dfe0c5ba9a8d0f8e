import { isInside, labelType, OUTSIDE } from './labels';
import type { NerType } from './ner-types';

export interface LabelSpan {
  type: NerType;
  first: number;
  /** Exclusive. */
  end: number;
}

/**
 * Read entity spans off a BIO label sequence. A stray I-X (not continuing an X) starts a new span,
 * the lenient reading conlleval also uses, so gold and decoded sequences are read alike. Reads
 * the first `length` labels (a buffer may be longer than its sentence).
 */
export function spansFromLabels(
  labels: ArrayLike<number>,
  length: number = labels.length,
): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let open: LabelSpan | undefined;
  for (let i = 0; i < length; i += 1) {
    const label = labels[i] as number;
    const type = labelType(label);
    const continues = open !== undefined && isInside(label) && type === open.type;
    if (continues) {
      (open as LabelSpan).end = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = label === OUTSIDE || type === undefined ? undefined : { type, first: i, end: i + 1 };
  }
  if (open) spans.push(open);
  return spans;
}
