import type { WinkMethods } from 'wink-nlp';

type WinkDocument = ReturnType<WinkMethods['readDoc']>;

/** wink's `its` helpers as wink calls them: token index, raw document data, the model's addons. */
type ItsHelper = (index: number, rdd: unknown, addons: unknown) => unknown;

/** The lemma of wink's token i (in wink's own numbering, line breaks included). */
export type LemmaReader = (winkIndex: number) => string | undefined;

/**
 * Lemmas of one wink document, one token at a time. wink's API reads lemmas through a token or
 * a collection object, which costs more than the lemma itself, so reading them a sentence at a
 * time was cheaper than a token at a time, yet lemmatised every token of those sentences while
 * the rules read about two in five of them. Here `its.lemma` is called as wink calls it, with the
 * document's raw data and the model's addons; those are captured by one read through wink's own
 * `out()`, on the first lemma asked for.
 *
 * The raw data is internal to wink (as in wink-per-document.ts); a test pins that the lemmas are
 * wink's, so an upgrade that changes the way `its` helpers are called fails loudly.
 */
export function createLemmaReader(nlp: WinkMethods, doc: WinkDocument): LemmaReader {
  const its = nlp.its as unknown as { value: ItsHelper; lemma: ItsHelper };
  const lemma = its.lemma;
  let raw: { rdd: unknown; addons: unknown } | undefined;
  return (winkIndex) => {
    raw ??= rawDataOf(its, doc);
    return lemma(winkIndex, raw.rdd, raw.addons) as string | undefined;
  };
}

/**
 * The document's raw data and the addons wink passes to `its` helpers: for one read of a token,
 * `its.value` (which wink looks up on its shared `its` object when no helper is named) notes them.
 */
function rawDataOf(
  its: { value: ItsHelper },
  doc: WinkDocument,
): { rdd: unknown; addons: unknown } {
  const value = its.value;
  let raw: { rdd: unknown; addons: unknown } | undefined;
  its.value = (index, rdd, addons) => {
    raw = { rdd, addons };
    return value(index, rdd, addons);
  };
  try {
    doc.tokens().itemAt(0)?.out();
  } finally {
    its.value = value;
  }
  if (!raw) throw new Error("wink-nlp's raw document data was not found: its internals changed");
  return raw;
}
