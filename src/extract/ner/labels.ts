import { NER_TYPES, type NerType } from './ner-types';

/**
 * BIO labels as small integers: 0 is O, then B-/I- for each type in NER_TYPES order. Integers
 * let weights live in one typed array indexed by `bucket * LABEL_COUNT + label`.
 */
export const LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

export function beginLabel(type: NerType): number {
  return 1 + 2 * NER_TYPES.indexOf(type);
}

export function isInside(label: number): boolean {
  return label !== OUTSIDE && label % 2 === 0;
}

export function labelType(label: number): NerType | undefined {
  return label === OUTSIDE ? undefined : NER_TYPES[(label - 1) >> 1];
}

/** IOB2 forbids I-X unless the previous label is B-X or I-X. */
export function isAllowedTransition(previous: number, next: number): boolean {
  if (!isInside(next)) return true;
  return previous !== OUTSIDE && labelType(previous) === labelType(next);
}

/** Parse an IOB2 tag ('B-PER', 'O'); unknown tags read as O. */
export function labelFromTag(tag: string): number {
  const index = LABELS.indexOf(tag);
  return index < 0 ? OUTSIDE : index;
}
