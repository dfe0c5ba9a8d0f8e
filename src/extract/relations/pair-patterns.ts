import { AFFILIATION_PATTERNS } from './affiliation-patterns';
import { EMPLOYMENT_PATTERNS } from './employment-patterns';
import { MEETING_PATTERNS } from './meeting-patterns';
import type { PairPattern } from './pair-pattern';
import { PLACE_PATTERNS } from './place-patterns';
import { STANCE_PATTERNS } from './stance-patterns';

export type { PairPattern } from './pair-pattern';

/** Every pair pattern, grouped by the kind of relation it states (one file per kind). */
export const PAIR_PATTERNS: readonly PairPattern[] = [
  ...MEETING_PATTERNS,
  ...STANCE_PATTERNS,
  ...AFFILIATION_PATTERNS,
  ...EMPLOYMENT_PATTERNS,
  ...PLACE_PATTERNS,
];
