// Candidates for a search: Lucene fuzzy and prefix terms over the normalised names and aliases.
// Each with the properties of its view and the forms it is scored by, nothing else (searchText
// would double what travels). $identityViews true: key, type and name of the view only (the
// caller shows no more), with what ranking reads.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS e, score
WITH e, score
WHERE $types IS NULL OR e.type IN $types
RETURN CASE WHEN $identityViews THEN e {.key, .type, .name, .mentionCount, .normalisedName, .normalisedAliases}
  ELSE e {.key, .type, .name, .aliases, .mentionCount, .articleCount, .curated, .wikidataId, .attributes, .firstSeen, .lastSeen, .normalisedName, .normalisedAliases}
  END AS entity
