export type { Gazetteer } from './gazetteer';
export type {
  GazetteerEntry,
  GazetteerHit,
  GazetteerMatch,
  GazetteerMatchKind,
} from './gazetteer-entry';
export { loadGazetteer } from './load-gazetteer';
export type { GazetteerData } from './load-gazetteer';
export { findGazetteerMatches } from './find-gazetteer-matches';
export type { MatchToken } from './find-gazetteer-matches';
export { loadKnownPlaces, readKnownPlaceNames } from './known-places';
export type { KnownPlaces } from './known-places';
