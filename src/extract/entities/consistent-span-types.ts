import type { NerSpan } from '../ner';
import type { AnalysedText } from '../nlp';

/** A one-word span decoded below this is a forced call (its own scores all but rule it out). */
const FORCED_BELOW = 0.01;
/** A one-word span at or above this says what the word is in this article. */
const SURE_AT = 0.8;

/**
 * One-word tagger spans whose type was a forced call take the type the tagger gave the same
 * word confidently elsewhere in the article: "Parry, speaking to BBC Sport" decoded as an
 * organisation at confidence 0.0 is the person "Parry" of the sentence before. A word the
 * article shows confidently as two types is left as it is. The span's confidence becomes the
 * forced one's midpoint with the sure one's, no more than 0.5: borrowed, not seen.
 */
export function withConsistentTypes(a: AnalysedText, spans: readonly NerSpan[]): NerSpan[] {
  const sureTypes = new Map<string, Set<NerSpan['type']>>();
  for (const span of spans) {
    if (span.endToken - span.firstToken !== 1 || span.confidence < SURE_AT) continue;
    const word = a.tokens[span.firstToken]?.value ?? '';
    const types = sureTypes.get(word) ?? new Set();
    types.add(span.type);
    sureTypes.set(word, types);
  }
  return spans.map((span) => {
    if (span.endToken - span.firstToken !== 1 || span.confidence >= FORCED_BELOW) return span;
    const types = sureTypes.get(a.tokens[span.firstToken]?.value ?? '');
    if (!types || types.size !== 1) return span;
    const [type] = [...types];
    if (type === undefined || type === span.type) return span;
    return { ...span, type, confidence: Math.min(0.5, (span.confidence + SURE_AT) / 2) };
  });
}
