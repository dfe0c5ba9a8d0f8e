// find-by-name for a batch of distinct name forms: one row per entity found, with the indexes of
// the forms that found it (the caller orders each answer and applies types). Index seeks only:
// the normalised name on entity_normalised_name, an alias form on its (:NameForm) node (see
// migration 004), confirmed on the entity itself. An entity found by several forms travels once,
// with only the properties toEntityView reads.
UNWIND $forms AS q
CALL (q) {
  MATCH (e:Entity {normalisedName: q.form})
  RETURN e
  UNION
  MATCH (f:NameForm {form: q.form})
  MATCH (e:Entity {key: f.entityKey})
  WHERE q.form IN e.normalisedAliases
  RETURN e
}
WITH e, collect(q.index) AS indexes
RETURN e {.key, .type, .name, .aliases, .mentionCount, .articleCount, .curated, .wikidataId, .attributes, .firstSeen, .lastSeen} AS entity,
       indexes
