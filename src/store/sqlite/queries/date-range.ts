/**
 * The contract's inclusive date range as SQL over `column`: D >= since, and D cut to the length
 * of `until` <= until, so until '2025-05-08' keeps '2025-05-08T18:30:00Z'. A NULL date fails
 * any bound (the comparison is NULL). Binds @since and @until (NULL when absent).
 */
export function inRangeSql(column: string): string {
  return `(@since IS NULL OR ${column} >= @since)
    AND (@until IS NULL OR substr(${column}, 1, length(@until)) <= @until)`;
}

export function rangeParams(range: { since?: string; until?: string }): {
  since: string | null;
  until: string | null;
} {
  return { since: range.since ?? null, until: range.until ?? null };
}

/** A JSON list for `IN (SELECT value FROM json_each(@types))`, or NULL for "any". */
export function typesParam(types: readonly string[] | undefined): string | null {
  return types && types.length > 0 ? JSON.stringify([...new Set(types)]) : null;
}
