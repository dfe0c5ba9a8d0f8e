import type { CuratedEntry } from './curated-entry';

/** Historical states that news still names (WWII anniversaries, Cold War retrospectives). */
export const HISTORICAL_STATES: CuratedEntry[] = [
  {
    type: 'Country',
    name: 'Soviet Union',
    qid: 'Q15180',
    aliases: ['Union of Soviet Socialist Republics'],
    abbreviations: ['USSR', 'U.S.S.R.'],
    kind: 'historical state',
    country: 'SU',
  },
];
