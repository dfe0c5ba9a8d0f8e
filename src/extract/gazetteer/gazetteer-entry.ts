import type { EntityType } from '../../model/entity-types';

/** One thing the gazetteer knows, with its canonical key (`wd:Q…` or `<type>:<name>`). */
export interface GazetteerEntry {
  key: string;
  type: EntityType;
  name: string;
  qid?: string;
  aliases: string[];
  /** ISO alpha-2 of the country it is, belongs to or lies in. */
  iso2?: string;
  /** Key of the Country entry for `iso2`, when the entry is not itself that country. */
  countryKey?: string;
  /** Key of the Location that contains it (the Kremlin → Moscow). */
  locatedInKey?: string;
  /** "city", "capital", "landmark", "news agency", "war", … */
  kind?: string;
  population?: number;
  /** For capitals: the key of the country they can stand for ("Beijing said" → China). */
  capitalOfKey?: string;
  /** A person's best-known office: title and the key of the country or organisation. */
  role?: { title: string; ofKey?: string };
}

/** How a span of text matched an entry. */
export type GazetteerMatchKind = 'name' | 'abbreviation' | 'demonym' | 'metonym';

export interface GazetteerHit {
  entry: GazetteerEntry;
  kind: GazetteerMatchKind;
}

/** The longest gazetteer span at one position: token range (end exclusive) and what it names. */
export interface GazetteerMatch {
  firstToken: number;
  endToken: number;
  hits: readonly GazetteerHit[];
}
