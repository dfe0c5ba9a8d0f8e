// Entity views by key: the properties toEntityView reads, nothing else (the search forms and
// searchText would add half again to what travels).
UNWIND $keys AS key
MATCH (e:Entity {key: key})
RETURN e {.key, .type, .name, .aliases, .mentionCount, .articleCount, .curated, .wikidataId, .attributes, .firstSeen, .lastSeen} AS entity
