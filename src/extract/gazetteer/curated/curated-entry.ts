import type { EntityType } from '../../../model/entity-types';

/**
 * One hand-curated gazetteer entry: what no package ships (organisations, agencies, people,
 * events, landmarks). QIDs are Wikidata item ids; an entry whose id the curator could not
 * confirm has none, so it stays unlinked rather than linked wrongly.
 */
export interface CuratedEntry {
  type: EntityType;
  name: string;
  qid?: string;
  /** Other names, matched case-insensitively on capitalised text. */
  aliases?: string[];
  /** Matched case-sensitively: "NATO", "U.N.". */
  abbreviations?: string[];
  /** ISO 3166-1 alpha-2 of the country the entry belongs to or is located in. */
  country?: string;
  /** Canonical name of the Location that contains it (the Kremlin is in Moscow). */
  locatedIn?: string;
  /** What kind of thing it is: "news agency", "international organisation", "landmark". */
  kind?: string;
  /** A person's best-known office, for "the Russian leader"-style mentions. */
  role?: { title: string; country?: string; organisation?: string };
}

/** Extra names for countries that the generated data lacks, keyed by ISO alpha-2. */
export interface CountryExtras {
  aliases?: string[];
  abbreviations?: string[];
  demonyms?: string[];
  /** Cities whose name stands for the country's government ("Washington said"). */
  metonyms?: string[];
}
