import type { CityRecord, CountryRecord } from '../gazetteer/gazetteer-data';
import citiesJson from '../gazetteer/data/cities.json';
import countriesJson from '../gazetteer/data/countries.json';
import type { GazetteerName } from './gazetteer-matcher';

/**
 * The names the tagger's gazetteer features are built from: the product's own generated
 * country and city lists (src/extract/gazetteer/data). The tagger only reads them as evidence;
 * deciding what an entity is stays with the recogniser.
 */
export function defaultGazetteerNames(): GazetteerName[] {
  const names: GazetteerName[] = [];
  for (const country of countriesJson as CountryRecord[]) {
    for (const name of [country.name, ...country.aliases, ...country.abbreviations]) {
      names.push({ name, kind: 'country' });
    }
    for (const name of country.demonyms) names.push({ name, kind: 'demonym' });
  }
  for (const [name] of citiesJson as CityRecord[]) names.push({ name, kind: 'city' });
  return names;
}
