// MERGE on key. A new entity gets its type label, name, type and wikidataId; an existing one
// keeps them and only gains aliases (sorted, distinct, never its own name). Returns the stored
// attributes so the caller can add the keys they lack (JSON cannot be merged in Cypher).
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET
  e.type = row.type,
  e.name = row.name,
  e.normalisedName = row.normalisedName,
  e.wikidataId = row.wikidataId,
  e.attributes = row.attributes,
  e.aliases = [],
  e.normalisedAliases = [],
  e.mentionCount = 0,
  e.articleCount = 0,
  e.curated = false
// Lock before reading the stored aliases, so a concurrent writer's aliases are not lost.
SET e.lockedForUpsert = true
WITH e, row, e.normalisedAliases AS formsBefore
SET e.aliases = COLLECT {
      UNWIND e.aliases + [alias IN row.aliases WHERE alias <> e.name] AS alias
      WITH DISTINCT alias RETURN alias ORDER BY alias
    },
    e.normalisedAliases = COLLECT {
      UNWIND e.normalisedAliases + row.aliasForms AS form
      WITH DISTINCT form WHERE form <> '' RETURN form ORDER BY form
    }
SET e.searchText = reduce(text = e.normalisedName, form IN e.normalisedAliases | text + ' | ' + form)
REMOVE e.lockedForUpsert
// The alias forms it just gained get their (:NameForm) look-up nodes (see migration 004).
FOREACH (form IN [f IN e.normalisedAliases WHERE NOT f IN formsBefore] |
  CREATE (:NameForm {form: form, entityKey: e.key}))
// Labels cannot be parameters: one line per type of the allow-list (src/model/entity-types.ts).
FOREACH (_ IN CASE WHEN e.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN e.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN e.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN e.type = 'Location' THEN [1] ELSE [] END | SET e:Location)
FOREACH (_ IN CASE WHEN e.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
FOREACH (_ IN CASE WHEN e.type = 'Project' THEN [1] ELSE [] END | SET e:Project)
RETURN e.key AS key, e.attributes AS attributes
