import type { CuratedEntry } from './curated-entry';
import { ORGANISATIONS } from './organisations';
import { PEOPLE } from './people';
import { EVENTS, LANDMARKS, MAJOR_CITIES } from './places-and-events';
import { HISTORICAL_STATES } from './soviet-union';

export type { CountryExtras, CuratedEntry } from './curated-entry';
export { COUNTRY_EXTRAS } from './country-extras';

export const CURATED_ENTRIES: readonly CuratedEntry[] = [
  ...PEOPLE,
  ...ORGANISATIONS,
  ...LANDMARKS,
  ...MAJOR_CITIES,
  ...EVENTS,
  ...HISTORICAL_STATES,
];
