import type { WinkMethods } from 'wink-nlp';

/** The part of wink-nlp's internal lexeme cache (src/cache.js) this module relies on. */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  /** The index of the lexeme's normal (lower-case) form. */
  normal(index: number): number;
  intrinsicSize(): number;
}

/** wink's `its` helpers as wink calls them: token index, raw document data, addons. */
type ItsHelper = (index: number, rdd: { cache: WinkCache }, addons: unknown) => unknown;

/** wink-nlp as its analyser uses it: the instance, and the call that starts a new document. */
export interface PerDocumentWink {
  nlp: WinkMethods;
  /** Before each document: only the model's vocabulary and this document's words count. */
  startDocument(): void;
}

/**
 * A wink-nlp instance whose tokenisation of a document does not depend on the documents it read
 * before. wink keeps a token whole when its lexeme cache knows the word (`isLexeme`), and the
 * cache keeps every out-of-vocabulary word of every document read: in a fresh process
 * "Foster's" is "Foster" + "'s", but once an earlier article has added "Foster's" as a word it
 * stays one token — with other entities, relations and merges downstream. Which articles a
 * worker thread had read depended on timing, so two runs of one ingest stored different graphs.
 * Here an out-of-vocabulary word counts as known only once the current document has added it,
 * exactly as in a fresh instance, while the cache keeps its entries (its indexes and packed
 * features stay valid, and memory grows with the vocabulary only).
 *
 * The cache is internal to wink (see `lexemeCacheOf`). A test pins that a used instance
 * analyses like a fresh one, so an upgrade of wink that moves these internals fails loudly.
 */
export function createPerDocumentWink(nlp: WinkMethods): PerDocumentWink {
  const cache = lexemeCacheOf(nlp);
  const intrinsic = cache.intrinsicSize();
  const lookup = cache.lookup.bind(cache);
  const add = cache.add.bind(cache);
  let known = new Set<number>();
  // While a word is being added, the model's feature functions look up its lower-case form,
  // which add() has just put in the cache: those look-ups must see it.
  let adding = 0;
  cache.lookup = (text) => {
    const found = lookup(text);
    if (adding > 0 || found === null || found.length !== 1) return found;
    const index = found[0] as number;
    return index < intrinsic || known.has(index) ? found : null;
  };
  cache.add = (text, category) => {
    adding += 1;
    let index: number;
    try {
      index = add(text, category);
    } finally {
      adding -= 1;
    }
    // A fresh instance would now know the word and its lower-case form.
    known.add(index);
    known.add(cache.normal(index));
    return index;
  };
  return {
    nlp,
    startDocument: () => {
      known = new Set();
    },
  };
}

/**
 * The instance's lexeme cache. wink passes a document's raw data, which holds the cache, to the
 * `its` helper that reads tokens out; for one read of a throw-away document, `its.value` (looked
 * up on wink's shared `its` object when no helper is named) is one that notes it.
 */
function lexemeCacheOf(nlp: WinkMethods): WinkCache {
  const its = nlp.its as unknown as { value: ItsHelper };
  const value = its.value;
  let cache: WinkCache | undefined;
  its.value = (index, rdd, addons) => {
    cache ??= rdd.cache;
    return value(index, rdd, addons);
  };
  try {
    nlp.readDoc('a').tokens().out();
  } finally {
    its.value = value;
  }
  const usable =
    cache &&
    ['lookup', 'add', 'normal', 'intrinsicSize'].every(
      (method) => typeof (cache as unknown as Record<string, unknown>)[method] === 'function',
    );
  if (!cache || !usable)
    throw new Error("wink-nlp's lexeme cache was not found: its internals changed");
  return cache;
}
