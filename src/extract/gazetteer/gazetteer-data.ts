/**
 * Shapes of the generated gazetteer files in ./data (written by scripts/build-gazetteers.ts).
 */
export interface CountryRecord {
  iso2: string;
  name: string;
  qid?: string;
  /** Other names matched case-insensitively: "People's Republic of China", "Russian Federation". */
  aliases: string[];
  /** Matched case-sensitively: "USA", "UK". */
  abbreviations: string[];
  /** Adjectival and people forms: "Chinese", "American". */
  demonyms: string[];
  capitals: string[];
  independent: boolean;
}

/** [name, ISO 3166-1 alpha-2 country, population, 1 if national capital]. */
export type CityRecord = [string, string, number, 0 | 1];
