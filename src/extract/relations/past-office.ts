import type { RelationCandidate } from './relation-candidate';

/**
 * Words that put an office in the past: "former Yukos boss", "ex-Labour MP", "the late", "retired
 * NFL placekicker".
 */
export const PAST_OFFICE_WORDS: ReadonlySet<string> = new Set([
  'former',
  'ex',
  'ex-',
  'late',
  'retired',
]);
/** How much less a past office is worth than a current one. */
const PAST_WEIGHT = 0.75;

/** Whether any of `words` (lower-case) puts the office in the past. */
export function saysPast(words: readonly string[]): boolean {
  return words.some((w) => PAST_OFFICE_WORDS.has(w));
}

/**
 * A past office still states the relation for the time it was held ("former Yukos boss Mikhail
 * Khodorkovsky" led Yukos), so it is kept — with a rule name ending ':former' that says so, and
 * less confidence — rather than asserted as current or dropped.
 */
export function asFormer(c: RelationCandidate): RelationCandidate {
  return {
    ...c,
    rule: `${c.rule}:former`,
    confidence: Math.round(c.confidence * PAST_WEIGHT * 1000) / 1000,
  };
}
