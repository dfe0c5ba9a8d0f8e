import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseName } from '../../model/ids';
import type { Gazetteer } from './gazetteer';
import { loadGazetteer } from './load-gazetteer';

/** Whether a name is a real place's, compared as the stores compare names (`normaliseName`). */
export interface KnownPlaces {
  has(name: string): boolean;
}

/** The shipped list of place names the gazetteer does not match in text (see its README). */
export function readKnownPlaceNames(): string[] {
  return readFileSync(join(__dirname, 'data', 'known-places.txt'), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

/**
 * Every place name the product knows: the gazetteer's countries, cities and curated places
 * (names and aliases) and the longer list of towns, subdivisions and regions in
 * data/known-places.txt. For telling a place from a name the tagger only guessed was one
 * ("Arsenal", "Xbox"), not for matching text. Takes ~60 ms; build once per pass.
 *
 * @example
 * const places = loadKnownPlaces();
 * places.has('Wales') // → true (an ISO 3166-2 subdivision); places.has('Arsenal') // → false
 */
export function loadKnownPlaces(
  gazetteer: Gazetteer = loadGazetteer(),
  names: readonly string[] = readKnownPlaceNames(),
): KnownPlaces {
  const known = new Set<string>();
  for (const name of names) known.add(normaliseName(name));
  for (const entry of gazetteer.entries) {
    if (entry.type !== 'Location' && entry.type !== 'Country') continue;
    for (const name of [entry.name, ...entry.aliases]) known.add(normaliseName(name));
  }
  known.delete('');
  return { has: (name) => known.has(normaliseName(name)) };
}
