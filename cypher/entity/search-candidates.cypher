// Candidates for a search: Lucene fuzzy and prefix terms over the normalised names and aliases.
// One row, a list per candidate: its forms (the normalised name, then the normalised aliases),
// which ranking scores, then its view in ENTITY_VIEW_FIELDS order (src/store/neo4j/row-views.ts).
// Lists, not maps or a row each: the driver decodes a map key by key and a row with its own
// record, which was most of the API's CPU for a search. searchText is not returned (it would
// double what travels). $identityViews true: the view is key, type, name and mentionCount only
// (the caller shows no more; ranking reads mentionCount).
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS e
WHERE $types IS NULL OR e.type IN $types
RETURN collect(CASE WHEN $identityViews
    THEN [e.normalisedName, e.normalisedAliases, e.key, e.type, e.name, null, e.mentionCount]
    ELSE [e.normalisedName, e.normalisedAliases, e.key, e.type, e.name, e.aliases, e.mentionCount, e.articleCount, e.curated, e.wikidataId, e.attributes, e.firstSeen, e.lastSeen]
  END) AS candidates
