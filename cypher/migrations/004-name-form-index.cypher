// Exact look-up of entities by the normalised form of an alias: Neo4j does not index the elements
// of a list property, so every alias form of an entity is also a (:NameForm {form, entityKey})
// node, kept equal to the entity's normalisedAliases by the statements that change them. The
// names themselves are looked up on entity_normalised_name. An exact index seek per name is
// several times cheaper than a full-text phrase query, and the ingest asks hundreds per batch.
CREATE INDEX name_form_form IF NOT EXISTS FOR (f:NameForm) ON (f.form);
CREATE INDEX name_form_entity_key IF NOT EXISTS FOR (f:NameForm) ON (f.entityKey);
// The forms of the entities stored before this migration.
MATCH (e:Entity)
WHERE size(e.normalisedAliases) > 0 AND NOT EXISTS { (:NameForm {entityKey: e.key}) }
UNWIND e.normalisedAliases AS form
CREATE (:NameForm {form: form, entityKey: e.key});
