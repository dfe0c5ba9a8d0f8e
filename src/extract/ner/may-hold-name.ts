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

/** Whether a capitalised token could start a name: not "I", nor a function word opening the sentence. */
function capitalCouldStartName(token: Token, beforeFirstWord: boolean): boolean {
  return token.value !== 'I' && (!beforeFirstWord || !SENTENCE_OPENERS.has(token.pos));
}

/**
 * Whether tokens [first, end) can hold a name: some word carries a capital letter other than
 * the pronoun "I" and a function word that opens the sentence ("The", "But", "When", after an
 * opening quote too). A sentence without one is all common words, and the tagger, which the
 * BBC corpus shows never labels such a sentence, skips it: about a sixth of news tokens.
 * `hasCapital(t)` says whether token t has a capital letter anywhere ("anti-Nato" does). The
 * tagger asks markNameAnchors, which makes this decision while marking the anchors; this is the
 * yes/no alone.
 */
export function mayHoldName(
  tokens: readonly Token[],
  hasCapital: (t: number) => boolean,
  first: number,
  end: number,
): boolean {
  const capital = new Uint8Array(end);
  for (let t = first; t < end; t += 1) capital[t] = hasCapital(t) ? 1 : 0;
  return markNameAnchors(tokens, capital, first, end, new Uint8Array(end));
}

/**
 * mayHoldName, marking on the way the tokens whose capital could start a name (`anchors[t]` 1,
 * else 0, for t in [first, end)): the words the tagger's name segments grow around. `capital[t]`
 * is 1 when token t has a capital letter anywhere.
 */
export function markNameAnchors(
  tokens: readonly Token[],
  capital: Uint8Array,
  first: number,
  end: number,
  anchors: Uint8Array,
): boolean {
  let any = false;
  let beforeFirstWord = true;
  for (let t = first; t < end; t += 1) {
    const token = tokens[t]!;
    const anchor = capital[t] === 1 && capitalCouldStartName(token, beforeFirstWord);
    anchors[t] = anchor ? 1 : 0;
    if (anchor) any = true;
    if (token.pos !== 'PUNCT') beforeFirstWord = false;
  }
  return any;
}
