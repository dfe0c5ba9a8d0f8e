import type { NerSpan } from '../ner';
import type { Token } from '../nlp';
import type { TaggerOpinion } from './coreference';
import type { RawMention } from './raw-mention';

/**
 * Below this a span's type is a narrow call: the tagger reads a lone "Robbie" after "Well done"
 * as an organisation at confidence ~0, its transitions penalising one-word persons.
 */
const SURE_CONFIDENCE = 0.5;

/**
 * The tagger's spans as the questions coreference asks of them. `personOf` turns a span into
 * the mention it would become, or undefined where something else already holds its tokens.
 */
export function taggerOpinion(
  spans: readonly NerSpan[],
  tokens: readonly Token[],
  personOf: (span: NerSpan) => RawMention | undefined,
): TaggerOpinion {
  const tokenCount = tokens.length;
  // Words that begin a name of another type somewhere in the article: "Nintendo" of "Nintendo
  // DS" is a company in every sentence, even where a title pattern made "Nintendo Europe" a
  // person.
  const otherNameWords = new Set<string>();
  const found: RawMention[] = [];
  const persons = new Set<number>();
  const surelyOther = new Uint8Array(tokenCount);
  const longerPersonStarts = new Uint8Array(tokenCount);
  for (const span of spans) {
    if (span.type === 'PER') {
      persons.add(span.firstToken * (tokenCount + 1) + span.endToken);
      if (span.endToken - span.firstToken > 1) longerPersonStarts[span.firstToken] = 1;
      const person = isConfidentFullName(span) ? personOf(span) : undefined;
      if (person?.type === 'Person') found.push(person);
    } else if (span.confidence >= SURE_CONFIDENCE) {
      surelyOther.fill(1, span.firstToken, span.endToken);
      otherNameWords.add(tokens[span.firstToken]?.value ?? '');
    }
  }
  return {
    persons: found,
    isPerson: (first, end) => persons.has(first * (tokenCount + 1) + end),
    startsLongerPerson: (t) => longerPersonStarts[t] === 1,
    isSurelyNotPerson: (t) => surelyOther[t] === 1 || otherNameWords.has(tokens[t]?.value ?? ''),
  };
}

/** Two or more words read as a person with confidence ("Sure Robbie" scores 0.5: no). */
function isConfidentFullName(span: NerSpan): boolean {
  return span.endToken - span.firstToken > 1 && span.confidence >= SURE_CONFIDENCE + 0.3;
}
