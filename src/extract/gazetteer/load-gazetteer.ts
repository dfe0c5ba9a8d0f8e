import { canonicalKey, normaliseName } from '../../model/ids';
import type { CuratedEntry } from './curated';
import { COUNTRY_EXTRAS, CURATED_ENTRIES } from './curated';
import type { Gazetteer } from './gazetteer';
import type { CityRecord, CountryRecord } from './gazetteer-data';
import type { GazetteerEntry, GazetteerHit, GazetteerMatchKind } from './gazetteer-entry';
import { unitsOfName } from './match-keys';
import { TokenTrie } from './token-trie';

export interface GazetteerData {
  countries: readonly CountryRecord[];
  cities: readonly CityRecord[];
  curated: readonly CuratedEntry[];
}

/**
 * Build the gazetteer from the generated data shipped in ./data and the curated lists.
 * Takes ~30 ms; the composition root builds one and passes it down.
 *
 * @example
 * const gazetteer = loadGazetteer();
 * gazetteer.lookupName('Chinese') // → [] (demonyms match in text only); lookupName('PRC') → China
 */
export function loadGazetteer(data: GazetteerData = defaultData()): Gazetteer {
  const builder = new GazetteerBuilder();
  for (const c of data.countries) builder.addCountry(c);
  for (const e of data.curated) builder.addCurated(e);
  for (const city of data.cities) builder.addCity(city);
  return builder.finish();
}

function defaultData(): GazetteerData {
  // Plain requires: the JSON ships next to the compiled code; tsc copies it with resolveJsonModule.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const countries = require('./data/countries.json') as CountryRecord[];
  const cities = require('./data/cities.json') as CityRecord[];
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { countries, cities, curated: CURATED_ENTRIES };
}

class GazetteerBuilder {
  private readonly entries: GazetteerEntry[] = [];
  private readonly byKey = new Map<string, GazetteerEntry>();
  private readonly byIso2 = new Map<string, GazetteerEntry>();
  private readonly byName = new Map<string, GazetteerEntry[]>();
  private readonly nameTrie = new TokenTrie<GazetteerHit>();
  private readonly abbreviationTrie = new TokenTrie<GazetteerHit>();
  private readonly indexedNames = new Set<string>();
  private readonly pendingLocatedIn: [GazetteerEntry, string][] = [];

  addCountry(c: CountryRecord): void {
    const extras = COUNTRY_EXTRAS[c.iso2] ?? {};
    const entry = this.add({
      key: canonicalKey('Country', c.name, c.qid),
      type: 'Country',
      name: c.name,
      ...(c.qid ? { qid: c.qid } : {}),
      aliases: unique([...c.aliases, ...(extras.aliases ?? [])]),
      iso2: c.iso2,
      kind: c.independent ? 'country' : 'territory',
    });
    this.byIso2.set(c.iso2, entry);
    for (const a of unique([...c.abbreviations, ...(extras.abbreviations ?? [])])) {
      this.abbreviationTrie.add(a.split(/\s+/), { entry, kind: 'abbreviation' });
    }
    for (const d of unique([...c.demonyms, ...(extras.demonyms ?? [])].flatMap(withPlural))) {
      this.nameTrie.add(unitsOfName(d), { entry, kind: 'demonym' });
    }
    const metonyms = [...(extras.metonyms ?? []), ...(c.independent ? c.capitals : [])];
    for (const m of unique(metonyms)) this.nameTrie.add(unitsOfName(m), { entry, kind: 'metonym' });
  }

  addCurated(e: CuratedEntry): void {
    const countryKey = e.country ? this.byIso2.get(e.country)?.key : undefined;
    const entry = this.add({
      key: canonicalKey(e.type, e.name, e.qid),
      type: e.type,
      name: e.name,
      ...(e.qid ? { qid: e.qid } : {}),
      aliases: [...(e.aliases ?? [])],
      ...(e.country ? { iso2: e.country } : {}),
      ...(countryKey && e.type !== 'Country' ? { countryKey } : {}),
      ...(e.kind ? { kind: e.kind } : {}),
    });
    if (e.type === 'Country' && e.country) this.byIso2.set(e.country, entry);
    for (const a of e.abbreviations ?? []) {
      this.abbreviationTrie.add(a.split(/\s+/), { entry, kind: 'abbreviation' });
    }
    if (e.locatedIn) this.pendingLocatedIn.push([entry, e.locatedIn]);
    if (e.role) {
      const of = e.role.country ?? e.role.organisation;
      const ofEntry = e.role.country
        ? this.byIso2.get(e.role.country)
        : of
          ? this.lookup(of)[0]
          : undefined;
      entry.role = { title: e.role.title, ...(ofEntry ? { ofKey: ofEntry.key } : {}) };
    }
  }

  addCity([name, iso2, population, capital]: CityRecord): void {
    const existing = this.lookup(name);
    // A curated entry or a country of that name wins; among cities, the largest (listed first).
    if (
      existing.some(
        (e) =>
          e.type !== 'Location' || e.iso2 === iso2 || e.kind === 'city' || e.kind === 'capital',
      )
    ) {
      const curated = existing.find((e) => e.type === 'Location' && e.iso2 === iso2);
      if (curated && capital) this.markCapital(curated, iso2);
      return;
    }
    const country = this.byIso2.get(iso2);
    const entry = this.add({
      key: canonicalKey('Location', name),
      type: 'Location',
      name,
      aliases: [],
      iso2,
      ...(country ? { countryKey: country.key } : {}),
      kind: 'city',
      population,
    });
    if (capital) this.markCapital(entry, iso2);
  }

  finish(): Gazetteer {
    for (const [entry, placeName] of this.pendingLocatedIn) {
      const place = this.lookup(placeName).find((e) => e.type === 'Location');
      if (place) entry.locatedInKey = place.key;
    }
    const { entries, byKey, byIso2, byName, nameTrie, abbreviationTrie } = this;
    return {
      entries,
      get: (key) => byKey.get(key),
      countryByIso2: (iso2) => byIso2.get(iso2),
      lookupName: (name) => byName.get(normaliseName(name)) ?? [],
      nameTrie,
      abbreviationTrie,
    };
  }

  private markCapital(entry: GazetteerEntry, iso2: string): void {
    entry.kind = 'capital';
    const country = this.byIso2.get(iso2);
    if (country) entry.capitalOfKey = country.key;
  }

  private lookup(name: string): GazetteerEntry[] {
    return this.byName.get(normaliseName(name)) ?? [];
  }

  private add(entry: GazetteerEntry): GazetteerEntry {
    const existing = this.byKey.get(entry.key);
    if (existing) return existing;
    this.entries.push(entry);
    this.byKey.set(entry.key, entry);
    for (const name of [entry.name, ...entry.aliases]) {
      const norm = normaliseName(name);
      const list = this.byName.get(norm);
      if (list) list.push(entry);
      else this.byName.set(norm, [entry]);
      const units = unitsOfName(name);
      const seen = `${units.join(' ')}\u0000${entry.key}`;
      if (this.indexedNames.has(seen)) continue;
      this.indexedNames.add(seen);
      this.nameTrie.add(units, { entry, kind: 'name' satisfies GazetteerMatchKind });
    }
    return entry;
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** "Iraqi" → "Iraqis", "American" → "Americans"; "Chinese" and "British" have no plural form. */
function withPlural(demonym: string): string[] {
  return /(an|i)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}
