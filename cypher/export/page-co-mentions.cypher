// One keyset page of CO_MENTIONED pairs (a < b by key), ordered by (a, b); the cursor is the
// last pair of the previous page: $fromKey, $toKey ('' for the first). Both ends pass the entity
// filter of page-entities; with dates, a pair passes when one of the articles behind it
// (publishedAt, else ingestedAt) lies in range.
MATCH (a:Entity)
WHERE a.key >= $fromKey
  AND ($types IS NULL OR a.type IN $types)
  AND ($since IS NULL OR a.lastSeen >= $since)
  AND ($until IS NULL OR left(a.firstSeen, size($until)) <= $until)
MATCH (a)-[c:CO_MENTIONED]->(b:Entity)
WHERE (a.key > $fromKey OR b.key > $toKey)
  AND ($types IS NULL OR b.type IN $types)
  AND ($since IS NULL OR b.lastSeen >= $since)
  AND ($until IS NULL OR left(b.firstSeen, size($until)) <= $until)
  AND (($since IS NULL AND $until IS NULL) OR EXISTS {
    MATCH (article:Article)
    WHERE article.id IN c.articleIds
    WITH coalesce(article.publishedAt, article.ingestedAt) AS date
    WHERE ($since IS NULL OR date >= $since)
      AND ($until IS NULL OR left(date, size($until)) <= $until)
  })
RETURN a.key AS source, b.key AS target, c.count AS count, c.articleCount AS articleCount
ORDER BY source, target
LIMIT $limit
