// find-by-name for a batch of names: one row per query (index), its entities most mentioned first.
// The full-text index narrows to entities containing the words; the exact normalised form decides.
UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('entity_names', q.phrase) YIELD node AS e
  WITH e
  WHERE (e.normalisedName = q.form OR q.form IN e.normalisedAliases)
    AND (q.type IS NULL OR e.type = q.type)
  WITH e
  ORDER BY e.mentionCount DESC, e.key
  RETURN collect(e {.*}) AS entities
}
RETURN q.index AS index, entities
