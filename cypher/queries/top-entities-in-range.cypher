// The most mentioned entities counting only articles dated (publishedAt, else ingestedAt) in
// [$since, $until].
MATCH (a:Article)
WITH a, coalesce(a.publishedAt, a.ingestedAt) AS date
WHERE ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
MATCH (a)-[m:MENTIONS]->(e:Entity)
WHERE $type IS NULL OR e.type = $type
RETURN e.key AS key, sum(m.count) AS mentions, count(a) AS articles
ORDER BY mentions DESC, key
LIMIT $limit
