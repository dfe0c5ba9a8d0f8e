// find-by-name for a batch of names: one row per query (index), its entities most mentioned first.
// Index seeks only: the normalised name on entity_normalised_name, an alias form on its
// (:NameForm) node (see migration 004), confirmed on the entity itself.
UNWIND $queries AS q
CALL (q) {
  CALL (q) {
    MATCH (e:Entity {normalisedName: q.form})
    RETURN e
    UNION
    MATCH (f:NameForm {form: q.form})
    MATCH (e:Entity {key: f.entityKey})
    WHERE q.form IN e.normalisedAliases
    RETURN e
  }
  WITH e
  WHERE q.type IS NULL OR e.type = q.type
  WITH e
  ORDER BY e.mentionCount DESC, e.key
  RETURN collect(e {.*}) AS entities
}
RETURN q.index AS index, entities
