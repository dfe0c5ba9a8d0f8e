/** A relationship's identity; the unit aggregates are recomputed for. */
export interface Triple {
  subjectKey: string;
  type: string;
  objectKey: string;
}

/** Distinct triples, in a stable order (so concurrent writers lock in the same order). */
export function distinctTriples(triples: readonly Triple[]): Triple[] {
  const byId = new Map<string, Triple>();
  for (const t of triples) byId.set(`${t.subjectKey}\u0000${t.type}\u0000${t.objectKey}`, t);
  return [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
}

export function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
