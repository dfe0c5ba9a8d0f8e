// The full-text index narrows to entities containing the words; the exact normalised form decides.
CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node AS e
WITH e
WHERE (e.normalisedName = $form OR $form IN e.normalisedAliases)
  AND ($type IS NULL OR e.type = $type)
RETURN e {.*} AS entity
ORDER BY e.mentionCount DESC, e.key
