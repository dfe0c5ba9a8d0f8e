// find-by-name for a batch of distinct name forms: one row holding, per entity found, its view (a
// list in ENTITY_VIEW_FIELDS order, src/store/neo4j/row-views.ts) and the indexes of the forms
// that found it; the caller orders each answer and applies types. Index seeks only: the
// normalised name on entity_normalised_name, an alias form on its (:NameForm) node (see
// migration 004), confirmed on the entity itself. An entity found by several forms travels once.
// Lists, not maps or a row each: the driver decodes a map key by key, which cost the client more
// than the server's work.
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
RETURN collect([[e.key, e.type, e.name, e.aliases, e.mentionCount, e.articleCount, e.curated, e.wikidataId, e.attributes, e.firstSeen, e.lastSeen], indexes]) AS found
