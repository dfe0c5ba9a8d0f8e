// One keyset page of entities for `newsgraph export`, ordered by key from the index on
// Entity.key. $key: the last key of the previous page ('' for the first); $types: entity types
// (null = all); an entity passes the date filter when [firstSeen, lastSeen] overlaps
// [$since, $until] ($until compared on its own length, so '2025-05' keeps all of May).
MATCH (e:Entity)
WHERE e.key > $key
  AND ($types IS NULL OR e.type IN $types)
  AND ($since IS NULL OR e.lastSeen >= $since)
  AND ($until IS NULL OR left(e.firstSeen, size($until)) <= $until)
RETURN e.key AS key, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
       e.wikidataId AS wikidataId, coalesce(e.mentionCount, 0) AS mentionCount,
       coalesce(e.articleCount, 0) AS articleCount, e.firstSeen AS firstSeen,
       e.lastSeen AS lastSeen
ORDER BY key
LIMIT $limit
