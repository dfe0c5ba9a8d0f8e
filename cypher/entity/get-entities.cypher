// Entity views by key: the properties toEntityView reads, nothing else (the search forms and
// searchText would add half again to what travels). One row holding a list per entity, each in
// ENTITY_VIEW_FIELDS order (src/store/neo4j/row-views.ts): the driver decodes a map key by key
// and a row with its own record, which made this read's client side cost more than the server's.
UNWIND $keys AS key
MATCH (e:Entity {key: key})
RETURN collect([e.key, e.type, e.name, e.aliases, e.mentionCount, e.articleCount, e.curated, e.wikidataId, e.attributes, e.firstSeen, e.lastSeen]) AS entities
