import type { Token } from '../nlp';

/** Parts of speech of the words that open a sentence capitalised without being names. */
const SENTENCE_OPENERS = new Set([
  'DET',
  'PRON',
  'ADP',
  'CCONJ',
  'SCONJ',
  'ADV',
  'AUX',
  'PART',
  'NUM',
  'INTJ',
]);

/**
 * Whether tokens [first, end) can hold a name: some word carries a capital letter other than
 * the pronoun "I" and a function word that opens the sentence ("The", "But", "When", after an
 * opening quote too). A sentence without one is all common words, and the tagger, which the
 * BBC corpus shows never labels such a sentence, skips it: about a sixth of news tokens.
 * `hasCapital(t)` says whether token t has a capital letter anywhere ("anti-Nato" does).
 */
export function mayHoldName(
  tokens: readonly Token[],
  hasCapital: (t: number) => boolean,
  first: number,
  end: number,
): boolean {
  let beforeFirstWord = true;
  for (let t = first; t < end; t += 1) {
    const token = tokens[t]!;
    if (hasCapital(t) && token.value !== 'I') {
      if (!beforeFirstWord || !SENTENCE_OPENERS.has(token.pos)) return true;
    }
    if (token.pos !== 'PUNCT') beforeFirstWord = false;
  }
  return false;
}
