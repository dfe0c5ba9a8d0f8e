import type { WinkMethods } from 'wink-nlp';
import {
  rawDocumentOf,
  type ItsHelper,
  type WinkDocument,
  type WinkRawDocument,
} from './wink-raw-document';

/** The lemma of wink's token i (in wink's own numbering, line breaks included). */
export type LemmaReader = (winkIndex: number) => string | undefined;

/**
 * Lemmas of one wink document, one token at a time. wink's API reads lemmas through a token or
 * a collection object, which costs more than the lemma itself, so reading them a sentence at a
 * time was cheaper than a token at a time, yet lemmatised every token of those sentences while
 * the rules read about two in five of them. Here `its.lemma` is called as wink calls it, with the
 * document's raw data and the model's addons; those are captured by one read through wink's own
 * `out()`, on the first lemma asked for (or given, when the caller has them already).
 *
 * The raw data is internal to wink (as in wink-per-document.ts); a test pins that the lemmas are
 * wink's, so an upgrade that changes the way `its` helpers are called fails loudly.
 */
export function createLemmaReader(
  nlp: WinkMethods,
  doc: WinkDocument,
  known?: WinkRawDocument,
): LemmaReader {
  const its = nlp.its as unknown as { value: ItsHelper; lemma: ItsHelper };
  const lemma = its.lemma;
  let raw = known;
  return (winkIndex) => {
    raw ??= rawDocumentOf(its, doc);
    return lemma(winkIndex, raw.rdd, raw.addons) as string | undefined;
  };
}
