import type { WinkMethods } from 'wink-nlp';

/** A document wink has read. */
export type WinkDocument = ReturnType<WinkMethods['readDoc']>;

/** wink's `its` helpers as wink calls them: token index, raw document data, the model's addons. */
export type ItsHelper = (index: number, rdd: unknown, addons: unknown) => unknown;

/** What wink passes its `its` helpers for one document: its raw data and the model's addons. */
export interface WinkRawDocument {
  rdd: unknown;
  addons: unknown;
}

/**
 * The document's raw data and the addons wink passes to `its` helpers, so that a helper can be
 * called for one token, as wink calls it, without the collection objects and the arrays wink's
 * `out()` builds. For one read of a token, `its.value` (which wink looks up on its shared `its`
 * object when no helper is named) notes them.
 *
 * The raw data is internal to wink (as in wink-per-document.ts); the tests of the analyser and
 * of the lemma reader pin that what is read this way is what wink's own API gives, so an upgrade
 * that changes the way `its` helpers are called fails loudly.
 */
export function rawDocumentOf(its: { value: ItsHelper }, doc: WinkDocument): WinkRawDocument {
  const value = its.value;
  let raw: WinkRawDocument | undefined;
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
