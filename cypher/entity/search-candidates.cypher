// Candidates for a search: Lucene fuzzy and prefix terms over the normalised names and aliases.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS e, score
WITH e, score
WHERE $types IS NULL OR e.type IN $types
RETURN e {.*} AS entity, score
