/**
 * Whether an analyst's own hand (an alias, now or before) curates an entity, as opposed to the
 * merges into it that still stand: undoing a merge must keep the first and drop what only that
 * merge gave. Both stores record it on each merge for its target (`intoAnalystCurated`).
 */
export interface StandingMergeInto {
  /** Aliases an analyst gave the target while that merge stood. */
  analystAliases: readonly string[];
  /** What that merge recorded for its target; undefined in records made before it was kept. */
  intoAnalystCurated: boolean | undefined;
  /** The target's curated flag that merge recorded, the fallback for older records. */
  intoCurated: boolean;
}

/**
 * @param curated the entity's curated flag now
 * @param standing the merges into it not yet undone
 */
export function curatedByAnalyst(
  curated: boolean,
  standing: readonly StandingMergeInto[],
): boolean {
  if (!curated) return false;
  if (standing.length === 0) return true;
  return standing.some(
    (m) => m.analystAliases.length > 0 || (m.intoAnalystCurated ?? m.intoCurated),
  );
}
