// What stands in the way of undoing a merge (a merged key that exists again, a target merged
// away since), and whether another merge still standing keeps its target curated.
RETURN
  COLLECT {
    UNWIND $mergedKeys AS key
    MATCH (:Entity {key: key})
    RETURN key ORDER BY key
  } AS recreated,
  EXISTS { MATCH (:Entity {key: $into}) } AS intoExists,
  COLLECT {
    MATCH (m:MergeRecord)
    WHERE m.undoneAt IS NULL AND $into IN m.merged
    RETURN m {.id, .into} ORDER BY m.at DESC
  } AS absorbedBy,
  EXISTS {
    MATCH (m:MergeRecord {into: $into})
    WHERE m.undoneAt IS NULL AND m.id <> $id
  } AS targetOfOtherMerge
