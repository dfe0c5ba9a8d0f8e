import type { CountryExtras } from './curated-entry';

/**
 * News usage that world-countries and the OWID table do not record: dotted abbreviations,
 * everyday short names, historical names that news text uses for the same state, and seats of
 * government used as metonyms. Compiled by hand from common English news style (Reuters, AP
 * and BBC style guides); no third-party data.
 */
export const COUNTRY_EXTRAS: Record<string, CountryExtras> = {
  US: {
    aliases: ['America', 'United States'],
    abbreviations: ['U.S.', 'U.S.A.', 'US', 'USA'],
    metonyms: ['Washington'],
  },
  GB: {
    aliases: ['Britain', 'Great Britain', 'United Kingdom'],
    abbreviations: ['U.K.', 'UK'],
    demonyms: ['British', 'Briton', 'Britons'],
    metonyms: ['London'],
  },
  CN: {
    aliases: ["People's Republic of China", 'mainland China'],
    abbreviations: ['PRC'],
    metonyms: ['Beijing', 'Peking'],
  },
  RU: { aliases: ['Russian Federation'], metonyms: ['Moscow'] },
  UA: { metonyms: ['Kyiv', 'Kiev'], demonyms: ['Ukrainian', 'Ukrainians'] },
  DE: { aliases: ['Nazi Germany', 'Federal Republic of Germany'], metonyms: ['Berlin'] },
  FR: { metonyms: ['Paris'] },
  JP: { metonyms: ['Tokyo'] },
  IN: { metonyms: ['New Delhi', 'Delhi'] },
  IR: { metonyms: ['Tehran'] },
  IL: { metonyms: ['Jerusalem'] },
  KP: { aliases: ['North Korea'], abbreviations: ['DPRK'], metonyms: ['Pyongyang'] },
  KR: { aliases: ['South Korea'], metonyms: ['Seoul'] },
  AE: { abbreviations: ['UAE'] },
  CD: { abbreviations: ['DRC'] },
  TR: { aliases: ['Turkiye', 'Türkiye'], metonyms: ['Ankara'] },
  VA: { aliases: ['the Vatican'] },
  CZ: { aliases: ['Czech Republic'] },
  MM: { aliases: ['Burma'] },
  TW: { metonyms: ['Taipei'] },
};
