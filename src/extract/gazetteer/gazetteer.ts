import type { GazetteerEntry, GazetteerHit } from './gazetteer-entry';
import type { TokenTrie } from './token-trie';

/**
 * The runtime gazetteer: every entry by key, and two tries over token sequences — one of
 * normalised names (matched on capitalised text), one of exact abbreviations ("US", "U.N.").
 */
export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  get(key: string): GazetteerEntry | undefined;
  countryByIso2(iso2: string): GazetteerEntry | undefined;
  /** Entries whose name or alias normalises to the same form as `name`. */
  lookupName(name: string): readonly GazetteerEntry[];
  readonly nameTrie: TokenTrie<GazetteerHit>;
  readonly abbreviationTrie: TokenTrie<GazetteerHit>;
}
