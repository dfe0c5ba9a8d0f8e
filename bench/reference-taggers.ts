import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The reference points for extraction speed: what the libraries do alone, with none of our
 * recognisers, relations or quotes. Each tagger reads one text and returns how many tokens it
 * produced, so the work cannot be optimised away.
 */
export type Tagger = (text: string) => number;

/** wink-nlp with only sentence boundaries and part-of-speech tagging in its pipe. */
export function winkTokensAndPos(): Tagger {
  const wink = winkNLP(model, ['sbd', 'pos']);
  const its = wink.its;
  return (text) => (wink.readDoc(text).tokens().out(its.pos) as string[]).length;
}

/** compromise's default parse: tokenise and tag every term (tagging happens on construction). */
export function compromiseTagger(): Tagger {
  return (text) => nlp(text).termList().length;
}

/**
 * The one token count all extraction figures share: wink-nlp's tokens of the input text,
 * without line-break tokens. Counted once, outside any timing, so tokens/s of every system is
 * the same numerator over its own time and the ratios between them are ratios of speed.
 */
export function winkTokenCounter(): Tagger {
  const wink = winkNLP(model, []);
  const its = wink.its;
  return (text) =>
    (wink.readDoc(text).tokens().out(its.type) as string[]).filter((t) => t !== 'tabCRLF').length;
}
